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


def max_window_sum(
    starts: np.ndarray, ends: np.ndarray, rates: np.ndarray, length: int
) -> tuple[float, int]:
    """The largest integral over a window [t, t + length) with t between the first start and
    max(first start, last end - length), and a t that reaches it (`max_window_sums` of one)."""
    if len(starts) == 0:
        return 0.0, 0
    [(sums, at)] = max_window_sums(Stack.of([starts], [ends]), [rates], np.array([length]))
    return float(sums[0]), int(at[0])


def stretches_between_rests(
    starts: np.ndarray, ends: np.ndarray, min_rest: int
) -> tuple[np.ndarray, np.ndarray]:
    """Stretches from the end of one rest of at least `min_rest` (> 0) minutes to the start of
    the next, given the work intervals, as the first and the last interval of each (indices,
    so what the stretches hold is summed from cumulative sums); time outside the intervals
    counts as rest."""
    if len(starts) == 0:
        return np.empty(0, np.intp), np.empty(0, np.intp)
    rest = np.flatnonzero(starts[1:] - ends[:-1] >= min_rest)
    return np.concatenate(([0], rest + 1)), np.concatenate((rest, [len(starts) - 1]))
