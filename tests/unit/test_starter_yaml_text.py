"""Commented YAML text: what is rendered loads back as the plain document."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from simulator.scenario.yamlfile import parse_document
from simulator.starter.yaml_text import Commented, Flow, Note, estimate, plain, render


def _load(document: Commented) -> Any:
    return parse_document(render(document, ["header"]), "test.yaml").data


def test_nested_document_round_trips_with_comments() -> None:
    document = Commented(
        {
            "scenario": {"id": "x", "start_date": dt.date(2027, 1, 4), "weeks": 52},
            "items": [
                Commented({"id": "a", "tags": ["yes", "no", "0301"]}, {"id": ["first"]}),
                Note(Flow({"id": "b", "time": "16:00", "on": True, "n": None}), "flow"),
            ],
            "value": estimate(1.5, "a guess"),
            "empty": [],
            "nothing": {},
        },
        {"items": ["before items"]},
    )
    text = render(document, ["header"])
    assert text.startswith("# header\n")
    assert "# before items\nitems:\n" in text
    assert "value: 1.5  # ESTIMATE: a guess\n" in text
    assert "  # first\n  - id: a\n" in text
    expected = plain(document)
    expected["scenario"] = {**expected["scenario"], "start_date": "2027-01-04"}  # dates stay text
    assert _load(document) == expected


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",))))
@example("A\n")  # a plain word with a line break after it must be quoted
def test_any_string_survives(text: str) -> None:
    document = Commented({"block": text, "flow": [Flow({"name": text})]})
    assert _load(document) == {"block": text, "flow": [{"name": text}]}
