"""Cross-reference and consistency checks over raw scenario data.

They run on the raw mapping, not on validated models, so that a scenario with a type error in
one place still gets its broken references reported in the same run. Which fields are
references is read from the `Ref` markers in the schema, never listed by hand.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Union

from pydantic import BaseModel

from simulator.scenario.base import Ref
from simulator.scenario.spelling import did_you_mean
from simulator.scenario.texts import Text

Loc = tuple[str | int, ...]
ENTITY_SECTIONS = (
    "municipalities",
    "places",
    "offices",
    "physicians",
    "legevakt",
    "kad",
    "sykestuer",
    "collaborations",
)


@dataclass(frozen=True)
class Issue:
    loc: Loc
    message: Text


def ids_by_section(raw: Mapping[str, Any]) -> dict[str, list[str]]:
    """The `id` of every item in each entity section, in order, repeats included."""
    found: dict[str, list[str]] = {}
    for section in ENTITY_SECTIONS:
        items = raw.get(section)
        found[section] = [
            item["id"]
            for item in (items if isinstance(items, list) else [])
            if isinstance(item, Mapping) and isinstance(item.get("id"), str)
        ]
    return found


def duplicate_ids(raw: Mapping[str, Any]) -> Iterator[Issue]:
    for section in ENTITY_SECTIONS:
        items = raw.get(section)
        seen: set[str] = set()
        for index, item in enumerate(items if isinstance(items, list) else []):
            ident = item.get("id") if isinstance(item, Mapping) else None
            if not isinstance(ident, str):
                continue
            if ident in seen:
                yield Issue(
                    (section, index, "id"),
                    Text("duplicate_id", {"ident": ident, "section": section}),
                )
            seen.add(ident)


def references(model: type[BaseModel], raw: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str, str]]:
    """Yield (location, target section, id) for every `Ref` field in `raw`."""
    if not isinstance(raw, Mapping):
        return
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key in raw:
            yield from _walk(info.annotation, info.metadata, raw[key], (*loc, key))


def _walk(annotation: Any, metadata: list[Any], value: Any, loc: Loc) -> Iterator[tuple]:
    for marker in metadata:
        if isinstance(marker, Ref) and isinstance(value, str):
            yield loc, marker.section, value
            return
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        yield from _walk(args[0], list(args[1:]), value, loc)
    elif origin in (list, tuple) and isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(args[0] if args else Any, [], item, (*loc, index))
    elif origin is dict and isinstance(value, Mapping) and args:
        for key in value:
            yield from _walk(args[0], [], key, (*loc, key))
        for key, item in value.items():
            yield from _walk(args[1], [], item, (*loc, key))
    elif origin in (Union, types.UnionType):
        for arm in matching_arms(args, value):
            yield from _walk(arm, [], value, loc)
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield from references(annotation, value, loc)


def matching_arms(arms: tuple[Any, ...], value: Any) -> list[Any]:
    """Union arms to follow; for a tagged mapping only the model whose `type` matches."""
    if isinstance(value, Mapping) and "type" in value:
        tagged = [
            arm
            for arm in arms
            if isinstance(arm, type)
            and issubclass(arm, BaseModel)
            and "type" in arm.model_fields
            and value["type"] in typing.get_args(arm.model_fields["type"].annotation)
        ]
        if tagged:
            return tagged
    return list(arms)


def broken_references(model: type[BaseModel], raw: Mapping[str, Any]) -> Iterator[Issue]:
    known = {section: set(ids) for section, ids in ids_by_section(raw).items()}
    for loc, section, ident in references(model, raw):
        if ident not in known.get(section, set()):
            yield Issue(loc, unknown_id_message(section, ident, known.get(section, set())))


def unknown_id_message(section: str, ident: str, known: set[str]) -> Text:
    """What is wrong with a reference to `ident`, with the nearest known id and a few others."""
    choices = ", ".join(sorted(known)[:8]) or Text("none_defined")
    more = Text("and_more", {"count": len(known) - 8}) if len(known) > 8 else ""
    hint = did_you_mean(ident, known)
    values = {"section": section, "ident": ident, "hint": hint, "choices": choices, "more": more}
    return Text("unknown_id", values)
