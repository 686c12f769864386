"""A finding as data: numbers as floats, and its JSON the fields in order."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import numpy as np

from simulator.rules import load_catalogue
from simulator.rules.findings import Finding, finding

ON = dt.date(2026, 3, 1)
FIELDS = [
    "rule_id",
    "title",
    "source",
    "also",
    "kind",
    "severity",
    "subject_kind",
    "subject_id",
    "measured",
    "limit",
    "unit",
    "start",
    "end",
    "explanation",
    "unverified",
]


def example(**numbers: object) -> Finding:
    rule = load_catalogue().rule("legevaktsentral-answer")
    start = dt.datetime(2026, 3, 2, 8, 30)
    return finding(
        rule,
        rule.version(ON),
        "lv",
        "nb",
        "en",
        start=start,
        end=start + dt.timedelta(hours=1),
        **numbers,
    )


def test_numbers_are_kept_as_floats_whatever_they_come_as() -> None:
    found = example(measured=np.int32(3), limit=2)
    assert (found.measured, found.limit) == (3.0, 2.0)
    assert type(found.measured) is float and type(found.limit) is float
    assert example(measured="class 2").measured == "class 2"


def test_the_json_of_a_finding_is_its_fields_in_order_as_json_values() -> None:
    found = example(measured=np.float64(0.75), limit=0.8)
    data = found.to_json()
    assert list(data) == FIELDS
    assert data["title"] == found.title.model_dump() and data["source"]["law"]
    assert (data["kind"], data["severity"]) == (found.kind.value, found.severity.value)
    assert (data["start"], data["end"]) == ("2026-03-02T08:30:00", "2026-03-02T09:30:00")
    assert data["explanation"] == {"nb": "nb", "en": "en"}
    assert json.loads(json.dumps(data)) == data


def test_a_finding_comes_back_whole_from_a_worker() -> None:
    found = example(measured=0.5, limit=0.8)
    assert pickle.loads(pickle.dumps(found)) == found
