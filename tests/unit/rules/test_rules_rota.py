"""Checks of rota assignments: rest, exemptions on the shift's date, bakvakt, local policy."""

from __future__ import annotations

import datetime as dt

import pytest
from rules_testkit import BASE, gp, plan, scenario, shift

from simulator.rules import check_rota
from simulator.scenario.legevakt import ShiftMode

T = dt.datetime


def rules(findings: list) -> list[str]:
    return [f.rule_id for f in findings]


def test_rest_under_eight_hours_between_duties_is_a_breach() -> None:
    rota = [shift("a", T(2026, 1, 5, 16), 16), shift("a", T(2026, 1, 6, 14), 10)]
    [found] = check_rota(scenario(), rota)
    assert found.rule_id == "rest-between-work-periods"
    assert (found.measured, found.limit) == (6.0, 8)
    assert (found.start, found.end) == (T(2026, 1, 6, 8), T(2026, 1, 6, 14))
    assert found.source.law.startswith("Særavtalen SFS 2305") and "7.4" in found.source.paragraph


def test_touching_shifts_form_one_duty_and_eight_hours_is_enough() -> None:
    rota = [
        shift("a", T(2026, 1, 10, 8), 8),
        shift("a", T(2026, 1, 10, 16), 16),
        shift("a", T(2026, 1, 11, 16), 16),
    ]
    assert check_rota(scenario(), rota) == []


def test_exempt_doctor_on_a_shift_is_a_breach_from_the_birthday() -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", age=59, birth_date="1966-03-10")])
    before = shift("b", T(2026, 3, 9, 16), 16)
    on_birthday = shift("b", T(2026, 3, 10, 16), 16)
    assert check_rota(scenario(data), [before]) == []
    [found] = check_rota(scenario(data), [on_birthday])
    assert found.rule_id == "legevakt-exemption-age" and found.severity.value == "breach"
    assert found.start == T(2026, 3, 10, 16)


def test_shifts_use_the_exemption_version_in_force_on_their_date() -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", age=57)])
    data["scenario"]["start_date"] = "2012-12-31"
    rota = [
        shift("b", T(2012, 12, 31, 16), 8),
        shift("b", T(2013, 6, 30, 16), 8),
        shift("b", T(2013, 7, 1, 16), 8),
    ]
    found = check_rota(scenario(data), rota, on=dt.date(2012, 12, 31))
    assert [(f.rule_id, f.start) for f in found] == [("legevakt-exemption-age", T(2013, 6, 30, 16))]


def test_doctor_without_competence_needs_competent_bakvakt_for_every_minute() -> None:
    lis1 = gp("c", role="lis1", list_size=0, list_ceiling=None, competence={})
    data = plan(physicians=[*BASE["physicians"], lis1])
    front = shift("c", T(2026, 1, 5, 16), 16)
    part = shift("a", T(2026, 1, 5, 16), 12, ShiftMode.backup)
    [found] = check_rota(scenario(data), [front, part])
    assert found.rule_id == "bakvakt-competence" and found.measured == 240
    rest = shift("b", T(2026, 1, 6, 4), 4, ShiftMode.backup)
    assert check_rota(scenario(data), [front, part, rest]) == []


def test_bakvakt_must_itself_be_competent() -> None:
    lis1 = gp("c", role="lis1", list_size=0, list_ceiling=None, competence={})
    data = plan(physicians=[*BASE["physicians"], lis1])
    found = check_rota(scenario(data), [shift("c", T(2026, 1, 5, 16), 8, ShiftMode.backup)])
    assert rules(found) == ["bakvakt-competence"] and "without meeting" in found[0].explanation.en


@pytest.mark.parametrize(("days_apart", "flagged"), [(6, True), (7, False)])
def test_local_shift_frequency_policy(days_apart: int, flagged: bool) -> None:
    data = plan(policy={"max_shift_frequency_days": 7})
    rota = [shift("a", T(2026, 1, 5, 16), 16), shift("a", T(2026, 1, 5 + days_apart, 16), 16)]
    found = check_rota(scenario(data), rota)
    assert rules(found) == (["local-shift-frequency"] if flagged else [])
    assert all(f.kind.value == "local_policy" for f in found)


def test_no_frequency_finding_without_a_local_policy() -> None:
    rota = [shift("a", T(2026, 1, 5, 16), 16), shift("a", T(2026, 1, 7, 16), 16)]
    assert check_rota(scenario(), rota) == []


def test_nights_per_month_count_duties_over_three_night_hours() -> None:
    data = plan(policy={"max_nights_per_month": 2})
    evenings = [shift("a", T(2026, 1, d, 16), 6) for d in (5, 7, 9)]  # 16-22: 1 h of night each
    assert check_rota(scenario(data), evenings) == []
    nights = [shift("a", T(2026, 1, d, 16), 16) for d in (5, 7, 9)]
    [found] = check_rota(scenario(data), nights)
    assert found.rule_id == "local-nights-per-month" and (found.measured, found.limit) == (3, 2)


def test_rota_naming_an_unknown_physician_is_an_error() -> None:
    with pytest.raises(ValueError, match="not in the scenario: ghost"):
        check_rota(scenario(), [shift("ghost", T(2026, 1, 5, 16), 8)])
