"""Physician calendars: painting priorities, rest after duty, branch days, vacations."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.engine.calendar import Calendar
from simulator.engine.schedule import Block, Schedules
from simulator.plan.assignment import Assignment
from simulator.plan.plan import BranchDay, Plan, PlanContribution
from simulator.plan.timeline import Category, overlaps_night
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode
from simulator.vacation import scenario_vacations
from tests.support.painting import painted
from tests.support.scenarios import START, base


def test_paint_gives_the_higher_priority_and_fills_gaps_with_off():
    blocks = [Block(10, 50, 20, Category.office_clinical), Block(30, 40, 90, Category.meetings)]
    assert painted(blocks, 60) == [
        (0, 10, Category.off),
        (10, 30, Category.office_clinical),
        (30, 40, Category.meetings),
        (40, 50, Category.office_clinical),
        (50, 60, Category.off),
    ]


def test_night_is_21_to_06():
    assert overlaps_night(16 * 60, 32 * 60)
    assert not overlaps_night(8 * 60, 16 * 60)
    assert overlaps_night(5 * 60, 7 * 60)
    assert not overlaps_night(6 * 60, 21 * 60)  # touching both nights, overlapping neither


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3 * 1440), st.integers(1, 2 * 1440)), min_size=1))
def test_night_overlap_is_minute_by_minute_night(spans: list[tuple[int, int]]) -> None:
    starts = np.array([s for s, _ in spans])
    ends = starts + np.array([n for _, n in spans])
    expected = [
        any(m % 1440 >= 21 * 60 or m % 1440 < 6 * 60 for m in range(s, e))
        for s, e in zip(starts, ends, strict=True)
    ]
    assert list(overlaps_night(starts, ends)) == expected
    assert [
        bool(overlaps_night(int(s), int(e))) for s, e in zip(starts, ends, strict=True)
    ] == expected


def test_vacations_are_staggered_among_colleagues():
    """Seven colleagues of an office in no pool: a third away in summer, half in the rest."""
    data = base(
        offices=[{"id": "lk", "name": "LK", "place": "centre", "municipality": "m"}],
        physicians=[
            {"id": f"gp{i}", "office": "lk", "age": 40, "fte": 1.0, "list_size": 800}
            for i in range(7)
        ],
    )
    office = list(scenario_vacations(Scenario.model_validate(data), {}).values())
    assert all(len(weeks) == 5 for weeks in office)
    away = {week: sum(week in weeks for weeks in office) for week in range(1, 53)}
    assert max(away[w] for w in range(20, 41)) <= 3  # summer: a third of 7, rounded up
    assert max(away.values()) <= 4  # the other holiday weeks: half, rounded up
    summer = [w for weeks in office for w in weeks if 20 <= w <= 40]
    assert len(summer) == 7 * 3
    assert min(summer) >= 23 and max(summer) <= 39  # 1 June–30 September (ferieloven § 7)


def _scenario(bakvakt: str = "excluded") -> Scenario:
    return Scenario.model_validate(
        base(
            legevakt=[
                {
                    "id": "lv",
                    "name": "LV",
                    "station": "centre",
                    "municipalities": ["m"],
                    "shifts": [
                        {"id": "night", "start": "16:00", "end": "08:00", "mode": "home_call"},
                        {
                            "id": "bakvakt",
                            "start": "08:00",
                            "hours": 24,
                            "mode": "backup",
                            "office_days": bakvakt,
                        },
                    ],
                }
            ],
            places=[
                {"id": "centre", "name": "Centre", "lat": 69.0, "lon": 18.0, "municipality": "m"},
                {"id": "far", "name": "Far", "lat": 69.3, "lon": 18.0, "municipality": "m"},
            ],
            offices=[
                {"id": "lk", "name": "LK", "place": "centre", "municipality": "m"},
                {
                    "id": "ute",
                    "name": "Ute",
                    "place": "far",
                    "municipality": "m",
                    "branch_of": "lk",
                },
            ],
            physicians=[
                {"id": f"gp{i}", "office": "lk", "age": 40, "fte": 1.0, "list_size": 800}
                for i in range(2)
            ],
        )
    )


def _minutes(intervals, day, category):
    lo, hi = day * 1440, (day + 1) * 1440
    return sum(
        min(e, hi) - max(s, lo) for s, e, c in intervals if c is category and e > lo and s < hi
    )


def test_night_shift_rest_removes_the_next_office_day():
    scenario = _scenario()
    calendar = Calendar.for_horizon(START, 2, 0)
    schedules = Schedules(Plan(scenario), calendar, 0.8)
    gp = scenario.physicians[0]
    origin = dt.datetime.combine(START, dt.time())
    shift = Assignment(
        "lv",
        "night",
        gp.id,
        origin + dt.timedelta(hours=16),
        origin + dt.timedelta(hours=32),
        ShiftMode.home_call,
    )
    intervals = painted(schedules.blocks(gp, [shift]), calendar.horizon)
    assert _minutes(intervals, 1, Category.office_clinical) == 0  # Tuesday lost to rest
    assert _minutes(intervals, 1, Category.rest_after_duty) == 8 * 60
    assert _minutes(intervals, 2, Category.office_clinical) > 0


def test_branch_day_travel_is_working_time_taken_from_the_office_day():
    scenario = _scenario()
    calendar = Calendar.for_horizon(START, 2, 0)
    branch = BranchDay("gp0", 2, "ute", 40.0, 35.0)
    schedules = Schedules(Plan(scenario, PlanContribution(branch_days=(branch,))), calendar, 1.0)
    gp = scenario.physicians[0]
    intervals = painted(schedules.blocks(gp, []), calendar.horizon)
    assert _minutes(intervals, 2, Category.travel) == 80
    assert _minutes(intervals, 1, Category.office_clinical) == 450
    assert _minutes(intervals, 2, Category.office_clinical) == 450 - 80
    assert schedules.office_ids(gp)[2] == "ute"
    assert schedules.office_ids(gp)[1] == "lk"


def test_a_bakvakt_kept_from_the_office_leaves_the_office_day_and_covers_the_rest():
    origin = dt.datetime.combine(START, dt.time())
    day = (origin + dt.timedelta(hours=8), origin + dt.timedelta(hours=32))
    monday = {}
    for policy in ("kept", "excluded"):
        scenario = _scenario(bakvakt=policy)
        schedules = Schedules(Plan(scenario), Calendar.for_horizon(START, 2, 0), 1.0)
        gp = scenario.physicians[0]
        shift = Assignment("lv", "bakvakt", gp.id, *day, ShiftMode.backup)
        intervals = painted(schedules.blocks(gp, [shift]), 14 * 1440)
        monday[policy] = (
            _minutes(intervals, 0, Category.office_clinical),
            _minutes(intervals, 0, Category.backup_on_call),
        )
    assert monday["kept"] == (450, 1440 - 8 * 60 - 450)  # office 08:00–15:30 stands
    assert monday["excluded"] == (0, 1440 - 8 * 60)  # the shift wins over the office


def test_the_calendars_of_the_last_plan_are_kept_for_its_horizon_and_share():
    plan = Plan(_scenario())
    calendar = Calendar.for_horizon(START, 2, 0)
    kept = Schedules.for_plan(plan, calendar, 0.8)
    assert Schedules.for_plan(plan, Calendar.for_horizon(START, 2, 0), 0.8) is kept
    assert Schedules.for_plan(plan, Calendar.for_horizon(START, 3, 0), 0.8) is not kept
    assert Schedules.for_plan(plan, calendar, 0.7).clinical_share == 0.7
    assert Schedules.for_plan(Plan(_scenario()), calendar, 0.7).plan is not plan
