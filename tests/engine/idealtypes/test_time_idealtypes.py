"""The idealtypes that claim physician time or move work, each with and without, through
`simulate`: the sizes are those of issue 6 (onsdagsmøte 0.75 h/week, team training ≈ 17 h a
year, two travel legs per branch day, one KOL FTE split as configured, follow-ups moved)."""

from __future__ import annotations

import pytest

from simulator.plan.timeline import Category

from .region import (
    COSTS,
    DRIVE_KM,
    DRIVE_MINUTES,
    FTE_HOURS_PER_YEAR,
    WEEKS_PER_YEAR,
    hours_per_week,
    region,
    run,
)

GPS = ("a1", "a2", "a3", "b1")


@pytest.fixture(scope="module")
def without():
    return run(region())


def test_weekly_onsdagsmote_adds_three_quarters_of_an_hour_to_each_attending_gp(without):
    forum = {
        "type": "cooperation_forum",
        "id": "onsdag",
        "host": "a",
        "duration_minutes": 45,
        "attendees": {"physicians": ["a1", "a2", "a3"]},
    }
    with_ = run(region(), forum)
    for gp in ("a1", "a2", "a3"):
        added = hours_per_week(with_, gp, Category.public_duties) - hours_per_week(
            without, gp, Category.public_duties
        )
        assert added == pytest.approx(0.75)
    assert hours_per_week(with_, "b1", Category.public_duties) == 0
    clinical = hours_per_week(with_, "a1", Category.office_clinical)
    assert clinical < hours_per_week(without, "a1", Category.office_clinical)


def test_team_training_every_sixth_week_is_about_17_hours_a_year(without):
    training = {
        "type": "emergency_team_training",
        "id": "teamtrening",
        "host": "a",
        "members": ["b"],
        "interval_weeks": 6,
        "duration_hours": 2,
        "allowance_nok_per_year": 12_000,
    }
    with_ = run(region(), training, weeks=12)  # two whole cycles after the warm-up week
    for gp in GPS:
        per_year = hours_per_week(with_, gp, Category.training) * WEEKS_PER_YEAR
        assert per_year == pytest.approx(2 * WEEKS_PER_YEAR / 6)  # 17.4 h
        assert 17 <= per_year <= 18
    assert without.kpis["physician.weekly_hours.training.mean"] == 0
    years = with_.weeks / WEEKS_PER_YEAR
    assert with_.kpis["cost.total_nok"] == pytest.approx(12_000 * years)


def test_a_branch_office_day_adds_two_travel_legs_of_the_network(without):
    branch = {
        "type": "branch_office_gp_service",
        "id": "utekontor",
        "host": "a",
        "members": ["b"],
        "main_office": "lk-a",
        "branch_offices": ["ute-b"],
        "physicians": ["a1"],
        "branch_days_per_week": 1,
        "cars": 1,
    }
    with_ = run(region(), branch)
    weeks = with_.weeks
    assert hours_per_week(with_, "a1", Category.travel) == pytest.approx(2 * DRIVE_MINUTES / 60)
    assert hours_per_week(with_, "a2", Category.travel) == 0
    assert with_.kpis["travel.doctor_km"] == pytest.approx(weeks * 2 * DRIVE_KM)
    assert without.kpis["travel.doctor_km"] == 0
    years = weeks / WEEKS_PER_YEAR
    extra = (50_000 + 90_000) * years + weeks * 2 * DRIVE_KM * COSTS.travel_per_km_nok
    assert with_.kpis["cost.total_nok"] - without.kpis["cost.total_nok"] == pytest.approx(extra)


def test_a_shared_kommuneoverlege_splits_one_fte_between_the_members_as_configured(without):
    kol = {
        "type": "shared_kommuneoverlege",
        "id": "kol",
        "host": "a",
        "members": ["b"],
        "physicians": ["a1", "b1"],
        "fte_per_physician": 0.5,
        "split": {"a": 0.7, "b": 0.3},
    }
    data = region()
    b1 = next(p for p in data["physicians"] if p["id"] == "b1")
    b1["kommuneoverlege"] = [{"municipality": "b", "fte": 0.5}]  # listed: not counted twice
    with_ = run(data, kol)
    for gp in ("a1", "b1"):
        assert hours_per_week(with_, gp, Category.kommuneoverlege) == pytest.approx(37.5 / 2)
    assert hours_per_week(with_, "a2", Category.kommuneoverlege) == 0
    # the host employs the position and b buys its 30 %: costs shift, the total does not
    position = COSTS.salaried_gp_year_nok * with_.weeks / WEEKS_PER_YEAR
    for muni, paid in (("a", 0.7 - 1), ("b", 0.3)):
        added = (
            with_.by_municipality[muni]["cost.total_nok"]
            - without.by_municipality[muni]["cost.total_nok"]
        )
        assert added == pytest.approx(paid * position)
    assert with_.kpis["cost.total_nok"] == pytest.approx(without.kpis["cost.total_nok"], abs=1)
    assert without.kpis["physician.weekly_hours.kommuneoverlege.mean"] == 0


def test_a_chronic_care_team_moves_the_configured_share_of_followups_to_nurses(without):
    team = {
        "type": "chronic_care_team",
        "id": "diabetesteam",
        "host": "a",
        "members": ["b"],
        "patients": 600,
        "followups_per_patient_per_year": 4,
        "share_moved_to_nurses": 0.5,
        "nurse_fte": 0.8,
        "responsible_gp": "a1",
        "responsible_gp_hours_per_week": 2,
    }
    with_ = run(region(), team)
    moved = with_.kpis["gp.requests_moved"]
    expected = 600 * 4 * 0.5 * with_.weeks / WEEKS_PER_YEAR  # 138 in six weeks
    assert moved == pytest.approx(expected, rel=0.2)
    # the same draws, less what the nurses took
    assert with_.kpis["gp.requests"] == without.kpis["gp.requests"] - moved
    assert without.kpis["gp.requests_moved"] == 0
    assert with_.kpis["gp.wait_days.mean"] < without.kpis["gp.wait_days.mean"]
    assert hours_per_week(with_, "a1", Category.meetings) == pytest.approx(2)
    nurses = 0.8 * FTE_HOURS_PER_YEAR * COSTS.nurse_hour_nok * with_.weeks / WEEKS_PER_YEAR
    added = with_.kpis["cost.total_nok"] - without.kpis["cost.total_nok"]
    assert added == pytest.approx(nurses)


def test_an_ambulatory_team_takes_gp_time_per_visit_and_costs_its_travel(without):
    team = {
        "type": "ambulatory_team",
        "id": "kreftteam",
        "host": "a",
        "members": ["b"],
        "base": "ca",
        "resource_gp": "a1",
        "resource_gp_hours_per_week": 2,
        "visits_per_month": 4,
        "gp_minutes_per_visit": 60,
        "team_size": 2,
    }
    with_ = run(region(), team)
    visit_hours = 4 * 12 / WEEKS_PER_YEAR * 1.0 / len(GPS)  # each GP's share of visits
    for gp in GPS:
        resource = 2 if gp == "a1" else 0
        meetings = hours_per_week(with_, gp, Category.meetings)
        # the ledger places whole minutes: within a minute a week of the average
        assert meetings == pytest.approx(visit_hours + resource, abs=1 / 60)
        lost = hours_per_week(without, gp, Category.office_clinical) - hours_per_week(
            with_, gp, Category.office_clinical
        )
        assert lost > 0
    # visits alternate between a (no drive) and b (an hour each way), the team in one car
    round_trip_hours, round_trip_km = DRIVE_MINUTES / 60, DRIVE_KM
    per_year = (
        48 * round_trip_hours * 2 * COSTS.nurse_hour_nok
        + 48 * round_trip_km * COSTS.travel_per_km_nok
        + 2 * WEEKS_PER_YEAR * COSTS.gp_hour_nok
    )
    added = with_.kpis["cost.total_nok"] - without.kpis["cost.total_nok"]
    assert added == pytest.approx(per_year * with_.weeks / WEEKS_PER_YEAR)


def test_a_hospital_trust_team_leaves_its_travel_to_the_trust(without):
    team = {
        "type": "area_geriatric_team",  # a preset: municipal_team false, no resource GP hours
        "id": "ogt",
        "host": "a",
        "members": ["b"],
        "base": "cb",
    }
    with_ = run(region(), team)
    assert with_.kpis["cost.total_nok"] == without.kpis["cost.total_nok"]
    visit_hours = 2 * 12 / WEEKS_PER_YEAR * 0.5 / len(GPS)  # 2 visits a month, 30 min each
    meetings = hours_per_week(with_, "a2", Category.meetings)
    assert meetings == pytest.approx(visit_hours, abs=1 / 60)
