"""Cross-reference and consistency checks over raw scenario data.

They run on the raw mapping, not on validated models, so that a scenario with a type error in
one place still gets its broken references reported in the same run. Which fields are
references is read from the `Ref` markers in the schema, never listed by hand.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from simulator.scenario.base import Ref
from simulator.scenario.schema_walk import Loc, matching_arms, walk_model
from simulator.scenario.spelling import did_you_mean
from simulator.scenario.texts import Text

__all__ = ["Issue", "Loc", "broken_references", "duplicate_ids", "matching_arms", "references"]
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
    for stop in walk_model(model, raw, matching_arms, loc):
        for marker in stop.metadata:
            if isinstance(marker, Ref) and isinstance(stop.value, str):
                yield stop.loc, marker.section, stop.value
                break


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
