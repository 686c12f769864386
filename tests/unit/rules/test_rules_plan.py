"""Static checks of a plan: each change to the clean base plan causes the finding it should."""

from __future__ import annotations

import datetime as dt

import pytest
from rules_testkit import BASE, gp, plan, scenario

from simulator.idealtypes.shared_kommuneoverlege import SharedKommuneoverlege
from simulator.rules import Severity, check_scenario
from simulator.rules.catalogue import Kind
from simulator.rules.findings import Finding

D = dt.date


def ids(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.subject_id, f.severity.value) for f in findings]


def test_the_base_plan_breaks_no_rule() -> None:
    assert check_scenario(scenario()) == []


def test_list_ceiling_above_2500_is_a_breach_citing_the_regulation() -> None:
    data = plan(
        physicians=[
            gp("a", list_ceiling=2600, kommuneoverlege=[{"municipality": "town", "fte": 0.2}]),
            gp("b"),
        ]
    )
    [found] = check_scenario(scenario(data))
    assert (found.rule_id, found.subject_id, found.severity) == (
        "list-ceiling-max",
        "a",
        Severity.breach,
    )
    assert found.source.paragraph == "§ 10" and found.source.lovdata == "FOR-2025-12-02-2405"
    assert (found.measured, found.limit) == (2600, 2500)
    assert found.kind is Kind.law


def test_list_ceiling_rule_before_2026_cites_old_paragraph_34_and_is_unverified() -> None:
    data = plan(
        physicians=[
            gp("a", list_ceiling=2600, kommuneoverlege=[{"municipality": "town", "fte": 0.2}]),
            gp("b"),
        ]
    )
    found = [
        f for f in check_scenario(scenario(data), D(2020, 1, 1)) if f.rule_id == "list-ceiling-max"
    ]
    assert [f.source.paragraph for f in found] == ["§ 34"]
    assert found[0].unverified is not None and "inferred" in found[0].unverified


def test_ceiling_below_500_needs_an_agreement() -> None:
    low = gp("b", list_size=300, list_ceiling=400)
    data = plan(physicians=[BASE["physicians"][0], low])
    assert ids(check_scenario(scenario(data))) == [("list-ceiling-min-agreement", "b", "breach")]
    data = plan(physicians=[BASE["physicians"][0], {**low, "list_ceiling_agreed": True}])
    assert check_scenario(scenario(data)) == []


@pytest.mark.parametrize(
    ("fte", "hours", "flagged"),
    [(1.0, 7.5, False), (1.0, 8.0, True), (0.5, 4.0, True), (0.5, 3.75, False)],
)
def test_public_duties_are_limited_pro_rata(fte: float, hours: float, flagged: bool) -> None:
    duty = {"task": "nursing_home", "hours_per_week": hours}
    data = plan(physicians=[BASE["physicians"][0], gp("b", fte=fte, public_duties=[duty])])
    found = check_scenario(scenario(data))
    assert ids(found) == ([("public-duties-max", "b", "warning")] if flagged else [])


def test_extra_weekly_hours_such_as_meetings_count_within_the_limit() -> None:
    duty = {"task": "nursing_home", "hours_per_week": 7.0}
    data = plan(physicians=[BASE["physicians"][0], gp("b", public_duties=[duty])])
    assert check_scenario(scenario(data), extra_public_duty_hours={"b": 0.5}) == []
    found = check_scenario(scenario(data), extra_public_duty_hours={"b": 1.0})
    assert [(f.rule_id, f.measured) for f in found] == [("public-duties-max", 8.0)]


def test_age_exemption_right_is_a_warning_in_the_plan_unless_opted_in() -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", age=61)])
    assert ids(check_scenario(scenario(data))) == [("legevakt-exemption-age", "b", "warning")]
    data = plan(physicians=[BASE["physicians"][0], gp("b", age=61, opted_in=True)])
    assert check_scenario(scenario(data)) == []


def test_exemption_age_55_applies_only_in_the_first_half_of_2013() -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", age=57)])
    rules = {
        day: [f.rule_id for f in check_scenario(scenario(data), day)]
        for day in (D(2012, 12, 31), D(2013, 1, 1), D(2013, 7, 1))
    }
    assert "legevakt-exemption-age" not in rules[D(2012, 12, 31)]
    assert "legevakt-exemption-age" in rules[D(2013, 1, 1)]
    assert "legevakt-exemption-age" not in rules[D(2013, 7, 1)]


def test_doctor_kept_exempt_from_2013_at_55_keeps_the_exemption() -> None:
    kept = gp("b", age=57, exemptions=[{"kind": "age", "period": {"from": "2013-03-01"}}])
    data = plan(physicians=[BASE["physicians"][0], kept])
    assert ids(check_scenario(scenario(data), D(2020, 1, 1))) == [
        ("legevakt-exemption-age", "b", "warning")
    ]


def test_pregnancy_and_breastfeeding_apply_within_their_periods() -> None:
    doctor = gp(
        "b",
        exemptions=[
            {"kind": "pregnancy", "period": {"from": "2026-01-01", "to": "2026-03-31"}},
            {"kind": "breastfeeding", "period": {"from": "2026-04-01", "to": "2026-12-31"}},
        ],
    )
    data = plan(physicians=[BASE["physicians"][0], doctor])
    assert [f.rule_id for f in check_scenario(scenario(data), D(2026, 2, 1))] == [
        "legevakt-exemption-pregnancy"
    ]
    assert [f.rule_id for f in check_scenario(scenario(data), D(2026, 5, 1))] == [
        "legevakt-exemption-breastfeeding"
    ]


def test_health_exemption_counts_only_when_granted() -> None:
    asked = gp("b", exemptions=[{"kind": "health", "granted": False}])
    data = plan(physicians=[BASE["physicians"][0], asked])
    assert check_scenario(scenario(data)) == []
    data = plan(physicians=[BASE["physicians"][0], {**asked, "exemptions": [{"kind": "health"}]}])
    assert ids(check_scenario(scenario(data))) == [("legevakt-exemption-granted", "b", "warning")]


def test_doctors_from_55_get_information_on_particular_consideration() -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", age=56)])
    assert ids(check_scenario(scenario(data))) == [("legevakt-consideration-55", "b", "info")]


def test_doctor_outside_the_pool_gets_no_exemption_finding() -> None:
    data = plan(
        physicians=[BASE["physicians"][0], gp("b", age=63, role="gp", office=None, list_size=0)]
    )
    assert check_scenario(scenario(data)) == []


def test_uncovered_hours_of_the_week_are_a_24_7_breach() -> None:
    data = plan()
    data["legevakt"][0]["shifts"][0]["start"] = "17:00"
    [found] = check_scenario(scenario(data))
    assert found.rule_id == "legevakt-24-7" and found.measured == 5.0
    assert "mon 16:00–17:00" in found.explanation.en


def test_a_weekday_holiday_must_be_covered_by_the_sunday_shifts() -> None:
    data = plan()
    data["legevakt"][0]["shifts"][1] = {
        "id": "weekend",
        "days": ["sat"],
        "start": "08:00",
        "hours": 48,
    }
    [found] = check_scenario(scenario(data))
    assert found.rule_id == "legevakt-24-7" and "public holiday" in found.explanation.en


def test_a_municipality_without_legevakt_is_a_breach() -> None:
    found = check_scenario(
        scenario(
            plan(legevakt=[], kad=[{**BASE["kad"][0], "cover": "gp_on_duty", "legevakt": None}])
        )
    )
    assert ("legevakt-24-7", "town", "breach") in ids(found)


def test_a_doctor_without_competence_needs_bakvakt() -> None:
    lis1 = gp(
        "c", role="lis1", list_size=0, list_ceiling=None, competence={"lis1_completed": False}
    )
    data = plan(physicians=[*BASE["physicians"], lis1])
    assert ids(check_scenario(scenario(data))) == [("bakvakt-competence", "lv", "breach")]
    data["legevakt"][0]["shifts"].append(
        {"id": "backup", "start": "16:00", "hours": 24, "mode": "backup"}
    )
    assert check_scenario(scenario(data)) == []


def test_lis1_completed_was_enough_only_from_the_2021_exception() -> None:
    lis1 = gp(
        "c",
        role="lis1",
        list_size=0,
        list_ceiling=None,
        competence={"lis1_completed": True, "legevakt_courses": True},
    )
    data = plan(physicians=[*BASE["physicians"], lis1])
    assert [f.rule_id for f in check_scenario(scenario(data), D(2021, 1, 1))] == [
        "bakvakt-competence"
    ]
    assert check_scenario(scenario(data), D(2022, 1, 1)) == []


def test_kommuneoverlege_may_be_shared_through_a_collaboration() -> None:
    doctors = [gp("a"), gp("b")]
    assert ids(check_scenario(scenario(plan(physicians=doctors)))) == [
        ("kommuneoverlege", "town", "breach")
    ]
    shared = {"type": "shared_kommuneoverlege", "id": "kol", "host": "town", "physicians": ["a"]}
    assert check_scenario(scenario(plan(physicians=doctors, collaborations=[shared]))) == []
    assert SharedKommuneoverlege.model_fields["physicians"]


def test_kad_duty_starts_2016_somatic_and_2017_mental_health() -> None:
    data = plan(kad=[{**BASE["kad"][0], "mental_health": False}])
    assert [f.rule_id for f in check_scenario(scenario(data), D(2016, 6, 1))] == []
    assert [f.rule_id for f in check_scenario(scenario(data), D(2017, 1, 1))] == [
        "kad-mental-health"
    ]
    no_kad = plan(kad=[])
    assert [f.rule_id for f in check_scenario(scenario(no_kad), D(2015, 12, 31))] == []
    assert [f.rule_id for f in check_scenario(scenario(no_kad), D(2016, 1, 1))] == ["kad-somatic"]


def test_branch_office_doctors_must_be_salaried() -> None:
    data = plan()
    data["offices"].append(
        {
            "id": "branch",
            "name": "Branch",
            "place": "centre",
            "municipality": "town",
            "branch_of": "office",
        }
    )
    data["physicians"][1]["branch_days"] = [{"office": "branch", "days": ["tue"]}]
    found = check_scenario(scenario(data))
    assert ids(found) == [("branch-office-salaried", "b", "breach")]
    assert found[0].kind is Kind.local_policy
    data["physicians"][1]["employment"] = "salaried"
    assert check_scenario(scenario(data)) == []


def test_gp_agreement_age_limit_was_75_before_2026_and_is_80_now() -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", age=76, opted_in=True)])
    assert ("gp-agreement-age-limit", "b", "breach") in ids(
        check_scenario(scenario(data), D(2025, 6, 1))
    )
    assert ("gp-agreement-age-limit", "b", "info") in ids(
        check_scenario(scenario(data), D(2026, 6, 1))
    )


def test_salaried_full_time_list_above_1500_is_a_warning() -> None:
    data = plan(
        physicians=[
            BASE["physicians"][0],
            gp("b", employment="salaried", list_size=1600, list_ceiling=1600),
        ]
    )
    assert ids(check_scenario(scenario(data))) == [("salaried-list-full-time", "b", "warning")]
