"""Physicians' timelines, GP offices' booking and evening work as tasks on the experiment
layer's executors: the serial result, bit for bit, whatever the number of workers."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator import load
from simulator.compiler import compile_plan
from simulator.engine import simulate
from simulator.engine.gp_hours import counted_weeks
from simulator.engine.gp_offices import GpKpis
from simulator.engine.kpis import clipped_minutes
from simulator.engine.physician_tasks import Addends, add_tallies
from simulator.engine.run import replicate
from simulator.experiment.executors import ProcessExecutor
from simulator.experiment.replication import payload

ROOT = Path(__file__).resolve().parents[2]
WEEKS = 4


@pytest.fixture(scope="module")
def senjalegen():
    """Lists that span municipalities: patients travel to a branch office (kilometres)."""
    return compile_plan(load(ROOT / "scenarios/senja-senjalegen.yaml"), WEEKS)


def test_booking_on_two_workers_gives_the_serial_result_bit_for_bit(senjalegen):
    serial = simulate(senjalegen, 7, WEEKS)
    assert serial.kpis["gp.patient_km"] > 0  # float tallies summed across GPs
    assert serial.kpis["gp.work_left_at_end_hours.max"] > 0  # evening work carried over
    executor = ProcessExecutor(2)
    try:
        spread = simulate(senjalegen, 7, WEEKS, executor=executor)
    finally:
        executor.close()
    assert payload(senjalegen.scenario, spread) == payload(senjalegen.scenario, serial)
    for physician, timeline in serial.timelines.items():
        other = spread.timelines[physician]
        assert np.array_equal(timeline.starts, other.starts)
        assert np.array_equal(timeline.categories, other.categories)
    assert list(spread.timelines) == list(serial.timelines)


def test_the_tasks_measure_each_physician_as_the_kpis_would(senjalegen):
    executor = ProcessExecutor(2)
    try:
        run = replicate(senjalegen, 7, WEEKS, executor=executor)
    finally:
        executor.close()
    calendar = run.calendar
    assert list(run.minutes) == list(run.timelines)
    assert run.gp_weeks and set(run.gp_weeks) < set(run.timelines)
    for physician in senjalegen.scenario.physicians:
        minutes = clipped_minutes(run.timelines[physician.id], calendar.warmup, calendar.horizon)
        assert np.array_equal(run.minutes[physician.id], minutes)
        if physician.id in run.gp_weeks:
            assert np.array_equal(run.gp_weeks[physician.id], counted_weeks(run, physician))


bookings = st.lists(  # per GP: (municipality, km) in booking order, and requests left unmet
    st.tuples(
        st.lists(st.tuples(st.sampled_from("abc"), st.floats(0, 1e4)), max_size=8),
        st.dictionaries(st.sampled_from("abc"), st.integers(0, 9), max_size=3),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(gps=bookings)
def test_tallies_added_per_gp_are_those_of_one_booking_after_another(gps):
    direct = GpKpis()
    total = GpKpis()
    for trips, unmet in gps:
        own = GpKpis(patient_km=defaultdict(Addends))
        for tallies in (direct, own):
            for municipality, km in trips:
                tallies.patient_km[municipality] += km
            for municipality, count in unmet.items():
                tallies.unmet[municipality] += count
        add_tallies(total, own)
    assert list(total.patient_km.items()) == list(direct.patient_km.items())
    assert list(total.unmet.items()) == list(direct.unmet.items())
