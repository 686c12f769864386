"""Ids for generated scenario items: valid slugs, stable and unique over the whole data set."""

from __future__ import annotations

import re

from simulator.scenario.base import ID_PATTERN
from simulator.starter.ids import municipality_ids, slug, unique


def test_norwegian_and_sami_letters_become_ascii() -> None:
    assert slug("Bø i Vesterålen") == "bo-i-vesteralen"
    assert slug("Guovdageaidnu - Kautokeino") == "guovdageaidnu-kautokeino"
    assert slug("Kárášjohka") == "karasjohka"
    assert slug("Ærø Đŋŧ") == "aero-dnt"


def test_slugs_are_cut_to_the_requested_length() -> None:
    assert len(slug("a" * 100, 48)) == 48
    assert not slug("ab " * 30, 10).endswith("-")


def test_repeats_are_numbered() -> None:
    assert unique(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"]


def test_every_municipality_has_a_unique_valid_id() -> None:
    ids = municipality_ids()
    assert len(set(ids.values())) == len(ids) == 357
    assert all(re.match(ID_PATTERN, i) for i in ids.values())
    assert ids["1515"] == "heroy-1515" and ids["1818"] == "heroy-1818"
    assert ids["5530"] == "senja"
