"""Call centre, GP booking, idealtype expansions and a small Senja-like run."""

from __future__ import annotations

import numpy as np
import pytest

from simulator import simulate
from simulator.compiler import compile_plan
from simulator.engine.call_centre import answer
from simulator.plan.timeline import Category
from simulator.scenario import Scenario
from tests.support.scenarios import base


def test_call_centre_is_first_come_first_served_over_the_nurses():
    times = np.array([0.0, 0.0, 0.0, 10.0])
    waits, ends = answer(times, np.array([5.0, 5.0, 5.0, 1.0]), 2)
    assert waits.tolist() == [0.0, 0.0, 5.0, 0.0]
    assert ends.tolist() == [5.0, 5.0, 10.0, 11.0]


def _senja_like() -> Scenario:
    data = base(
        places=[
            {"id": "centre", "name": "Centre", "lat": 69.2, "lon": 17.9, "municipality": "m"},
            {"id": "ute1", "name": "Ute1", "lat": 69.45, "lon": 17.3, "municipality": "b"},
        ],
        municipalities=[
            {"id": "m", "number": "1001", "name": "M", "population": 3000, "centre": "centre"},
            {"id": "b", "number": "1002", "name": "B", "population": 800, "centre": "ute1"},
        ],
        offices=[
            {"id": "lk", "name": "LK", "place": "centre", "municipality": "m"},
            {"id": "ute", "name": "Ute", "place": "ute1", "municipality": "b", "branch_of": "lk"},
        ],
        physicians=[
            {
                "id": "gp1",
                "office": "lk",
                "age": 40,
                "fte": 1.0,
                "list_size": 900,
                "employment": "salaried",
            },
            {
                "id": "gp2",
                "office": "lk",
                "age": 45,
                "fte": 1.0,
                "list_size": 800,
                "employment": "salaried",
                "list_municipality": "b",
            },
            {
                "id": "gp3",
                "office": "lk",
                "age": 62,
                "fte": 1.0,
                "list_size": 900,
                "exemptions": [{"kind": "age"}],
            },
            *(
                {"id": f"sn{i}", "office": "lk", "age": 50, "fte": 1.0, "list_size": 700}
                for i in range(5)
            ),
        ],
        collaborations=[
            {
                "type": "branch_office_gp_service",
                "id": "senjalegen",
                "host": "m",
                "members": ["b"],
                "main_office": "lk",
                "branch_offices": ["ute"],
            },
            {"type": "cooperation_forum", "id": "onsdag", "host": "m", "members": ["b"]},
            {"type": "emergency_team_training", "id": "best", "host": "m"},
            {
                "type": "shared_kommuneoverlege",
                "id": "kol",
                "host": "m",
                "members": ["b"],
                "physicians": ["gp3"],
            },
        ],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m", "b"],
                "shifts": [{"id": "n", "start": "16:00", "end": "08:00", "mode": "home_call"}],
            }
        ],
    )
    for physician in data["physicians"]:
        physician["competence"] = {"specialist_general_practice": True}
    return Scenario.model_validate(data)


def test_branch_office_expansion_gives_salaried_gps_branch_days_and_costs():
    plan = compile_plan(_senja_like())
    days = plan.contribution.branch_days
    assert {d.physician for d in days} == {"gp1", "gp2"}
    assert {d.weekday for d in days} == {0, 1}
    assert all(d.office == "ute" and d.minutes > 20 for d in days)
    costs = {c.item: c.nok_per_year for c in plan.contribution.costs}
    assert costs["branch supplement"] == 100_000
    assert costs["cars"] == 180_000


def test_forum_training_and_kommuneoverlege_expansions():
    contribution = compile_plan(_senja_like()).contribution
    meetings = [c for c in contribution.commitments if c.category is Category.public_duties]
    assert {c.physician for c in meetings} == {"gp1", "gp2", "gp3", *(f"sn{i}" for i in range(5))}
    training = [c for c in contribution.commitments if c.category is Category.training]
    assert sorted(c.phase for c in training) == [0, 0, 1, 1, 2, 3, 4, 5]  # staggered over 6 weeks
    (kol,) = contribution.weekly_hours
    assert kol.physician == "gp3" and kol.minutes_per_week == pytest.approx(0.2 * 37.5 * 60)


def test_branch_patients_get_their_appointments_and_gps_travel():
    result = simulate(_senja_like(), 2, weeks=6)
    k, b = result.kpis, result.by_municipality["b"]
    assert k["travel.doctor_km"] > 0
    assert k["physician.weekly_hours.training.mean"] > 0
    assert k["physician.weekly_hours.kommuneoverlege.mean"] == pytest.approx(7.5 / 8, rel=0.2)
    assert 0 < b["gp.within_5_days"] <= 1
    assert b["gp.patient_km"] > 0  # some branch patients take a main-office slot


def test_a_split_list_books_home_patients_at_home_and_branch_patients_anywhere():
    data = _senja_like().model_dump(by_alias=True)
    gp1 = next(p for p in data["physicians"] if p["id"] == "gp1")
    gp1["list_split"] = {"m": 0.5, "b": 0.5}
    result = simulate(Scenario.model_validate(data), 2, weeks=6)
    assert result.by_municipality["m"]["gp.patient_km"] == 0  # never sent to the branch
    assert result.by_municipality["b"]["gp.patient_km"] > 0


def test_time_commitment_claims_weekly_hours_in_its_category():
    data = _senja_like().model_dump(by_alias=True)
    data["collaborations"] = [
        {
            "type": "time_commitment",
            "id": "pko",
            "host": "m",
            "hours": 2,
            "per": "event",
            "events_per_year": 26,
            "category": "meetings",
            "attendees": {"physicians": ["gp1", "sn0"]},
        },
    ]
    contribution = compile_plan(Scenario.model_validate(data)).contribution
    assert [(w.physician, w.category, w.minutes_per_week) for w in contribution.weekly_hours] == [
        ("gp1", Category.meetings, 60.0),
        ("sn0", Category.meetings, 60.0),
    ]
