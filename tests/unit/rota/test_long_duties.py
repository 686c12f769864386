"""Long home-call duties: a week of home call (ukevakt) is one shift of up to 168 hours, rostered
with the rest rules of any duty; a Friday-to-Monday weekend duty must not leave holidays
uncovered (holidays follow the Sunday templates, and the 24/7 check tries each weekday)."""

from __future__ import annotations

import itertools

import pytest
from pydantic import ValidationError
from rules_testkit import START, gp, plan, scenario

from simulator.rota.rotation import GREEDY, rota_for
from simulator.rota.shifts import is_holiday
from simulator.rules import check_rota, check_scenario
from simulator.scenario import Scenario

UKEVAKT = {
    "id": "ukevakt",
    "days": ["mon"],
    "start": "08:00",
    "hours": 168,
    "mode": "home_call",
    "office_days": "kept",
    "on_holidays": "own_days",  # starts on Easter Monday too, spanning the holiday
}


def _weekly(**changes) -> Scenario:
    data = plan(physicians=[gp(i, list_size=600) for i in "abc"])
    data["physicians"][0]["kommuneoverlege"] = [{"municipality": "town", "fte": 0.2}]
    data["legevakt"][0]["shifts"] = [{**UKEVAKT, **changes}]
    return scenario(data)


def test_a_week_of_home_call_is_one_duty_and_never_two_weeks_running() -> None:
    s = _weekly()
    rota = rota_for(s, "lv", START, 6, GREEDY)
    assert [a.hours for a in rota] == [168.0] * 6
    doctors = [a.physician for a in rota]
    assert all(a != b for a, b in itertools.pairwise(doctors))  # 8 h rest after
    assert [f.rule_id for f in check_rota(s, rota) if f.severity.value == "breach"] == []
    assert [f.rule_id for f in check_scenario(s) if f.rule_id == "legevakt-24-7"] == []


def test_a_duty_is_at_most_a_week() -> None:
    with pytest.raises(ValidationError, match="less than or equal to 168"):
        _weekly(hours=169)


def _weekend_duty(*holiday: dict) -> Scenario:
    """Weekday nights and one Friday-to-Monday weekend duty, plus `holiday` templates."""
    data = plan()
    data["legevakt"][0]["shifts"] = [
        {"id": "weekday", "days": ["mon", "tue", "wed", "thu"], "start": "16:00", "end": "08:00"},
        {
            "id": "weekend",
            "days": ["fri"],
            "start": "16:00",
            "hours": 64,
            "on_holidays": "own_days",
        },
        *holiday,
    ]
    return scenario(data)


def test_a_friday_to_monday_weekend_duty_leaves_a_holiday_monday_uncovered() -> None:
    [found] = check_scenario(_weekend_duty())
    assert (
        found.rule_id == "legevakt-24-7" and "public holiday falls on mon" in found.explanation.en
    )


def test_a_holiday_template_covers_the_holidays() -> None:
    holiday = {"id": "holiday", "start": "08:00", "hours": 24, "on_holidays": "only"}
    s = _weekend_duty(holiday)
    assert check_scenario(s) == []
    rota = rota_for(s, "lv", START, 52, GREEDY)
    starts = {a.start.date() for a in rota if a.shift == "holiday"}
    assert starts and all(is_holiday(day) for day in starts)
    assert all(a.start.weekday() == 4 for a in rota if a.shift == "weekend")  # Good Friday too
