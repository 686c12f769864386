"""Akuttmedisinforskriften § 6 with legevakt hours: a municipality needs a legevakt at every
hour from the union of its legevakter, and a legevakt a doctor in the hours it serves."""

from __future__ import annotations

from simulator.rules import check_scenario
from simulator.scenario import load_scenario
from tests.support.steigen import GAP, SPLIT, variant

RULE = "legevakt-24-7"


def _found(path) -> list[tuple[str, str]]:
    findings = check_scenario(load_scenario(path))
    return [(f.subject_id, f.explanation.en) for f in findings if f.rule_id == RULE]


def test_an_evening_legevakt_and_a_night_legevakt_together_meet_the_rule() -> None:
    assert _found(SPLIT) == []


def test_a_legevakt_needs_a_doctor_in_every_hour_it_serves(tmp_path) -> None:
    path = variant(
        tmp_path,
        'start: "15:30", end: "22:00", mode: home_call',
        'start: "15:30", end: "21:00", mode: home_call',
    )
    assert _found(path) == [
        (
            "steigen-lv",
            "no doctor on duty mon 21:00–22:00, tue 21:00–22:00, wed 21:00–22:00, thu 21:00–22:00",
        )
    ]


def test_a_deliberate_gap_is_still_reported_on_the_municipality(tmp_path) -> None:
    deliberate = (
        "    centre: leinesfjord\n",
        "    centre: leinesfjord\n    legevakt_gap_deliberate: true\n",
    )
    path = variant(tmp_path, *GAP, base=deliberate)
    assert _found(path) == [("steigen", "no legevakt serves the municipality sun 08:00–08:00")]
