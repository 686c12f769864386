"""Turning `--municipalities 5530,5601` into known kommunenummer, or a helpful error."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from simulator.data_sources.municipalities import MunicipalityRecord, load_municipalities
from simulator.data_sources.municipality_changes import (
    FormerMunicipality,
    load_former_municipalities,
)
from simulator.errors import Sentence, WordedError

MAX_SUGGESTIONS = 5
MIN_SAME_DIGITS = 2


class UnknownMunicipalities(WordedError):
    """Some requested numbers are not 2024 municipalities, nor merged into one: a sentence
    for each, naming near matches or the parts of a municipality that was split."""


@dataclass(frozen=True)
class Selection:
    """2024 kommunenummer in the order asked, and a note for each older number mapped to one."""

    numbers: tuple[str, ...]
    notes: tuple[Sentence, ...] = ()


def parse_numbers(text: str) -> Selection:
    """Known kommunenummer from a comma-separated list, in order, without repeats.

    Three-digit numbers get their leading zero back (301 → 0301). A number from before a merger
    (2018–2024) becomes the 2024 number it merged into; one that was split is an error naming
    the parts, as only the planner knows which of them the plan is for.
    """
    tokens = [t.strip() for t in text.split(",") if t.strip()]
    if not tokens:
        raise UnknownMunicipalities(Sentence("new.no_numbers"))
    records = load_municipalities()
    former = load_former_municipalities()
    numbers = [t.zfill(4) if t.isdigit() else t for t in tokens]
    unknown = [n for n in numbers if n not in records and not _merged(former.get(n))]
    if unknown:
        raise UnknownMunicipalities(*(_explain(n, records, former) for n in unknown))
    renumbered = [former[n] for n in dict.fromkeys(numbers) if n not in records]
    mapped = [former[n].successors[0] if n in former else n for n in numbers]
    return Selection(tuple(dict.fromkeys(mapped)), tuple(_became(f, records) for f in renumbered))


def _merged(former: FormerMunicipality | None) -> bool:
    return former is not None and not former.split


def _became(former: FormerMunicipality, records: dict[str, MunicipalityRecord]) -> Sentence:
    successor = records[former.successors[0]]
    return Sentence(
        "new.merged",
        {
            "number": former.number,
            "name": former.name,
            "successor": successor.number,
            "successor_name": successor.short_name,
            "changed": former.changed.isoformat(),
        },
    )


def _explain(
    token: str, records: dict[str, MunicipalityRecord], former: dict[str, FormerMunicipality]
) -> Sentence:
    if token in former:
        return _split(former[token], records)
    hint = ", ".join(f"{r.number} {r.short_name}" for r in _near(token, records))
    if hint:
        return Sentence("new.unknown_near", {"token": token, "hint": hint})
    return Sentence("new.unknown", {"token": token})


def _split(former: FormerMunicipality, records: dict[str, MunicipalityRecord]) -> Sentence:
    parts = ", ".join(f"{records[n].number} {records[n].name}" for n in former.successors)
    return Sentence(
        "new.split",
        {
            "number": former.number,
            "name": former.name,
            "changed": former.changed.isoformat(),
            "parts": parts,
            "numbers": ",".join(former.successors),
        },
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
