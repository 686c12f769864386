"""Turning `--municipalities 5530,5601` into known kommunenummer, or a helpful error."""

from __future__ import annotations

import difflib

from simulator.data_sources.municipalities import MunicipalityRecord, load_municipalities
from simulator.errors import InputError

MAX_SUGGESTIONS = 5
MIN_SAME_DIGITS = 2


class UnknownMunicipalities(InputError, ValueError):
    """Some requested numbers are not 2024 municipalities; the message lists near matches."""


def parse_numbers(text: str) -> tuple[str, ...]:
    """Known kommunenummer from a comma-separated list, in order, without repeats.

    Three-digit numbers get their leading zero back (301 → 0301).
    """
    tokens = [t.strip() for t in text.split(",") if t.strip()]
    if not tokens:
        raise UnknownMunicipalities("no municipality numbers given, e.g. --municipalities 4631")
    records = load_municipalities()
    numbers = [t.zfill(4) if t.isdigit() else t for t in tokens]
    unknown = [n for n in numbers if n not in records]
    if unknown:
        raise UnknownMunicipalities("\n".join(_explain(n, records) for n in unknown))
    return tuple(dict.fromkeys(numbers))


def _explain(token: str, records: dict[str, MunicipalityRecord]) -> str:
    matches = _near(token, records)
    hint = ", ".join(f"{r.number} {r.short_name}" for r in matches)
    return f"'{token}' is not a 2024 kommunenummer" + (f"; did you mean {hint}?" if hint else "")


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
