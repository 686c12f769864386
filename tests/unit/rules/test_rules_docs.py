"""docs/rules.md is generated from the catalogue and must be regenerated when it changes."""

from __future__ import annotations

from pathlib import Path

from simulator.rules import load_catalogue
from simulator.rules.docs import render

PAGE = Path(__file__).resolve().parents[3] / "docs" / "rules.md"


def test_docs_rules_page_is_up_to_date() -> None:
    assert PAGE.read_text(encoding="utf-8") == render(load_catalogue()), (
        "docs/rules.md is out of date: run `samsim rules docs`"
    )


def test_page_lists_every_rule_with_its_sources_and_dates() -> None:
    page = render(load_catalogue())
    for rule in load_catalogue().rules:
        assert f"## {rule.id}\n" in page
        for version in rule.versions:
            assert f"| {version.valid_from} | {version.valid_to or 'open'} |" in page
            assert version.source.cite() in page
