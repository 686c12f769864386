"""The message of each problem: Pydantic's wording where it is clear, ours where a planner
needs more (which keys are allowed, which spelling was probably meant), as a `Text` that is
rendered in English or bokmål when shown."""

from __future__ import annotations

import re
from typing import Any

from simulator.scenario.keys import allowed_keys
from simulator.scenario.model import Scenario
from simulator.scenario.references import Loc
from simulator.scenario.registry import presets
from simulator.scenario.spelling import did_you_mean
from simulator.scenario.texts import Text, is_own

_QUOTED = re.compile(r"'([^']*)'")


def problem_message(error: Any, loc: Loc, data: Any) -> Text:
    """The message for one Pydantic error at document path `loc` of `data`."""
    kind, context = error["type"], error.get("ctx", {})
    key = str(loc[-1]) if loc else ""
    if is_own(kind):
        return Text(kind, context)
    if kind == "extra_forbidden":
        return _unknown_key(key, loc[:-1], data)
    if kind == "missing":
        return Text("missing_key", {"key": key})
    if kind == "union_tag_invalid":
        tag, known = str(context["tag"]), _QUOTED.findall(context["expected_tags"])
        if loc[:1] == ("collaborations",):
            known = presets().types()  # presets are valid types too
        values = {
            "key": key,
            "tag": tag,
            "hint": did_you_mean(tag, known),
            "known": ", ".join(known),
        }
        return Text("unknown_tag", values)
    message = _pydantic(error)
    if kind in ("enum", "literal_error") and isinstance(error.get("input"), str):
        hint = did_you_mean(error["input"], _QUOTED.findall(context["expected"]))
        return Text("got", {"message": message, "value": repr(error["input"]), "hint": hint})
    if _short(error.get("input")):
        return Text("got", {"message": message, "value": repr(error["input"]), "hint": ""})
    return message


def _pydantic(error: Any) -> Text:
    """Pydantic's own message: its English, and bokmål by its type with its values."""
    values = dict(error.get("ctx", {}))
    if "expected" in values:  # "'a', 'b' or 'c'": the last 'or' is a word
        first, _, last = str(values["expected"]).rpartition(" or ")
        values["expected"] = Text("either", {"first": first, "last": last}) if first else last
    if "field_type" in values:
        values["field_type"] = Text(f"field_type.{values['field_type']}")
    return Text(error["type"], values, english=error["msg"])


def _unknown_key(key: str, parent: Loc, data: Any) -> Text:
    """Name the keys allowed here, and the likeliest one when the key looks like a typo."""
    allowed = allowed_keys(Scenario, data, parent)
    if not allowed:
        return Text("unknown_key_see_docs", {"key": key})
    if not parent:
        allowed = [*allowed, "include"]
    hint = did_you_mean(key, allowed)
    return Text("unknown_key", {"key": key, "hint": hint, "allowed": ", ".join(allowed)})


def _short(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) and len(repr(value)) <= 40
