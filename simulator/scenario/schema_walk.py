"""One walk of raw scenario data along the schema's annotations, for the checks that run on the
raw mapping before validation (`references.py`, `scalarkinds.py`): it follows models, lists
and mappings (keys and values) and yields every value where it stops, with the annotation and
the markers (`Annotated` metadata) that apply there. Each check says which arms of a union to
follow for a value, or none to stop at the union itself.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Union

from pydantic import BaseModel

Loc = tuple[str | int, ...]
# The union arms to walk `value` along (all, some or none), or None to stop at the union.
Arms = Callable[[tuple[Any, ...], Any], list[Any] | None]


@dataclass(frozen=True)
class Stop:
    """Where the walk stops: a value, its schema annotation and markers, and its place."""

    annotation: Any
    metadata: list[Any]
    value: Any
    loc: Loc


def walk_model(model: type[BaseModel], raw: Any, arms: Arms, loc: Loc = ()) -> Iterator[Stop]:
    """Every stop in the fields of `raw` that the schema `model` declares."""
    if not isinstance(raw, Mapping):
        return
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key in raw:
            yield from _walk(info.annotation, info.metadata, raw[key], (*loc, key), arms)


def _walk(annotation: Any, metadata: list[Any], value: Any, loc: Loc, arms: Arms) -> Iterator[Stop]:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    chosen = arms(args, value) if origin in (Union, types.UnionType) else None
    if origin is typing.Annotated:
        yield from _walk(args[0], list(args[1:]), value, loc, arms)
    elif origin in (list, tuple, set, frozenset) and isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(args[0] if args else Any, [], item, (*loc, index), arms)
    elif origin is dict and isinstance(value, Mapping) and len(args) == 2:
        for key in value:
            yield from _walk(args[0], [], key, (*loc, key), arms)
        for key, item in value.items():
            yield from _walk(args[1], [], item, (*loc, key), arms)
    elif chosen is not None:
        for arm in chosen:
            yield from _walk(arm, [], value, loc, arms)
    elif is_model(annotation):
        yield from walk_model(annotation, value, arms, loc)
    else:
        yield Stop(annotation, metadata, value, loc)


def matching_arms(arms: tuple[Any, ...], value: Any) -> list[Any]:
    """Union arms to follow; for a tagged mapping only the model whose `type` matches."""
    if isinstance(value, Mapping) and "type" in value:
        tagged = [
            arm
            for arm in arms
            if is_model(arm)
            and "type" in arm.model_fields
            and value["type"] in typing.get_args(arm.model_fields["type"].annotation)
        ]
        if tagged:
            return tagged
    return list(arms)


def is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)
