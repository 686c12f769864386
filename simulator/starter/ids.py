"""Scenario ids (slugs) from Norwegian and Sámi names."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode decomposition does not reduce to ASCII.
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "đ": "d", "ŋ": "n", "ŧ": "t", "ß": "ss"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_ID_LENGTH = 64


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
