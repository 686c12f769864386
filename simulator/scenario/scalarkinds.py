"""Numbers, booleans and text kept apart as docs/scenario.md promises: Pydantic's lax mode
would read the text `'2'` as the number 2, `yes` or `on` as true and `true` as the count 1.
A quoted number, a boolean where a number belongs and a number or word where a boolean
belongs are refused with a message saying what to write instead.

It walks the raw data along the schema's annotations as the reference checks do
(`schema_walk.py`)."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any, Literal, Union

from pydantic import BaseModel

from simulator.scenario.references import Issue
from simulator.scenario.schema_walk import is_model, matching_arms, walk_model
from simulator.scenario.texts import Text

_NUMBER, _BOOL, _TEXT, _OTHER = "a number", "true or false", "text", "other"


def wrong_kinds(model: type[BaseModel], raw: Any) -> Iterator[Issue]:
    """An issue for every scalar in `raw` whose kind the schema `model` does not take."""
    for stop in walk_model(model, raw, _model_arm):
        problem = _scalar_problem(stop.annotation, stop.value)
        if problem:
            yield Issue(stop.loc, problem)


def _model_arm(arms: tuple[Any, ...], value: Any) -> list[Any] | None:
    """A scalar is checked against the kinds of the whole union; a mapping is walked along
    the one model it can be, if there is one."""
    if not isinstance(value, Mapping | list):
        return None
    models = [arm for arm in matching_arms(arms, value) if is_model(arm)]
    return models if isinstance(value, Mapping) and len(models) == 1 else []


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
    if origin is not None or is_model(annotation):
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
