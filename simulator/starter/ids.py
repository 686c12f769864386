"""Scenario ids: slugs of Norwegian and Sámi names, and the ids `samsim new` gives items."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from simulator.data_sources.municipalities import load_municipalities

# Letters that Unicode decomposition does not reduce to ASCII.
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "đ": "d", "ŋ": "n", "ŧ": "t", "ß": "ss"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_ID_LENGTH = 64
BASE_ID_LENGTH = 48  # leaves room for suffixes such as "-station" in a 64-character id


def slug(text: str, max_length: int = MAX_ID_LENGTH) -> str:
    """`Nord-Fron` → `nord-fron`, `Bø i Vesterålen` → `bo-i-vesteralen`, `Kárášjohka` →
    `karasjohka`; cut to `max_length` so that suffixes still fit in an id."""
    ascii_text = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_text).strip("-")[:max_length].strip("-")


def unique(ids: list[str]) -> list[str]:
    """`ids` with repeats numbered from the second on: a, a-2, a-3."""
    seen: dict[str, int] = {}
    result = []
    for ident in ids:
        seen[ident] = seen.get(ident, 0) + 1
        result.append(ident if seen[ident] == 1 else f"{ident}-{seen[ident]}")
    return result


@cache
def municipality_ids() -> dict[str, str]:
    """Scenario id of every municipality; names used twice (Herøy, Våler) get their number.

    Computed over the whole data set, so a municipality has the same id in every scenario.
    """
    records = load_municipalities()
    names = Counter(slug(r.short_name) for r in records.values())
    return {
        number: slug(r.short_name)
        if names[slug(r.short_name)] == 1
        else f"{slug(r.short_name)}-{number}"
        for number, r in records.items()
    }


def settlement_id(municipality_id: str) -> str:
    return f"{municipality_id}-settlement"


def station_id(legevakt_id: str) -> str:
    return f"{legevakt_id}-station"


def office_id(municipality_id: str, number: int, count: int) -> str:
    """`alver-legekontor` when it is the only one, else `alver-legekontor-2`."""
    return f"{municipality_id}-legekontor" + (f"-{number}" if count > 1 else "")
