"""Load a scenario file (with includes) into a validated `Scenario`, or report every problem
with file:line:column and its path in the document."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from simulator.scenario.includes import read_with_includes
from simulator.scenario.messages import problem_message
from simulator.scenario.model import Scenario
from simulator.scenario.problems import Problem, ScenarioError
from simulator.scenario.references import Issue
from simulator.scenario.registry import presets
from simulator.scenario.settings import Lang
from simulator.scenario.texts import Text
from simulator.scenario.yamlfile import Document, Loc, parse_document

# A check of a validated scenario beyond its schema (see `simulator.preflight`): problems in
# the scenario file are `Issue`s at a document path, problems in other files `Problem`s.
Check = Callable[[Scenario], Iterable[Issue | Problem]]


def load_scenario(path: str | Path, checks: Sequence[Check] = ()) -> Scenario:
    """The validated scenario in `path`; raises `ScenarioError` listing all problems. Files the
    scenario names (`rota_file`) are taken relative to its folder."""
    path = Path(path)
    return validate_document(read_with_includes(path), str(path), path.parent.absolute(), checks)


def load_scenario_text(text: str, name: str = "<text>") -> Scenario:
    """Like `load_scenario` for YAML text (no includes)."""
    return validate_document(parse_document(text, name), name)


def validate_document(
    document: Document, name: str, folder: Path | None = None, checks: Sequence[Check] = ()
) -> Scenario:
    if not isinstance(document.data, dict):
        raise ScenarioError.single(name, Text("not_mapping"))
    try:
        scenario = Scenario.model_validate(document.data, context={"folder": folder})
    except ValidationError as error:
        raise ScenarioError(
            [_problem(e, document, name) for e in error.errors(include_url=False)],
            stated_lang(document.data),
        ) from None
    found = [_located(p, document, name) for check in checks for p in check(scenario)]
    if found:
        raise ScenarioError(found, scenario.scenario.lang.value)
    return scenario


def stated_lang(data: Mapping) -> str | None:
    """The language a scenario states (`scenario.lang`), read from its raw data, so that even
    an invalid scenario's problems are printed in it; None where it states none we know."""
    meta = data.get("scenario")
    lang = meta.get("lang") if isinstance(meta, Mapping) else None
    return lang if isinstance(lang, str) and lang in {m.value for m in Lang} else None


def _located(found: Issue | Problem, document: Document, name: str) -> Problem:
    if isinstance(found, Problem):
        return found
    file, line, column = _nearest_mark(document, found.loc, name)
    return Problem.of(file, line, column, _render_path(document.data, found.loc), found.message)


def _problem(error: Any, document: Document, name: str) -> Problem:
    loc = _data_path(document.data, tuple(error["loc"]))
    if error["type"] == "union_tag_invalid":  # point at the tag, not the whole item
        loc = (*loc, error["ctx"]["discriminator"].strip("'"))
    file, line, column = _nearest_mark(document, loc, name)
    message = problem_message(error, loc, document.data)
    return Problem.of(file, line, column, _render_path(document.data, loc), message)


def _data_path(data: Any, loc: Loc) -> Loc:
    """Drop the parts of a Pydantic location that are not in the document (union tags)."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if (isinstance(node, Mapping) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        ):
            node = node[part]
        elif isinstance(part, str) and part.startswith("["):
            continue
        elif isinstance(node, Mapping | list):
            if isinstance(node, Mapping) and part in (
                node.get("type"),
                presets().base_of(node.get("type")),
            ):
                continue  # a union tag, or the base model of a preset type
            path.append(part)  # a missing or unknown key: keep it for the message
            break
        else:
            break
        path.append(part)
    return tuple(path)


def _nearest_mark(document: Document, loc: Loc, name: str) -> tuple[str, int, int]:
    for size in range(len(loc), -1, -1):
        mark = document.where.get(loc[:size])
        if mark:
            return mark
    return (name, 1, 1)


def _render_path(data: Any, loc: Loc) -> str:
    """`physicians[gp01].office`: list items by their id where they have one."""
    text = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            item = node[part] if isinstance(node, list) and part < len(node) else None
            ident = item.get("id") if isinstance(item, Mapping) else None
            text += f"[{ident}]" if isinstance(ident, str) else f"[{part}]"
            node = item
        else:
            text += f".{part}" if text else part
            node = node.get(part) if isinstance(node, Mapping) else None
    return text


def dump_scenario(scenario: Scenario) -> str:
    """YAML text that loads back to an equal scenario."""
    data = scenario.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    if scenario.collaborations:
        data["collaborations"] = [_collaboration_data(c) for c in scenario.collaborations]
    from ruamel.yaml import YAML  # only here: loading reads with libyaml (`yamlfile`)

    stream = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[attr-defined]
    yaml.dump(data, stream)
    return stream.getvalue()


def _collaboration_data(collaboration: Any) -> dict[str, Any]:
    """An instance made from a preset keeps every value it was given: a value equal to the base
    model's default may still differ from the preset's."""
    exclude = {"exclude_unset": True} if collaboration.preset else {"exclude_defaults": True}
    return collaboration.model_dump(mode="json", by_alias=True, **exclude)
