"""Numbers, booleans and text kept apart as docs/scenario.md promises: Pydantic's lax mode
would read the text `'2'` as the number 2, `yes` or `on` as true and `true` as the count 1.
A quoted number, a boolean where a number belongs and a number or word where a boolean
belongs are refused with a message saying what to write instead.

Like the reference checks, this walks the raw data along the schema's annotations."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any, Literal, Union

from pydantic import BaseModel

from simulator.scenario.references import Issue, Loc, matching_arms
from simulator.scenario.texts import Text

_NUMBER, _BOOL, _TEXT, _OTHER = "a number", "true or false", "text", "other"


def wrong_kinds(model: type[BaseModel], raw: Any, loc: Loc = ()) -> Iterator[Issue]:
    """An issue for every scalar in `raw` whose kind the schema `model` does not take."""
    if not isinstance(raw, Mapping):
        return
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key in raw:
            yield from _walk(info.annotation, raw[key], (*loc, key))


def _walk(annotation: Any, value: Any, loc: Loc) -> Iterator[Issue]:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        yield from _walk(args[0], value, loc)
    elif origin in (list, tuple, set, frozenset) and isinstance(value, list) and args:
        for index, item in enumerate(value):
            yield from _walk(args[0], item, (*loc, index))
    elif origin is dict and isinstance(value, Mapping) and len(args) == 2:
        for key, item in value.items():
            yield from _walk(args[1], item, (*loc, key))
    elif _is_model(annotation):
        yield from wrong_kinds(annotation, value, loc)
    elif origin in (Union, types.UnionType) and isinstance(value, Mapping | list):
        arms = [a for a in matching_arms(args, value) if _is_model(a)]
        if isinstance(value, Mapping) and len(arms) == 1:
            yield from wrong_kinds(arms[0], value, loc)
    else:
        problem = _scalar_problem(annotation, value)
        if problem:
            yield Issue(loc, problem)


def _scalar_problem(annotation: Any, value: Any) -> Text | None:
    kinds, given = _kinds(annotation), _kind_of(value)
    if given is None or given in kinds or _OTHER in kinds or not kinds & {_NUMBER, _BOOL}:
        return None  # right, or for Pydantic's own message
    if given == _TEXT and _BOOL not in kinds and not _is_number(value):
        return None  # Pydantic refuses it too, in its own words
    wanted = Text("wanted." + " or ".join(sorted(kinds & {_NUMBER, _BOOL})))
    shown = repr(value) if isinstance(value, str) else str(value).lower()
    hint = Text("remove_quotes") if given == _TEXT and _NUMBER in kinds else ""
    values = {"wanted": wanted, "given": Text(_NAMES[given]), "value": shown, "hint": hint}
    return Text("wrong_kind", values)


_NAMES = {_NUMBER: "kind.number", _BOOL: "kind.boolean", _TEXT: "kind.text"}


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _kinds(annotation: Any) -> set[str]:
    """The scalar kinds an annotation takes."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _kinds(args[0])
    if origin in (Union, types.UnionType):
        return set().union(*(_kinds(arm) for arm in args))
    if origin is Literal:
        return {_kind_of(arg) or _OTHER for arg in args}
    if annotation is bool:
        return {_BOOL}
    if annotation in (int, float):
        return {_NUMBER}
    if annotation is type(None):
        return set()
    if annotation is str or (isinstance(annotation, type) and issubclass(annotation, _TEXTUAL)):
        return {_TEXT}
    if origin is not None or _is_model(annotation):
        return {"a list or mapping"}
    return {_OTHER}


_TEXTUAL = (enum.Enum, dt.date)


def _kind_of(value: Any) -> str | None:
    if isinstance(value, bool):
        return _BOOL
    if isinstance(value, int | float):
        return _NUMBER
    if isinstance(value, str):
        return _TEXT
    return None


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)
