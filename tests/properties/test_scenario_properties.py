"""Properties of scenario loading over generated valid scenarios: they load, they survive a
dump and reload unchanged, and one broken reference is reported at its place in the file."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from scenario_strategies import Raw, scenarios

from simulator.scenario import ScenarioError, dump_scenario, load_scenario_text
from simulator.scenario.model import Scenario
from simulator.scenario.references import references
from simulator.scenario.yamlfile import parse_document

PROFILE = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def as_yaml(raw: Raw) -> str:
    stream = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.dump(raw, stream)
    return stream.getvalue()


def rendered(raw: Raw, loc: tuple[Any, ...]) -> str:
    """The document path as problems name it: list items by their id."""
    text, node = "", raw
    for part in loc:
        if isinstance(part, int):
            node = node[part]
            text += f"[{node['id']}]" if isinstance(node, Mapping) and "id" in node else f"[{part}]"
        else:
            node = node[part]
            text += f".{part}" if text else part
    return text


def replaced(raw: Any, loc: tuple[Any, ...], value: str) -> Any:
    """A copy of `raw` with the value at `loc` replaced."""
    if not loc:
        return value
    head, *rest = loc
    if isinstance(raw, list):
        return [replaced(v, tuple(rest), value) if i == head else v for i, v in enumerate(raw)]
    return {k: replaced(v, tuple(rest), value) if k == head else v for k, v in raw.items()}


@PROFILE
@given(scenarios())
def test_generated_scenarios_load(raw: Raw) -> None:
    scenario = load_scenario_text(as_yaml(raw))
    assert [m.id for m in scenario.municipalities] == [m["id"] for m in raw["municipalities"]]
    assert len(scenario.physicians) == len(raw["physicians"])


@PROFILE
@given(scenarios())
def test_dump_and_reload_gives_an_equal_scenario(raw: Raw) -> None:
    scenario = load_scenario_text(as_yaml(raw))
    assert load_scenario_text(dump_scenario(scenario)) == scenario


@PROFILE
@given(scenarios(), st.data())
def test_one_broken_reference_is_reported_where_it_is_written(
    raw: Raw, data: st.DataObject
) -> None:
    refs = list(references(Scenario, raw))
    loc, section, _ = data.draw(st.sampled_from(refs), label="reference")
    known = {item["id"] for item in raw.get(section, [])}
    missing = next(f"missing-{n}" for n in range(len(known) + 1) if f"missing-{n}" not in known)
    text = as_yaml(replaced(raw, loc, missing))
    try:
        load_scenario_text(text, "broken.yaml")
    except ScenarioError as error:
        problems = error.problems
    else:
        raise AssertionError(f"a broken reference at {loc} was accepted")
    _, line, column = parse_document(text, "broken.yaml").where[loc]
    expected = f"unknown {section} id '{missing}'"
    assert any(
        (p.line, p.column, p.path) == (line, column, rendered(raw, loc)) and expected in p.message
        for p in problems
    ), "\n".join(map(str, problems))
