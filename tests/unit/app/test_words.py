"""The app's catalogues: the same keys in both languages, and every key the templates use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simulator.app.schemaform import sections
from simulator.app.words import CATALOGUES, words
from simulator.starter.districts import Layout

EXTRA_SECTIONS = pytest.importorskip(
    "simulator.app.web", reason="needs the app extra"
).EXTRA_SECTIONS

TEMPLATES = Path(__file__).resolve().parents[3] / "simulator" / "app" / "templates"


def test_both_languages_have_the_same_keys() -> None:
    assert set(CATALOGUES["nb"]) == set(CATALOGUES["en"])


def test_every_key_a_template_uses_is_in_the_catalogue() -> None:
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_.\-]+)["']""", template.read_text()))
    dynamic = {"layout.", "section."}  # completed with a layout or a section name
    assert used and used - dynamic <= set(CATALOGUES["nb"])
    for layout in Layout:
        assert f"layout.{layout.value}" in CATALOGUES["nb"]
    for section in [*sections(), *EXTRA_SECTIONS]:
        assert f"section.{section}" in CATALOGUES["nb"], section
    assert words("nb")("section.new_in_the_schema") == "new_in_the_schema"


def test_the_same_placeholders_in_both_languages() -> None:
    for key, text in CATALOGUES["nb"].items():
        fields = set(re.findall(r"{(\w+)}", text))
        assert fields == set(re.findall(r"{(\w+)}", CATALOGUES["en"][key])), key
    assert words("en")("run.progress", done=3, total=10) == "3 of 10 replications"
