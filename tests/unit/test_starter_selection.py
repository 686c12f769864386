"""Parsing --municipalities: known numbers in order, or near matches for unknown ones."""

from __future__ import annotations

import pytest

from simulator.errors import Sentence
from simulator.starter.selection import UnknownMunicipalities, parse_numbers


def test_numbers_keep_their_order_lose_repeats_and_regain_the_leading_zero() -> None:
    assert parse_numbers("5530, 301,5601,5530").numbers == ("5530", "0301", "5601")


def _refused(text: str) -> tuple[Sentence, ...]:
    with pytest.raises(UnknownMunicipalities) as caught:
        parse_numbers(text)
    return caught.value.sentences


def test_an_unknown_number_suggests_numbers_one_digit_away() -> None:
    [said] = _refused("4631,4931")
    assert said.key == "new.unknown_near" and said.values["token"] == "4931"
    assert "4631 Alver" in said.values["hint"]


def test_a_name_suggests_the_municipality_by_that_name() -> None:
    [said] = _refused("Tromso")
    assert said.values["token"] == "Tromso" and "5501 Tromsø" in said.values["hint"]


def test_every_unknown_token_is_reported() -> None:
    assert [s.values["token"] for s in _refused("9998,4631,abc")] == ["9998", "abc"]


def test_an_empty_list_is_an_error() -> None:
    assert _refused(" , ") == (Sentence("new.no_numbers"),)


def test_a_number_from_before_a_merger_becomes_the_2024_number_with_a_note() -> None:
    selection = parse_numbers("1931,5421,5601")
    assert selection.numbers == ("5530", "5601")
    assert [(n.key, n.values["number"], n.values["successor"]) for n in selection.notes] == [
        ("new.merged", "1931", "5530"),
        ("new.merged", "5421", "5530"),
    ]
    assert [n.values["changed"] for n in selection.notes] == ["2020-01-01", "2024-01-01"]


def test_a_municipality_merged_and_restored_maps_to_its_own_part() -> None:
    """Haram merged into Ålesund in 2020 and left again in 2024; Ørskog stayed in Ålesund."""
    assert parse_numbers("1534,1523").numbers == ("1580", "1508")


def test_a_split_municipality_is_an_error_that_names_its_parts() -> None:
    [said] = _refused("1850")
    assert said.key == "new.split" and said.values["name"].startswith("Tysfjord")
    assert said.values["parts"].startswith("1806 Narvik") and said.values["numbers"] == "1806,1875"
