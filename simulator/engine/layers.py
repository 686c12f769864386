"""A painted calendar as runs that remember the priority of the block that won each minute, so
that blocks of a higher priority can be laid over it later as intervals.

A physician's planned blocks depend on the plan alone: painted once (`schedule.paint`), kept
as `Layers`, they take a replication's work (which outranks every
planned block) and the rest it calls for (which outranks what is below rest) with a few array
operations on the runs, instead of painting every minute of the horizon again. The result is
the minute-by-minute painting of all the blocks together.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from simulator.engine.cuts import cut_points
from simulator.plan.timeline import MINUTE_DTYPE


class Layers(NamedTuple):
    """Runs [starts[i], starts[i + 1]) (the last up to `horizon`) of one category code and one
    winning priority each (0 where no block is, or where the painting kept no priority)."""

    starts: np.ndarray  # starting at 0; int32 when kept (a national plan's are kept)
    codes: np.ndarray  # int8
    priorities: np.ndarray  # int8
    horizon: int

    @classmethod
    def of_segments(
        cls, starts: np.ndarray, codes: np.ndarray, priorities: np.ndarray, horizon: int
    ) -> Layers:
        """The runs of consecutive segments [starts[i], starts[i + 1]), the first at 0, each of
        one code and priority: neighbours alike merged."""
        keep = _changes(codes, priorities)
        return cls(starts[keep].astype(np.int32), codes[keep], priorities[keep], horizon)

    def over(
        self, starts: np.ndarray, ends: np.ndarray, codes: np.ndarray, priority: int
    ) -> Layers:
        """These runs with sorted, non-overlapping intervals inside [0, horizon) laid over the
        minutes whose priority is below `priority`."""
        if not len(starts):
            return self
        points = cut_points(self.starts, starts, ends)
        points = points[points < self.horizon]
        i = np.searchsorted(self.starts, points, side="right") - 1
        new_codes, new_priorities = self.codes[i], self.priorities[i]
        j = np.searchsorted(starts, points, side="right") - 1
        inside = (j >= 0) & (points < ends[np.maximum(j, 0)]) & (new_priorities < priority)
        new_codes[inside] = codes[j[inside]]
        new_priorities[inside] = priority
        keep = _changes(new_codes, new_priorities)
        return Layers(points[keep], new_codes[keep], new_priorities[keep], self.horizon)

    def intervals(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(starts, ends, codes) of the runs of one code, as `schedule.paint` gives them, in a
        timeline's dtypes."""
        keep = _changes(self.codes)
        starts = self.starts[keep].astype(MINUTE_DTYPE, copy=False)
        ends = np.empty_like(starts)
        ends[:-1], ends[-1] = starts[1:], self.horizon
        return starts, ends, self.codes[keep]


def clipped(
    starts: np.ndarray, ends: np.ndarray, codes: np.ndarray, horizon: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The intervals cut to [0, horizon), empty ones left out, sorted by start (stable)."""
    starts, ends = np.maximum(starts, 0), np.minimum(ends, horizon)
    order = np.argsort(starts, kind="stable")
    order = order[ends[order] > starts[order]]
    return starts[order], ends[order], codes[order]


def overlapping(starts: np.ndarray, ends: np.ndarray) -> bool:
    """Whether sorted intervals overlap."""
    return bool(np.any(starts[1:] < ends[:-1]))


def union(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The minutes covered by sorted intervals, as sorted non-overlapping intervals."""
    if not len(starts):
        return starts, ends
    reach = np.maximum.accumulate(ends)
    first = np.concatenate(([True], starts[1:] > reach[:-1]))
    last = np.concatenate((first[1:], [True]))
    return starts[first], reach[last]


def _changes(*columns: np.ndarray) -> np.ndarray:
    """Where a run starts: the first element, and where any of `columns` changes."""
    change = np.zeros(len(columns[0]), bool)
    change[0] = True
    for column in columns:
        change[1:] |= column[1:] != column[:-1]
    return change
