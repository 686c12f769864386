"""Legevakt districts and physicians' timelines as tasks on the experiment layer's executors:
the same result, bit for bit, as one after another in this process, whatever the number of
workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator import load
from simulator.compiler import compile_plan
from simulator.engine import simulate
from simulator.engine.district_tasks import DistrictLog
from simulator.engine.worklog import WorkLog
from simulator.experiment.executors import ProcessExecutor, SerialExecutor
from simulator.experiment.replication import payload

ROOT = Path(__file__).resolve().parents[2]
WEEKS = 4


@pytest.fixture(scope="module")
def senja_solo():
    """Four legevakter, each its own district, with bed units and neighbours."""
    plan = compile_plan(load(ROOT / "scenarios/senja-solo.yaml"), WEEKS)
    assert len(plan.scenario.legevakt) > 1
    return plan


def _payload(plan, executor=None) -> str:
    result = simulate(plan, 7, WEEKS, executor=executor)
    data = payload(plan.scenario, result)
    data["conservation"] = vars(result.conservation)
    data["timelines"] = {
        physician: [t.starts.tolist(), t.ends.tolist(), t.categories.tolist()]
        for physician, t in result.timelines.items()
    }
    return json.dumps(data)


def test_tasks_on_one_or_two_workers_give_the_serial_result_bit_for_bit(senja_solo):
    serial = _payload(senja_solo)
    assert _payload(senja_solo, SerialExecutor()) == serial
    assert _payload(senja_solo, ProcessExecutor(2)) == serial


def test_another_seed_gives_another_result(senja_solo):
    """The comparison above could not pass by ignoring the districts' draws."""
    other = payload(senja_solo.scenario, simulate(senja_solo, 8, WEEKS, executor=SerialExecutor()))
    assert json.loads(_payload(senja_solo))["kpis"] != other["kpis"]


calls = st.lists(
    st.tuples(
        st.booleans(),
        st.sampled_from(["a", "b", "c"]),
        st.floats(0, 500, allow_nan=False),
        st.floats(0, 60, allow_nan=False),
        st.integers(0, 13),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(before=calls, district=calls)
def test_a_replayed_district_log_leaves_the_log_as_the_calls_would(before, district):
    direct, replayed, journal = WorkLog(), WorkLog(), DistrictLog()
    for log in (direct, replayed):
        _apply(log, before)
    _apply(direct, district)
    _apply(journal, district)
    journal.replay(replayed)
    for physician in "abc":
        assert replayed.intervals(physician) == direct.intervals(physician)
        assert replayed.km[physician] == direct.km[physician]
        assert replayed.travel_minutes[physician] == direct.travel_minutes[physician]


def _apply(log, calls) -> None:
    for is_travel, physician, start, minutes, code in calls:
        if is_travel:
            log.travel(physician, start, minutes, minutes * 1.3)
        else:
            log.record(physician, start, start + minutes, code)


def test_timeline_rules_checked_as_tasks_find_what_one_check_finds(senja_solo):
    """Findings on physicians' timelines, checked a few physicians per task, come out in the
    order of one check of all timelines."""
    serial = simulate(senja_solo, 7, WEEKS)
    spread = simulate(senja_solo, 7, WEEKS, executor=ProcessExecutor(2))
    on_timelines = [f for f in serial.findings if f.subject_id in serial.timelines]
    assert len({f.subject_id for f in on_timelines}) > 1
    assert len({f.rule_id for f in on_timelines}) > 1
    assert spread.findings == serial.findings
