"""Legevakt coverage by the hour in the engine: each contact goes to the legevakt serving its
municipality at that minute, none to a closed one, and the doctor of the shift that ends as a
legevakt closes sees the patients who called before it closed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from simulator.compiler import compile_plan
from simulator.engine import EventLog, Plan, RunResult, simulate
from simulator.engine.calendar import Calendar
from simulator.engine.closing import Closings
from simulator.engine.coverage_hours import open_minutes, served_minutes
from simulator.engine.eventlog import schema
from simulator.engine.legevakt import Job, Kind
from simulator.plan.assignment import Assignment
from simulator.scenario import Scenario, load_scenario
from simulator.scenario.legevakt import ShiftMode
from simulator.scenario.legevakt_hours import week_shares
from tests.support.scenarios import START, base, station_only_rates

ROOT = Path(__file__).parents[2]
WEEKS = 4


def _run(plan: Plan, seed: int = 3) -> tuple[RunResult, pd.DataFrame]:
    batches: list[pa.RecordBatch] = []
    log = EventLog(batches.append, batch_rows=500)
    result = simulate(plan, seed, WEEKS, log)
    log.flush()
    return result, pa.Table.from_batches(batches, schema=schema()).to_pandas()


@pytest.fixture(scope="module")
def split() -> tuple[Scenario, Calendar, pd.DataFrame, RunResult]:
    scenario = load_scenario(ROOT / "scenarios/steigen-nord-salten.yaml")
    meta = scenario.scenario
    calendar = Calendar.for_horizon(meta.start_date, WEEKS, meta.warmup_weeks)
    result, events = _run(compile_plan(scenario, WEEKS))
    return scenario, calendar, events, result


def test_the_two_legevakter_split_every_minute_of_steigen_between_them(split) -> None:
    scenario, calendar, _, _ = split
    own, shared = (served_minutes(lv, "steigen", calendar) for lv in scenario.legevakt)
    assert own is not None and shared is not None
    assert (own ^ shared).all()  # exactly one of them at every minute, holidays included
    assert served_minutes(scenario.legevakt[1], "hamaroy", calendar) is None


def test_no_contact_goes_to_a_legevakt_that_does_not_serve_it_then(split) -> None:
    scenario, calendar, events, _ = split
    contacts = events[events.event == "contact"]
    for lv in scenario.legevakt:
        mine = contacts[(contacts.legevakt == lv.id) & (contacts.municipality == "steigen")]
        served = served_minutes(lv, "steigen", calendar)
        assert len(mine) > 20
        assert served[mine.time.to_numpy().astype(np.int64)].all()


def _evening_only(trip_km: float) -> Scenario:
    """A legevakt open 16–22 every day (a deliberate gap at other hours), one doctor on site,
    patients `trip_km` from the station, flat demand of a contact an hour."""
    data = base(
        demand={"profile": "flat", "rates": station_only_rates(1 / 60, 1000)},
        places=[
            {"id": "centre", "name": "Centre", "lat": 69.0, "lon": 18.0, "municipality": "m"},
            {"id": "st", "name": "Station", "lat": 69.0 + trip_km / 111, "lon": 18.0},
        ],
        physicians=[{"id": "d0", "role": "legevakt", "age": 40, "fte": 1.0}],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "st",
                "municipalities": ["m"],
                "daytime": "legevakt",
                "pool": ["d0"],
                "call_centre": {"nurses": 50},
                "hours": {"m": [{"start": "16:00", "end": "22:00"}]},
                "shifts": [{"id": "evening", "start": "16:00", "end": "22:00"}],
            }
        ],
    )
    data["municipalities"][0]["legevakt_gap_deliberate"] = True
    return Scenario.model_validate(data)


def _evenings(scenario: Scenario) -> Plan:
    first = dt.datetime.combine(START, dt.time(16))
    days = 7 * (WEEKS + scenario.scenario.warmup_weeks)
    rota = tuple(
        Assignment(
            "lv",
            "evening",
            "d0",
            first + dt.timedelta(days=d),
            first + dt.timedelta(days=d, hours=6),
            ShiftMode.on_site,
        )
        for d in range(days)
    )
    return Plan(scenario, rota=rota)


def test_the_last_doctor_before_closing_sees_everyone_who_called_before_it() -> None:
    _, events = _run(_evenings(_evening_only(trip_km=30)))
    contacts = events[events.event == "contact"]
    clock = contacts.time % 1440
    assert ((clock >= 16 * 60) & (clock < 22 * 60)).all()
    queued = events[events.event == "queued"].set_index("contact")
    started = events[events.event == "started"].set_index("contact")
    late = queued[queued.time % 1440 >= 22 * 60]  # joined the queue after the closing
    assert len(late) > 5
    assert set(late.index) <= set(started.index)
    assert (started.minutes < 6 * 60).all()  # nobody waits for the next evening


def test_closings_are_only_where_the_legevakt_stops_serving() -> None:
    scenario = _evening_only(trip_km=30)
    calendar = Calendar.for_horizon(START, 1, 0)
    opened = open_minutes(scenario.legevakt[0], calendar)
    job = Job(Kind.consultation, 2, 21 * 60 + 50, "st", "m", 20.0)
    closing = Closings(opened, np.array([22 * 60 + 20.0]), [job])
    assert closing(22 * 60) == 22 * 60 + 20
    assert closing(20 * 60) is None  # still open at 20:00
    assert closing(46 * 60) == 46 * 60  # closes, nobody called since
    assert (
        Closings(None, np.array([]), [])(22 * 60) is None
    )  # a legevakt open at all hours never closes


def test_kad_work_at_night_goes_to_the_legevakt_open_then(split) -> None:
    scenario, calendar, events, _ = split
    beds = events[(events.event == "queued") & (events.type == "bed")]
    assert (beds.municipality == "steigen").sum() > 0
    for lv in scenario.legevakt:
        mine = beds[(beds.legevakt == lv.id) & (beds.municipality == "steigen")]
        served = served_minutes(lv, "steigen", calendar)
        assert served[mine.time.to_numpy().astype(np.int64)].all()


def test_access_counts_each_legevakt_for_the_hours_it_serves(split) -> None:
    """Every settlement of Steigen is over 40 minutes from Innhavet and under 40 from
    Leinesfjord, so the share beyond 40 minutes is the share of the week Nord-Salten serves."""
    scenario, _, _, result = split
    night = week_shares(scenario.legevakt[1])["steigen"]
    beyond = result.by_municipality["steigen"]["legevakt.population_beyond_40_min"]
    assert beyond == pytest.approx(night)
