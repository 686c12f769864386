"""Vectorised window arithmetic on interval timelines (numpy), for the aml and rest checks.

Intervals are [starts[i], ends[i]) in minutes, sorted and non-overlapping, each with a rate
(how much of each minute counts, e.g. 1 for work, 1/7 for passive on-call, 0 for rest). The
integral of the rate up to x is piecewise linear, so the largest sum over any window of a given
length is reached with a window edge on an interval edge: checking those O(n) candidate windows
with binary search is exact and takes O(n log n).
"""

from __future__ import annotations

import numpy as np

from simulator.rules.window_stack import Stack, max_window_sums


def cumulative(starts: np.ndarray, ends: np.ndarray, rates: np.ndarray) -> np.ndarray:
    """Integral of the rate up to each interval's start; one more entry for the total."""
    return np.concatenate(([0.0], np.cumsum(rates * (ends - starts))))


def integral_to(
    x: np.ndarray, starts: np.ndarray, ends: np.ndarray, rates: np.ndarray, cum: np.ndarray
) -> np.ndarray:
    """Integral of the rate from -inf to each x (0 before the first start, as cum[0] is 0)."""
    j = np.maximum(np.searchsorted(starts, x, side="right") - 1, 0)
    begin = starts[j]
    inside = np.minimum(np.maximum(x - begin, 0), ends[j] - begin)
    return cum[j] + rates[j] * inside


def max_window_sum(
    starts: np.ndarray, ends: np.ndarray, rates: np.ndarray, length: int
) -> tuple[float, int]:
    """The largest integral over a window [t, t + length) with t between the first start and
    max(first start, last end - length), and a t that reaches it (`max_window_sums` of one)."""
    if len(starts) == 0:
        return 0.0, 0
    [(sums, at)] = max_window_sums(Stack.of([starts], [ends]), [rates], np.array([length]))
    return float(sums[0]), int(at[0])


def runs(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Merge touching intervals into runs: (run starts, run ends)."""
    if len(starts) == 0:
        return starts, ends
    breaks = np.flatnonzero(starts[1:] > ends[:-1]) + 1
    first = np.concatenate(([0], breaks))
    last = np.concatenate((breaks - 1, [len(starts) - 1]))
    return starts[first], ends[last]


def stretches_between_rests(
    starts: np.ndarray, ends: np.ndarray, min_rest: int
) -> tuple[np.ndarray, np.ndarray]:
    """Stretches from the end of one rest of at least `min_rest` minutes to the start of the
    next, given the work intervals; time outside the timeline counts as rest."""
    run_starts, run_ends = runs(starts, ends)
    if len(run_starts) == 0:
        return run_starts, run_ends
    long_rest = (run_starts[1:] - run_ends[:-1]) >= min_rest
    stretch_starts = np.concatenate((run_starts[:1], run_starts[1:][long_rest]))
    stretch_ends = np.concatenate((run_ends[:-1][long_rest], run_ends[-1:]))
    return stretch_starts, stretch_ends
