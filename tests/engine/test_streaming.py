"""The streaming pieces of the engine (buffered histograms, the packed work log) and painting
calendars into timelines."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import simulator
from simulator.commands.common import default_scenario_path
from simulator.engine.schedule import Block, Priority
from simulator.engine.stats import HISTOGRAM_MINUTES, Histogram, TimeAverage
from simulator.engine.worklog import WorkLog
from simulator.plan.timeline import MINUTE_DTYPE, Category, Timeline
from tests.support.painting import painted

waits = st.lists(st.floats(0, 2 * HISTOGRAM_MINUTES, allow_nan=False), max_size=300)


@settings(max_examples=25, deadline=None)
@given(first=waits, second=waits)
def test_a_buffered_histogram_equals_binning_each_value(first, second):
    Histogram.BUFFER = 7  # flush often: the buffer must not change any figure
    try:
        a, b = Histogram(), Histogram()
        for value in first:
            a.add(value)
        for value in second:
            b.add(value)
        a.merge(b)
    finally:
        Histogram.BUFFER = 4096
    values = first + second
    assert a.n == len(values)
    total = 0.0
    for value in first:
        total += value
    tail = 0.0
    for value in second:
        tail += value
    assert a.total == total + tail  # exact: summed in order, as added
    bins = np.minimum(np.array(values, dtype=float).astype(int), HISTOGRAM_MINUTES)
    expected = np.bincount(bins, minlength=len(a.counts)) if values else np.zeros(0)
    assert a.counts.tolist() == expected.tolist()
    if values:
        ranked = np.sort(bins)
        assert a.quantile(0.5) == ranked[math.ceil(0.5 * len(values)) - 1] + 1
        assert a.share_at_most(30) == np.mean(bins < 30)


@settings(max_examples=25, deadline=None)
@given(first=waits, second=waits)
def test_a_histogram_extended_equals_one_added_value_by_value(first, second):
    one, batch = Histogram(), Histogram()
    for value in first + second:
        one.add(value)
    batch.extend(first)
    batch.extend(second)
    assert (batch.n, batch.total) == (one.n, one.total)  # the same sum to the last bit
    assert batch.counts.tolist() == one.counts.tolist()


steps = st.lists(
    st.tuples(st.floats(0, 50, allow_nan=False), st.sampled_from([1, -1])), max_size=60
)


@settings(max_examples=50, deadline=None)
@given(first=steps, second=steps, start=st.floats(0, 100, allow_nan=False))
def test_queue_length_changed_in_batches_equals_changed_one_by_one(first, second, start):
    """Changes applied with NumPy, in two batches, give the area of applying them singly."""
    times = list(itertools.accumulate(gap for gap, _ in first + second))
    deltas = [delta for _, delta in first + second]
    one, batch = TimeAverage(start), TimeAverage(start)
    for time, delta in zip(times, deltas, strict=True):
        one.change(time, delta)
    cut = len(first)
    batch.changes(np.array(times[:cut]), np.array(deltas[:cut], dtype=np.int64))
    batch.changes(np.array(times[cut:]), np.array(deltas[cut:], dtype=np.int64))
    assert (batch.area, batch.level, batch.since) == (one.area, one.level, one.since)
    end = (times[-1] if times else 0.0) + 7.5
    assert batch.mean(end) == one.mean(end) or math.isnan(one.mean(end))


def test_a_work_log_keeps_intervals_recorded_out_of_time_order():
    log = WorkLog()
    active = Category.legevakt_active.code
    log.record("d", 1000, 1010, active)  # a late job in one district
    log.record("d", 50, 60, active)  # an earlier one in another district, run afterwards
    log.record("d", 60, 70, active)  # touches the one before: merges
    assert log.intervals("d") == [
        (1000, 1010, Category.legevakt_active),
        (50, 70, Category.legevakt_active),
    ]
    assert log.overlap_minutes("d") == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20), st.integers(0, 3)), max_size=12))
def test_overlap_minutes_count_each_minute_recorded_more_than_once(records):
    log = WorkLog()
    for start, length, code in records:
        log.record("d", start, start + length, code)
    covering = [0] * 100
    for start, end, _ in log.intervals("d"):
        for minute in range(start, end):
            covering[minute] += 1
    assert log.overlap_minutes("d") == sum(max(0, n - 1) for n in covering)


blocks = st.lists(
    st.builds(
        Block,
        st.integers(-20, 120),
        st.integers(-20, 120),
        st.sampled_from(list(Priority)),
        st.sampled_from(list(Category)),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(blocks=blocks)
def test_paint_gives_each_minute_the_highest_block_later_listed_on_ties(blocks):
    horizon = 100
    minutes = [Category.off] * horizon
    for minute in range(horizon):
        covering = [(b.priority, i) for i, b in enumerate(blocks) if b.start <= minute < b.end]
        if covering:
            minutes[minute] = blocks[max(covering)[1]].category
    runs = painted(blocks, horizon)
    assert runs[0][0] == 0 and runs[-1][1] == horizon
    for (_, end, category), (start, _, following) in itertools.pairwise(runs):
        assert end == start and category is not following  # contiguous, runs merged
    assert [c for a, b, c in runs for _ in range(a, b)] == minutes


def test_a_timeline_holds_its_minutes_as_int32_whatever_it_is_given():
    origin = dt.datetime(2025, 1, 6)
    year = 525_600
    timeline = Timeline("d", origin, np.array([0, 600], np.int64), [600, year], [1, 2])
    assert (timeline.starts.dtype, timeline.ends.dtype) == (MINUTE_DTYPE, MINUTE_DTYPE)
    assert timeline.categories.dtype == np.int8
    assert timeline.ends.tolist() == [600, year]


def test_a_replications_timelines_are_int32_after_every_phase():
    """Painted, rested and with the GPs' evening work laid over: all in a timeline's dtypes."""
    result = simulator.simulate(simulator.load(default_scenario_path()), 1, weeks=2)
    dtypes = {(t.starts.dtype, t.ends.dtype, t.categories.dtype) for t in result.timelines.values()}
    assert dtypes == {(np.dtype(MINUTE_DTYPE), np.dtype(MINUTE_DTYPE), np.dtype(np.int8))}
