"""Starting from what the planner knows: municipalities by name or number, turned into the
starting plan `samsim new` writes (the same starter code, the same commented YAML)."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

from simulator.data_sources.municipalities import MunicipalityRecord, load_municipalities
from simulator.starter.build import build_scenario
from simulator.starter.districts import Layout
from simulator.starter.request import HEADER, next_year_first_monday, request_for
from simulator.starter.yaml_text import render

MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Unknown:
    """A typed name or number that is no 2024 municipality, with the likeliest ones meant."""

    token: str
    suggestions: tuple[str, ...]


def choices() -> list[str]:
    """`1871 Andøy` for every municipality, for the picker's completion list."""
    return [f"{r.number} {r.short_name}" for r in load_municipalities().values()]


def resolve(text: str) -> tuple[tuple[str, ...], list[Unknown]]:
    """Kommunenummer for comma-separated names, numbers or `1871 Andøy` picks, in order and
    without repeats, and the tokens that matched none."""
    records = load_municipalities()
    by_name = _names(records)
    numbers: list[str] = []
    unknown: list[Unknown] = []
    for token in (t.strip() for t in text.split(",")):
        if not token:
            continue
        number = _number(token, records, by_name)
        if number:
            numbers.append(number)
        else:
            unknown.append(Unknown(token, _suggestions(token, by_name)))
    return tuple(dict.fromkeys(numbers)), unknown


def starting_plan(numbers: tuple[str, ...], layout: Layout, today: dt.date) -> str:
    """The YAML text `samsim new --municipalities ... --legevakt LAYOUT` writes today."""
    request = request_for(numbers, layout, next_year_first_monday(today), False)
    return render(build_scenario(request), HEADER)


def _names(records: dict[str, MunicipalityRecord]) -> dict[str, str]:
    """Lower-case short and full names (`sortland`, `sortland - suortá`) to numbers."""
    names: dict[str, str] = {}
    for record in records.values():
        names.setdefault(record.short_name.lower(), record.number)
        names.setdefault(record.name.lower(), record.number)
    return names


def _number(token: str, records: dict[str, MunicipalityRecord], by_name: dict[str, str]) -> str:
    head = token.split()[0]
    if head.isdigit() and head.zfill(4) in records:
        return head.zfill(4)
    return by_name.get(token.lower(), "")


def _suggestions(token: str, by_name: dict[str, str]) -> tuple[str, ...]:
    records = load_municipalities()
    close = difflib.get_close_matches(token.lower(), list(by_name), MAX_SUGGESTIONS, cutoff=0.6)
    numbers = dict.fromkeys(by_name[name] for name in close)
    return tuple(f"{n} {records[n].short_name}" for n in numbers)
