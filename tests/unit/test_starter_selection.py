"""Parsing --municipalities: known numbers in order, or near matches for unknown ones."""

from __future__ import annotations

import pytest

from simulator.starter.selection import UnknownMunicipalities, parse_numbers


def test_numbers_keep_their_order_lose_repeats_and_regain_the_leading_zero() -> None:
    assert parse_numbers("5530, 301,5601,5530").numbers == ("5530", "0301", "5601")


def test_an_unknown_number_suggests_numbers_one_digit_away() -> None:
    with pytest.raises(UnknownMunicipalities, match=r"'4931' is not .*4631 Alver"):
        parse_numbers("4631,4931")


def test_a_name_suggests_the_municipality_by_that_name() -> None:
    with pytest.raises(UnknownMunicipalities, match=r"'Tromso' is not .*5501 Tromsø"):
        parse_numbers("Tromso")


def test_every_unknown_token_is_reported() -> None:
    with pytest.raises(UnknownMunicipalities) as caught:
        parse_numbers("9998,4631,abc")
    assert "'9998'" in str(caught.value) and "'abc'" in str(caught.value)


def test_an_empty_list_is_an_error() -> None:
    with pytest.raises(UnknownMunicipalities, match="no municipality numbers"):
        parse_numbers(" , ")


def test_a_number_from_before_a_merger_becomes_the_2024_number_with_a_note() -> None:
    selection = parse_numbers("1931,5421,5601")
    assert selection.numbers == ("5530", "5601")
    assert selection.notes == (
        "1931 Lenvik is part of 5530 Senja since 2020-01-01; using 5530",
        "5421 Senja is part of 5530 Senja since 2024-01-01; using 5530",
    )


def test_a_municipality_merged_and_restored_maps_to_its_own_part() -> None:
    """Haram merged into Ålesund in 2020 and left again in 2024; Ørskog stayed in Ålesund."""
    assert parse_numbers("1534,1523").numbers == ("1580", "1508")


def test_a_split_municipality_is_an_error_that_names_its_parts() -> None:
    with pytest.raises(
        UnknownMunicipalities, match=r"'1850' Tysfjord.* split .*1806 Narvik"
    ) as caught:
        parse_numbers("1850")
    assert "--municipalities 1806,1875" in str(caught.value)
