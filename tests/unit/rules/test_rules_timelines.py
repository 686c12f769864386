"""Checks of simulated timelines: rest after legevakt, on-call class, aml working time."""

from __future__ import annotations

import pytest
from rules_testkit import BASE, gp, plan, scenario, timeline

from simulator.plan.timeline import Category as C
from simulator.rules import Severity, check_timelines

OFFICE, LV, ACTIVE, OFF = C.office_clinical, C.legevakt_on_call, C.legevakt_active, C.off


def by_rule(findings: list) -> dict:
    return {f.rule_id: f for f in findings}


def salaried_plan() -> dict:
    return plan(physicians=[{**BASE["physicians"][0], "employment": "salaried"}, gp("b")])


def test_office_work_right_after_a_night_on_duty_breaks_the_rest_rule() -> None:
    day = [(8, 16, OFFICE), (16, 32, LV), (32, 40, OFFICE), (40, 56, OFF)]
    found = by_rule(check_timelines(scenario(), [timeline("a", day)]))
    rest = found["rest-between-work-periods"]
    assert (rest.measured, rest.limit, rest.severity) == (0.0, 8, Severity.breach)


def test_eight_hours_off_after_duty_is_enough_and_call_out_travel_continues_the_duty() -> None:
    blocks = [
        (16, 20, LV),
        (20, 21, C.travel),
        (21, 22, ACTIVE),
        (22, 32, LV),
        (32, 40, OFF),
        (40, 48, OFFICE),
    ]
    assert "rest-between-work-periods" not in by_rule(
        check_timelines(scenario(), [timeline("a", blocks)])
    )


def test_a_bakvakt_needs_rest_only_after_work_it_was_called_in_for_at_night() -> None:
    backup = C.backup_on_call
    quiet = [(8, 16, OFFICE), (16, 32, backup), (32, 40, OFFICE)]
    called = [(8, 16, OFFICE), (16, 26, backup), (26, 27, ACTIVE), (27, 32, backup)]
    called += [(32, 40, OFFICE)]
    by_day = [(8, 12, OFFICE), (12, 13, ACTIVE), (13, 16, OFFICE), (16, 32, backup)]
    by_day += [(32, 40, OFFICE)]
    assert "rest-between-work-periods" not in by_rule(
        check_timelines(scenario(), [timeline("a", quiet), timeline("b", by_day)])
    )
    rest = by_rule(check_timelines(scenario(), [timeline("a", called)]))
    assert rest["rest-between-work-periods"].measured == 5.0  # 03:00 to 08:00


def test_office_work_right_after_legevakt_in_the_day_needs_no_rest() -> None:
    day = [(8, 16, ACTIVE), (16, 20, OFFICE)]
    assert "rest-between-work-periods" not in by_rule(
        check_timelines(scenario(), [timeline("a", day)])
    )


def test_on_call_class_from_active_minutes_per_hour() -> None:
    blocks = [(16, 17, ACTIVE), (17, 20, LV), (20, 21, ACTIVE), (21, 31, LV), (31, 32, ACTIVE)]
    found = by_rule(check_timelines(scenario(), [timeline("a", blocks)]))["oncall-class"]
    assert found.measured == 11.2 and found.limit == "class 2" and found.severity is Severity.info


@pytest.mark.parametrize(("active_hours", "klass"), [(1, 1), (4, 2), (7, 3), (12, 3), (13, 4)])
def test_on_call_class_bounds(active_hours: int, klass: int) -> None:
    blocks = (
        [(0, active_hours, ACTIVE), (active_hours, 16, LV)]
        if active_hours < 16
        else [(0, 16, ACTIVE)]
    )
    found = by_rule(check_timelines(scenario(), [timeline("a", blocks)]))["oncall-class"]
    assert found.limit == f"class {klass}"


def test_fourteen_hours_of_salaried_office_work_breaks_aml() -> None:
    blocks = [(7, 21, OFFICE), (21, 31, OFF)]
    found = by_rule(check_timelines(scenario(salaried_plan()), [timeline("a", blocks)]))
    assert found["aml-max-13h-24h"].severity is Severity.breach
    assert found["aml-max-13h-24h"].measured == 14.0
    assert found["aml-daily-rest"].severity is Severity.breach


def test_aml_is_information_for_self_employed_practice_and_for_legevakt() -> None:
    office = [(7, 21, OFFICE), (21, 31, OFF)]
    found = by_rule(check_timelines(scenario(), [timeline("a", office)]))
    assert found["aml-max-13h-24h"].severity is Severity.info
    duty = [(8, 16, OFFICE), (16, 24, ACTIVE), (24, 32, OFF)]
    found = by_rule(check_timelines(scenario(salaried_plan()), [timeline("a", duty)]))
    assert found["aml-max-13h-24h"].severity is Severity.info
    assert "SFS 2305 § 3.2" in found["aml-max-13h-24h"].explanation.en


def test_local_policy_applies_aml_to_legevakt() -> None:
    data = salaried_plan()
    data["policy"] = {"aml_for_legevakt": True}
    duty = [(8, 16, OFFICE), (16, 24, ACTIVE), (24, 32, OFF)]
    found = by_rule(check_timelines(scenario(data), [timeline("a", duty)]))
    assert found["aml-max-13h-24h"].severity is Severity.breach


def test_passive_on_call_counts_one_seventh_by_default_or_as_the_policy_says() -> None:
    duty = [(8, 16, OFFICE), (16, 44, LV), (44, 60, OFF)]  # 8 h office, then 28 h passive
    found = by_rule(check_timelines(scenario(salaried_plan()), [timeline("a", duty)]))
    assert "aml-max-13h-24h" not in found  # at most 8 + 16/7 h in any 24 h
    data = salaried_plan()
    data["policy"] = {"passive_weighting": "custom", "passive_weight": 1.0}
    found = by_rule(check_timelines(scenario(data), [timeline("a", duty)]))
    assert found["aml-max-13h-24h"].measured == 24.0


def test_48_hours_a_week_on_average_over_a_short_timeline_is_pro_rata() -> None:
    week = [(24 * d + 7, 24 * d + 16, OFFICE) for d in range(5)]  # 45 h
    rests = [(24 * d + 16, 24 * (d + 1) + 7, OFF) for d in range(5)]
    base = [(0, 7, OFF), *week, *rests[:4], (24 * 4 + 16, 168, OFF)]
    assert "aml-max-48h-7d-average" not in by_rule(
        check_timelines(scenario(salaried_plan()), [timeline("a", base)])
    )
    long_days = [(24 * d + 6, 24 * d + 17, OFFICE) for d in range(5)] + [
        (24 * 5 + 6, 24 * 5 + 12, OFFICE)
    ]
    gaps = [(24 * d + 17, 24 * (d + 1) + 6, OFF) for d in range(5)]
    busy = [(0, 6, OFF), *long_days, *gaps, (24 * 5 + 12, 168, OFF)]
    found = by_rule(check_timelines(scenario(salaried_plan()), [timeline("a", busy)]))[
        "aml-max-48h-7d-average"
    ]
    assert (found.measured, found.limit) == (61.0, 48.0)


def test_no_35_hour_weekly_rest_in_two_weeks_of_daily_work() -> None:
    days = [(24 * d + 8, 24 * d + 16, OFFICE) for d in range(14)]
    found = by_rule(check_timelines(scenario(salaried_plan()), [timeline("a", days)]))
    assert found["aml-weekly-rest"].severity is Severity.breach
    assert "aml-daily-rest" not in found


def test_timeline_of_an_unknown_physician_is_an_error() -> None:
    with pytest.raises(ValueError, match="not in the scenario: ghost"):
        check_timelines(scenario(), [timeline("ghost", [(0, 1, OFFICE)])])


def test_overlapping_timeline_is_an_error() -> None:
    with pytest.raises(ValueError, match="overlaps itself"):
        check_timelines(scenario(), [timeline("a", [(0, 10, OFFICE), (9, 12, LV)])])


def test_local_rest_policy_applies_to_timelines_too() -> None:
    blocks = [(16, 32, LV), (32, 41, OFF), (41, 49, OFFICE)]  # 9 h off after the night
    data = plan(policy={"rest_hours_after_duty": 11})
    found = by_rule(check_timelines(scenario(data), [timeline("a", blocks)]))
    assert "rest-between-work-periods" not in found
    assert (found["local-rest-after-duty"].measured, found["local-rest-after-duty"].limit) == (
        9.0,
        11,
    )
