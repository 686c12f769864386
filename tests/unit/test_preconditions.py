"""Idealtype preconditions as findings over small scenarios."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from simulator.idealtypes.library import load_library
from simulator.idealtypes.preconditions import (
    check_plan,
    check_preconditions,
    collaboration_public_duty_hours,
    precondition_checks,
)
from simulator.rules import check_scenario
from simulator.scenario import Scenario

BASE: dict[str, Any] = {
    "scenario": {"id": "t", "title": "t", "start_date": "2026-01-05"},
    "municipalities": [
        {"id": "host", "number": "5501", "name": "Host", "population": 11000, "centre": "h"},
        {"id": "small", "number": "5502", "name": "Small", "population": 1000, "centre": "s"},
    ],
    "places": [
        {"id": "h", "name": "H", "lat": 69.2, "lon": 17.9, "municipality": "host"},
        {"id": "s", "name": "S", "lat": 69.4, "lon": 17.3, "municipality": "small"},
    ],
    "offices": [
        {"id": "main", "name": "Main", "place": "h", "municipality": "host"},
        {
            "id": "branch",
            "name": "Branch",
            "place": "s",
            "municipality": "small",
            "branch_of": "main",
        },
    ],
    "physicians": [
        {"id": "sal", "office": "main", "age": 40, "fte": 1.0, "employment": "salaried"},
        {"id": "self", "office": "main", "age": 50, "fte": 1.0, "employment": "self_employed"},
    ],
    "legevakt": [
        {
            "id": "lv",
            "name": "LV",
            "station": "h",
            "municipalities": ["host"],
            "shifts": [{"id": "night", "start": "16:00", "end": "08:00"}],
        }
    ],
}


def scenario(**changes: Any) -> Scenario:
    data = copy.deepcopy(BASE)
    data.update(changes)
    return Scenario.model_validate(data)


def physicians(*overrides: dict[str, Any]) -> list[dict[str, Any]]:
    merged = copy.deepcopy(BASE["physicians"])
    for p, extra in zip(merged, overrides, strict=False):
        p.update(extra)
    return merged


def findings(s: Scenario, rule: str) -> list[Any]:
    return [f for f in check_preconditions(s) if f.rule_id == rule]


BRANCH = "branch-office-salaried"  # a rule of the catalogue
UNSERVED = "precondition-branch-office-unserved"
SYKESTUE = "precondition-physician-led-sykestue-salaried"
FORUM = "public-duties-max"  # a rule of the catalogue, with the hours forums add


def branch_service(**extra: Any) -> dict[str, Any]:
    return {
        "type": "branch_office_gp_service",
        "id": "senjalegen",
        "host": "host",
        "members": ["small"],
        "main_office": "main",
        "branch_offices": ["branch"],
        **extra,
    }


def test_a_self_employed_gp_serving_a_branch_office_is_a_finding_citing_the_report() -> None:
    (found,) = findings(scenario(collaborations=[branch_service(physicians=["self"])]), BRANCH)
    assert (found.subject_kind, found.subject_id) == ("physician", "self")
    assert "KS/Norut" in found.source.law and found.source.paragraph.startswith("2.1")


def test_salaried_branch_gps_meet_the_precondition() -> None:
    assert findings(scenario(collaborations=[branch_service(physicians=["sal"])]), BRANCH) == []
    assert findings(scenario(collaborations=[branch_service()]), BRANCH) == []


def test_branch_days_of_a_self_employed_gp_count_as_serving_the_branch() -> None:
    staff = physicians({}, {"branch_days": [{"office": "branch", "days": ["tue"]}]})
    s = scenario(physicians=staff, collaborations=[branch_service()])
    assert [f.subject_id for f in findings(s, BRANCH)] == ["self"]


def test_no_salaried_gp_at_the_main_office_leaves_the_branches_unserved() -> None:
    staff = physicians({"employment": "self_employed"})
    (found,) = findings(scenario(physicians=staff, collaborations=[branch_service()]), UNSERVED)
    assert (found.subject_kind, found.subject_id) == ("office", "main")
    assert "L1903" in found.source.paragraph


def sykestue(**extra: Any) -> dict[str, Any]:
    return {
        "id": "stue",
        "name": "Stue",
        "place": "h",
        "beds": 4,
        "municipalities": ["host"],
        "physician_led": True,
        "physician": "sal",
        **extra,
    }


@pytest.mark.parametrize(
    ("unit", "subjects"),
    [
        (sykestue(), []),
        (sykestue(physician="self"), [("physician", "self")]),
        (sykestue(cover="legevakt", legevakt="lv", physician=None), [("municipality", "host")]),
        (sykestue(physician="self", physician_led=False), []),
    ],
)
def test_a_physician_led_sykestue_needs_a_salaried_gp(unit: Any, subjects: list[Any]) -> None:
    found = findings(scenario(sykestuer=[unit]), SYKESTUE)
    assert [(f.subject_kind, f.subject_id) for f in found] == subjects
    assert all("3.6" in f.source.paragraph for f in found)


def forum(**extra: Any) -> dict[str, Any]:
    return {"type": "weekly_interdisciplinary_meeting", "id": "onsdag", "host": "host", **extra}


def duties(hours: float) -> dict[str, Any]:
    return {"public_duties": [{"task": "nursing_home", "hours_per_week": hours}]}


def test_a_mandatory_weekly_meeting_adds_three_quarters_of_an_hour_to_each_gp() -> None:
    assert collaboration_public_duty_hours(scenario(collaborations=[forum()])) == {
        "sal": 0.75,
        "self": 0.75,
    }


def test_a_voluntary_meeting_is_no_public_duty() -> None:
    s = scenario(collaborations=[forum(mandatory=False)])
    assert collaboration_public_duty_hours(s) == {}


def test_a_mandatory_forum_that_tips_public_duties_over_7_5_hours_is_a_finding() -> None:
    s = scenario(physicians=physicians(duties(7.0), duties(6.75)), collaborations=[forum()])
    (found,) = findings(s, FORUM)
    assert (found.subject_id, found.measured, found.limit) == ("sal", 7.75, 7.5)
    assert (found.source.paragraph, found.source.lovdata) == ("§ 32", "FOR-2025-12-02-2405")
    assert findings(scenario(physicians=physicians(duties(7.0))), FORUM) == []


def test_the_7_5_hours_are_pro_rata_for_part_time_gps() -> None:
    staff = physicians({**duties(3.5), "fte": 0.5})
    (found,) = findings(scenario(physicians=staff, collaborations=[forum()]), FORUM)
    assert (found.measured, found.limit) == (4.25, 3.75)


def test_before_2026_the_forum_finding_cites_the_2012_regulation() -> None:
    meta = {**BASE["scenario"], "start_date": "2025-01-06"}
    s = scenario(scenario=meta, physicians=physicians(duties(7.0)), collaborations=[forum()])
    (found,) = findings(s, FORUM)
    assert (found.source.paragraph, found.source.lovdata) == ("§ 12", "FOR-2012-08-29-842")


def test_a_municipal_sexual_assault_centre_is_historical_from_2015() -> None:
    centre = {
        "type": "intermunicipal_sexual_assault_centre",
        "id": "overgrep",
        "host": "host",
        "attendees": {"physicians": ["sal"]},
    }
    rule = "precondition-sexual-assault-centre-specialist-service"
    assert len(findings(scenario(collaborations=[centre]), rule)) == 1
    meta = {**BASE["scenario"], "start_date": "2014-01-06"}
    assert findings(scenario(scenario=meta, collaborations=[centre]), rule) == []
    in_2014 = check_preconditions(scenario(collaborations=[centre]), dt.date(2014, 6, 1))
    assert [f for f in in_2014 if f.rule_id == rule] == []


def test_a_seat_nobody_holds_is_a_warning() -> None:
    pko = {"type": "practice_consultant_scheme", "id": "pko", "host": "host"}
    rule = "precondition-collaboration-has-attendees"
    assert [f.subject_id for f in findings(scenario(collaborations=[pko]), rule)] == ["host"]
    held = {**pko, "attendees": {"physicians": ["self"]}}
    assert findings(scenario(collaborations=[held]), rule) == []


def test_an_intermunicipal_legevakt_must_serve_several_municipalities() -> None:
    rule = "precondition-legevakt-municipalities"
    shared = {"type": "intermunicipal_legevakt", "id": "ilv", "legevakt": "lv"}
    own = {"type": "municipal_legevakt", "id": "mlv", "legevakt": "lv"}
    assert [f.measured for f in findings(scenario(collaborations=[shared]), rule)] == [1]
    assert findings(scenario(collaborations=[own]), rule) == []


def test_kad_beds_on_a_single_doctor_legevakt_are_flagged() -> None:
    kad = {
        "id": "kad",
        "name": "KAD",
        "place": "h",
        "beds": 5,
        "municipalities": ["host"],
        "legevakt": "lv",
    }
    (found,) = findings(scenario(kad=[kad]), "precondition-kad-legevakt-two-doctors")
    assert (found.severity, found.subject_id) == ("info", "lv")
    two = copy.deepcopy(BASE["legevakt"])
    two[0]["shifts"][0]["doctors"] = 2
    assert (
        findings(scenario(kad=[kad], legevakt=two), "precondition-kad-legevakt-two-doctors") == []
    )


def test_a_chronic_care_team_moving_more_follow_ups_than_the_lists_hold_is_a_breach() -> None:
    rule = "precondition-chronic-care-within-lists"
    lists = physicians({"list_size": 500}, {"list_size": 500})
    team = {"type": "chronic_care_team", "id": "diabetes", "host": "host", "patients": 600}
    # 1 000 listed × 3.0 a year × (1 − same-day share) routine requests; the team moves 1 200
    assert findings(scenario(physicians=lists, collaborations=[team]), rule) == []
    bigger = {**team, "patients": 2000}  # moves 4 000 a year
    (found,) = findings(scenario(physicians=lists, collaborations=[bigger]), rule)
    assert (found.severity, found.subject_id) == ("breach", "host")
    assert "4000" in found.explanation.en


def test_every_check_is_named_by_a_model_and_every_named_check_exists() -> None:
    named = {c for i in load_library().values() for p in i.preconditions for c in p.checks}
    assert named == precondition_checks()


def test_the_plan_check_counts_forum_hours_once_and_keeps_the_idealtype_checks() -> None:
    staff = physicians({**duties(7.0), "employment": "self_employed"})
    s = scenario(physicians=staff, collaborations=[forum(), branch_service()])
    plan = [(f.rule_id, f.subject_id) for f in check_plan(s)]
    assert plan.count((FORUM, "sal")) == 1
    assert (UNSERVED, "main") in plan
    assert (FORUM, "self") not in plan  # 0.75 h of meetings alone is within the limit


def test_without_collaborations_the_plan_check_is_the_catalogue_check() -> None:
    s = scenario(physicians=physicians(duties(8.0)))
    assert check_plan(s) == check_scenario(s)
    assert ("public-duties-max", "sal") in [(f.rule_id, f.subject_id) for f in check_plan(s)]
