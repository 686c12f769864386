"""Intervals and the automatic choice of the number of replications."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.experiment.statistics import (
    mean_interval,
    paired_difference,
    relative_precision,
    replications_needed,
    t_interval,
)


def test_t_interval_matches_the_textbook_formula() -> None:
    values = [10.0, 12.0, 9.0, 11.0, 13.0]
    interval = t_interval(values)
    # t(0.975, 4) = 2.776445; s = 1.5811388
    half = 2.7764451 * 1.5811388 / math.sqrt(5)
    assert interval.mean == pytest.approx(11.0)
    assert interval.low == pytest.approx(11.0 - half, rel=1e-6)
    assert interval.high == pytest.approx(11.0 + half, rel=1e-6)


def test_interval_covers_the_true_mean_about_95_percent_of_the_time() -> None:
    rng = np.random.default_rng(7)
    hits = 0
    for _ in range(2000):
        interval = t_interval(rng.normal(5.0, 2.0, size=10))
        hits += interval.low <= 5.0 <= interval.high
    assert 0.93 <= hits / 2000 <= 0.97


@settings(deadline=None)  # a first call can exceed 200 ms on a loaded machine
@given(st.lists(st.floats(-1e3, 1e3), min_size=2, max_size=30), st.floats(-100, 100))
def test_paired_difference_of_a_shift_is_the_shift(values: list[float], shift: float) -> None:
    diff = paired_difference(values, [v + shift for v in values])
    assert diff.mean == pytest.approx(shift, abs=1e-6)
    assert diff.half_width == pytest.approx(0.0, abs=1e-6)


def test_replications_algorithm_waits_for_the_look_ahead() -> None:
    rng = np.random.default_rng(3)
    values = list(rng.normal(100.0, 20.0, size=200))
    n = replications_needed(values, precision=0.05)
    assert n is not None
    assert relative_precision(values[:n]) <= 0.05
    assert all(relative_precision(values[:m]) <= 0.05 for m in range(n, n + 6))
    assert replications_needed(values[: n + 4], precision=0.05) is None


def test_noisier_output_needs_more_replications() -> None:
    rng = np.random.default_rng(11)
    base = rng.normal(0.0, 1.0, size=400)
    calm = replications_needed(list(100 + 10 * base), precision=0.05)
    noisy = replications_needed(list(100 + 30 * base), precision=0.05)
    assert calm is not None and noisy is not None and noisy > calm


def test_undefined_values_drop_out_of_intervals_and_pairs() -> None:
    interval = t_interval([1.0, math.nan, 3.0])
    assert interval.n == 2 and interval.mean == pytest.approx(2.0)
    diff = paired_difference([1.0, 2.0, math.nan], [2.0, math.nan, 5.0])
    assert diff.n == 1 and diff.mean == pytest.approx(1.0)


@given(st.lists(st.floats(0, 1e4), min_size=2, max_size=30))
def test_an_interval_for_a_non_negative_quantity_never_goes_below_zero(values: list[float]) -> None:
    interval = mean_interval(values)
    assert interval.low >= 0 or math.isnan(interval.low)
    assert interval.low <= interval.mean <= interval.high or math.isnan(interval.mean)


@given(st.lists(st.floats(0, 1), min_size=2, max_size=30))
def test_an_interval_for_a_share_stays_within_zero_and_one(values: list[float]) -> None:
    interval = mean_interval(values)
    assert (interval.low >= 0 and interval.high <= 1) or math.isnan(interval.low)


def test_a_rare_count_gets_the_bootstrap_interval_and_a_wide_sample_the_t_interval() -> None:
    rare = [0.0] * 8 + [1.0, 2.0]
    assert t_interval(rare).low < 0
    assert mean_interval(rare).method == "bootstrap"
    assert mean_interval(rare) == mean_interval(rare)  # seeded: the same values, same interval
    assert mean_interval([5.0, 6.0, 7.0]) == t_interval([5.0, 6.0, 7.0])
    assert mean_interval([-1.0, 0.0, 0.5]).method == "t"  # may be negative: t as it is
