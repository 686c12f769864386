"""A Hypothesis strategy that breaks the shipped scenarios the way people and tools do:
structural mutations of the parsed document (delete, duplicate, retype, extreme and
non-finite numbers, broken references, bad dates, control characters in text), then the
YAML text itself (truncation, a control character anywhere)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from simulator.commands.common import default_scenario_path
from simulator.scenario.includes import read_with_includes

ROOT = Path(__file__).parents[2]
SHIPPED = [default_scenario_path(), *sorted((ROOT / "scenarios").glob("*.yaml"))]
Loc = tuple[Any, ...]

RETYPED = ["text", "2", "yes", 1, True, None, [], {}, [1, "a"], {"id": "x"}]
EXTREME = [0, -1, 0.5, 10**9, 2**63, 1e300, -1e300, float("inf"), float("-inf"), float("nan")]
DATES = ["2026-02-30", "1900-01-01", "2001-01-01", "2019-12-30", "9999-12-27", "0001-01-01"]
REFERENCES = ["nowhere", "", "Grong", "a b"]
CONTROLS = ["\x00", "\x07", "\n", "\r", "\x1b[31m", ":100:", "[bold]"]


def documents() -> list[Any]:
    """The shipped scenarios as plain data, includes merged."""
    return [read_with_includes(path).data for path in SHIPPED]


def locations(node: Any, loc: Loc = ()) -> Iterator[Loc]:
    """Every key and list item in the document, depth first."""
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, child in items:
        yield (*loc, key)
        yield from locations(child, (*loc, key))


def _parent(data: Any, loc: Loc) -> Any:
    for part in loc[:-1]:
        data = data[part]
    return data


def _replacement(value: Any, draw: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return draw(st.sampled_from(RETYPED))
    if isinstance(value, int | float):
        nearby = [value * 10, value * 100, value / 10, value + 1, -value]
        return draw(st.sampled_from(nearby + EXTREME + RETYPED[:4]))
    if isinstance(value, str) and value[:2] in ("19", "20") and value[4:5] == "-":
        return draw(st.sampled_from(DATES))
    if isinstance(value, str):
        kind = draw(st.sampled_from(["reference", "control", "retype"]))
        if kind == "reference":
            return draw(st.sampled_from(REFERENCES))
        if kind == "control":
            at = draw(st.integers(0, len(value)))
            return value[:at] + draw(st.sampled_from(CONTROLS)) + value[at:]
    return draw(st.sampled_from(RETYPED))


@st.composite
def mutated_data(draw: Any, document: Any) -> Any:
    data = copy.deepcopy(document)
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3]))):
        places = list(locations(data))
        if not places:
            break
        loc = draw(st.sampled_from(places))
        parent, key = _parent(data, loc), loc[-1]
        action = draw(st.sampled_from(["delete", "duplicate", "replace", "replace", "replace"]))
        if action == "delete":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        else:
            parent[key] = _replacement(parent[key], draw)
    return data


@st.composite
def mutated_texts(draw: Any) -> str:
    """YAML text of a mutated shipped scenario, sometimes cut short or with a stray byte."""
    document = draw(st.sampled_from(documents()))
    text = yaml.safe_dump(draw(mutated_data(document)), allow_unicode=True, sort_keys=False)
    damage = draw(st.sampled_from(["none"] * 6 + ["truncate", "control"]))
    if damage == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif damage == "control":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(CONTROLS)) + text[at:]
    return text
