"""Work and rest laid over a painted plan give the painting of all the blocks together."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.engine.cuts import cut_points
from simulator.engine.layers import clipped, overlapping, union
from simulator.engine.schedule import Block, Priority, paint, paint_layers
from simulator.plan.timeline import Category

HORIZON = 100
planned_priorities = [p for p in Priority if p is not Priority.work]
spans = st.tuples(st.integers(-20, 120), st.integers(-20, 120))


def planned_block(span: tuple[int, int], priority: Priority, category: Category) -> Block:
    if priority is Priority.rest:  # the plan's only rest is rest after duty
        category = Category.rest_after_duty
    return Block(*span, priority, category)


planned = st.lists(
    st.builds(
        planned_block, spans, st.sampled_from(planned_priorities), st.sampled_from(list(Category))
    ),
    max_size=25,
)
work = st.lists(st.tuples(spans, st.sampled_from(list(Category))), max_size=8)


def columns(blocks: list[Block]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    starts = np.array([b.start for b in blocks], np.int64)
    ends = np.array([b.end for b in blocks], np.int64)
    return starts, ends, np.array([b.category.code for b in blocks], np.int8)


def as_lists(intervals: tuple[np.ndarray, ...]) -> list[list[int]]:
    return [column.tolist() for column in intervals]


@settings(max_examples=150, deadline=None)
@given(plan=planned, done=work, rested=st.lists(spans, max_size=5))
def test_laid_over_the_painted_plan_is_painting_every_block(plan, done, rested):
    worked = [Block(*span, Priority.work, category) for span, category in done]
    rest = [Block(*span, Priority.rest, Category.rest_after_duty) for span in rested]
    starts, ends, codes = clipped(*columns(worked), HORIZON)
    if overlapping(starts, ends):  # the engine paints those minute by minute
        return
    layers = paint_layers(plan, HORIZON, kept_from=Priority.rest).over(
        starts, ends, codes, Priority.work
    )
    assert as_lists(layers.intervals()) == as_lists(paint(plan + worked, HORIZON))
    starts, ends = union(*clipped(*columns(rest), HORIZON)[:2])
    rest_codes = np.full(len(starts), Category.rest_after_duty.code, np.int8)
    layers = layers.over(starts, ends, rest_codes, Priority.rest)
    assert as_lists(layers.intervals()) == as_lists(paint(plan + worked + rest, HORIZON))


@settings(max_examples=100, deadline=None)
@given(st.lists(spans, max_size=10))
def test_union_covers_the_minutes_of_the_intervals(chosen):
    blocks = [Block(*span, Priority.rest, Category.rest_after_duty) for span in chosen]
    starts, ends = union(*clipped(*columns(blocks), HORIZON)[:2])
    covered = {m for b in blocks for m in range(max(b.start, 0), min(b.end, HORIZON))}
    assert not overlapping(starts, ends) and np.all(starts[1:] > ends[:-1])
    assert {m for s, e in zip(starts, ends, strict=True) for m in range(s, e)} == covered


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.integers(-50, 50)), min_size=1, max_size=4))
def test_cut_points_are_the_sorted_distinct_values(arrays):
    columns = [np.array(a, np.int64) for a in arrays]
    assert cut_points(*columns).tolist() == sorted(set().union(*arrays))
