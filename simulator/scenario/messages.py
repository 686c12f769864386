"""The message of each problem: Pydantic's wording where it is clear, ours where a planner
needs more (which keys are allowed, which spelling was probably meant)."""

from __future__ import annotations

import re
from typing import Any

from simulator.scenario.keys import allowed_keys
from simulator.scenario.model import Scenario
from simulator.scenario.references import Loc
from simulator.scenario.registry import presets
from simulator.scenario.spelling import did_you_mean

_QUOTED = re.compile(r"'([^']*)'")


def problem_message(error: Any, loc: Loc, data: Any) -> str:
    """The message for one Pydantic error at document path `loc` of `data`."""
    kind, message = error["type"], error["msg"]
    key = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        return _unknown_key(key, loc[:-1], data)
    if kind == "missing":
        return f"missing required key '{key}'"
    if kind == "value_error":
        return message.removeprefix("Value error, ")
    if kind == "reference":
        return message
    if kind == "union_tag_invalid":
        tag, known = str(error["ctx"]["tag"]), _QUOTED.findall(error["ctx"]["expected_tags"])
        if loc[:1] == ("collaborations",):
            known = presets().types()  # presets are valid types too
        return f"unknown {key} '{tag}'{did_you_mean(tag, known)} (one of: {', '.join(known)})"
    if kind in ("enum", "literal_error") and isinstance(error.get("input"), str):
        hint = did_you_mean(error["input"], _QUOTED.findall(error["ctx"]["expected"]))
        return f"{message} (got {error['input']!r}{hint})"
    return f"{message} (got {error['input']!r})" if _short(error.get("input")) else message


def _unknown_key(key: str, parent: Loc, data: Any) -> str:
    """Name the keys allowed here, and the likeliest one when the key looks like a typo."""
    allowed = allowed_keys(Scenario, data, parent)
    if not allowed:
        return f"unknown key '{key}'; see docs/scenario.md"
    if not parent:
        allowed = [*allowed, "include"]
    return f"unknown key '{key}'{did_you_mean(key, allowed)} (allowed here: {', '.join(allowed)})"


def _short(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) and len(repr(value)) <= 40
