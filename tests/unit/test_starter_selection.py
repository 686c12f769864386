"""Parsing --municipalities: known numbers in order, or near matches for unknown ones."""

from __future__ import annotations

import pytest

from simulator.starter.selection import UnknownMunicipalities, parse_numbers


def test_numbers_keep_their_order_lose_repeats_and_regain_the_leading_zero() -> None:
    assert parse_numbers("5530, 301,5601,5530") == ("5530", "0301", "5601")


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
