"""The message catalogues: the same keys and placeholders in every language, and numbers
written the way each language writes them."""

from __future__ import annotations

import string

import pytest
from typer.testing import CliRunner

from simulator.cli import app
from simulator.errors import EXIT_INVALID
from simulator.report.i18n import CATALOGUES, Translator, UnknownLanguage


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_catalogues_have_the_same_keys() -> None:
    nb, en = CATALOGUES["nb"], CATALOGUES["en"]
    assert set(nb) - set(en) == set()
    assert set(en) - set(nb) == set()


def test_every_message_takes_the_same_placeholders_in_both_languages() -> None:
    nb, en = CATALOGUES["nb"], CATALOGUES["en"]
    differing = [k for k in nb if _placeholders(nb[k]) != _placeholders(en[k])]
    assert differing == []


def test_numbers_use_the_decimal_mark_and_grouping_of_the_language() -> None:
    assert Translator("nb").number(12345.678, 1) == "12\u00a0345,7"
    assert Translator("en").number(12345.678, 1) == "12,345.7"
    assert Translator("nb").number(-0.25, 2) == "−0,25"
    assert Translator("en").number(float("nan")) == "–"


def test_kpi_words_are_translated_and_unknown_words_kept() -> None:
    t = Translator("nb")
    assert t.word("wait") == "ventetid"
    assert t.word("zzz") == "zzz"


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    with pytest.raises(UnknownLanguage, match="nb, en"):
        Translator("sv")


def test_an_unknown_language_takes_the_one_error_path_of_bad_input() -> None:
    """No command catches it itself: the command group prints it and exits 2 (`run` asks for
    its translator before it simulates)."""
    result = CliRunner().invoke(app, ["run", "--lang", "sv"])
    assert result.exit_code == EXIT_INVALID
    assert "--lang: unknown language 'sv'; use one of nb, en" in result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
