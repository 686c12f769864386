"""Turning `--municipalities 5530,5601` into known kommunenummer, or a helpful error."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from simulator.data_sources.municipalities import MunicipalityRecord, load_municipalities
from simulator.data_sources.municipality_changes import (
    FormerMunicipality,
    load_former_municipalities,
)
from simulator.errors import InputError

MAX_SUGGESTIONS = 5
MIN_SAME_DIGITS = 2


class UnknownMunicipalities(InputError, ValueError):
    """Some requested numbers are not 2024 municipalities, nor merged into one; the message
    lists near matches, or the parts of a municipality that was split."""


@dataclass(frozen=True)
class Selection:
    """2024 kommunenummer in the order asked, and a note for each older number mapped to one."""

    numbers: tuple[str, ...]
    notes: tuple[str, ...] = ()


def parse_numbers(text: str) -> Selection:
    """Known kommunenummer from a comma-separated list, in order, without repeats.

    Three-digit numbers get their leading zero back (301 → 0301). A number from before a merger
    (2018–2024) becomes the 2024 number it merged into; one that was split is an error naming
    the parts, as only the planner knows which of them the plan is for.
    """
    tokens = [t.strip() for t in text.split(",") if t.strip()]
    if not tokens:
        raise UnknownMunicipalities("no municipality numbers given, e.g. --municipalities 4631")
    records = load_municipalities()
    former = load_former_municipalities()
    numbers = [t.zfill(4) if t.isdigit() else t for t in tokens]
    unknown = [n for n in numbers if n not in records and not _merged(former.get(n))]
    if unknown:
        raise UnknownMunicipalities("\n".join(_explain(n, records, former) for n in unknown))
    renumbered = [former[n] for n in dict.fromkeys(numbers) if n not in records]
    mapped = [former[n].successors[0] if n in former else n for n in numbers]
    return Selection(tuple(dict.fromkeys(mapped)), tuple(_became(f, records) for f in renumbered))


def _merged(former: FormerMunicipality | None) -> bool:
    return former is not None and not former.split


def _became(former: FormerMunicipality, records: dict[str, MunicipalityRecord]) -> str:
    successor = records[former.successors[0]]
    return (
        f"{former.number} {former.name} is part of {successor.number} {successor.short_name} "
        f"since {former.changed}; using {successor.number}"
    )


def _explain(
    token: str, records: dict[str, MunicipalityRecord], former: dict[str, FormerMunicipality]
) -> str:
    if token in former:
        return _split(former[token], records)
    matches = _near(token, records)
    hint = ", ".join(f"{r.number} {r.short_name}" for r in matches)
    return f"'{token}' is not a 2024 kommunenummer" + (f"; did you mean {hint}?" if hint else "")


def _split(former: FormerMunicipality, records: dict[str, MunicipalityRecord]) -> str:
    parts = [records[n] for n in former.successors]
    names = ", ".join(f"{r.number} {r.name}" for r in parts)
    return (
        f"'{former.number}' {former.name} was split on {former.changed} between {names}; "
        f"give the parts the plan is for, e.g. --municipalities {','.join(former.successors)}"
    )


def _near(token: str, records: dict[str, MunicipalityRecord]) -> list[MunicipalityRecord]:
    """Numbers sharing most digits with the token (nearest first), or names like the token."""
    if token.isdigit():
        scored = [(_same_digits(token, n), -abs(int(token) - int(n)), n) for n in records]
        best = sorted((s for s in scored if s[0] >= MIN_SAME_DIGITS), reverse=True)
        return [records[n] for *_, n in best[:MAX_SUGGESTIONS]]
    by_name = {r.short_name.lower(): r for r in records.values()}
    keys = difflib.get_close_matches(token.lower(), list(by_name), MAX_SUGGESTIONS, cutoff=0.6)
    return [by_name[k] for k in keys]


def _same_digits(a: str, b: str) -> int:
    return sum(x == y for x, y in zip(a, b, strict=False)) - abs(len(a) - len(b))
