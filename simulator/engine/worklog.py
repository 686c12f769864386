"""What physicians actually did during the simulation, beyond their plan: patient work,
bed work and travel, kept as merged intervals per physician."""

from __future__ import annotations

from array import array
from collections import defaultdict
from functools import partial

import numpy as np

from simulator.plan.timeline import CATEGORIES, Category

TRAVEL = Category.travel.code
PACKED = "i"  # C int, 32 bits: whole minutes of a year (525 600) and category codes


class WorkLog:
    """Intervals per physician, packed three 32-bit integers each (start, end, category code)
    into one array: a year of national legevakt work takes tens of megabytes, not hundreds."""

    def __init__(self) -> None:
        self._packed: dict[str, array] = defaultdict(partial(array, PACKED))  # picklable
        self.km: dict[str, float] = defaultdict(float)
        self.travel_minutes: dict[str, float] = defaultdict(float)

    def record(self, physician: str, start: float, end: float, code: int) -> None:
        """Whole minutes from `start` to `end` in the category `code` (a `Category.code`: the
        hot path passes integers, cheaper to look up than enum members). An interval that
        touches or overlaps the last one of the same category merges with it, so memory grows
        with busy periods, not with patients. (Districts run one after another, so a physician
        working in two may be recorded out of time order.)"""
        a, b = round(start), round(end)
        if b > a:
            _merged(self._packed[physician], a, b, code)

    def take(self, other: WorkLog) -> None:
        """Record `other`'s intervals here as if every call made on `other` had been made
        here. They are merged already, which changes nothing: a run of calls that merged
        there merges here as a whole or not at all (its first call decides), and once one of
        `other`'s intervals is appended here rather than merged, this log ends as `other`
        did, so the rest are copied whole. Kilometres and minutes of travel are not taken."""
        for physician, packed in other._packed.items():
            mine = self._packed[physician]
            for i in range(0, len(packed), 3):
                if not _merged(mine, packed[i], packed[i + 1], packed[i + 2]):
                    mine.extend(packed[i + 3 :])
                    break

    def intervals(self, physician: str) -> list[tuple[int, int, Category]]:
        """The physician's intervals in the order recorded."""
        packed = self._packed.get(physician, array(PACKED))
        categories = map(CATEGORIES.__getitem__, packed[2::3])
        return list(zip(packed[0::3], packed[1::3], categories, strict=True))

    def columns(self, physician: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The physician's intervals in the order recorded, as arrays (starts, ends, category
        codes as int8)."""
        packed = self._packed.get(physician, array(PACKED))
        packed = np.frombuffer(packed, np.intc).reshape(-1, 3)
        return packed[:, 0].copy(), packed[:, 1].copy(), packed[:, 2].astype(np.int8)

    def overlap_minutes(self, physician: str) -> int:
        """Minutes in which the physician was recorded doing two things at once; a correct
        run has none (a doctor on two shifts at once would show here)."""
        starts, ends, _ = self.columns(physician)
        order = np.lexsort((ends, starts))
        starts, ends = starts[order], ends[order]
        reach = np.maximum.accumulate(np.concatenate(([0], ends)))[:-1]  # before each interval
        return int(np.maximum(0, np.minimum(ends, reach) - starts).sum())

    def travel(self, physician: str, start: float, minutes: float, km: float) -> None:
        self.record(physician, start, start + minutes, TRAVEL)
        self.km[physician] += km
        self.travel_minutes[physician] += minutes


def _merged(packed: array, a: int, b: int, code: int) -> bool:
    """Add [a, b) to `packed`: merged into the last interval if it has the same category and
    `a` falls within it (True), else appended (False)."""
    if packed and packed[-1] == code and packed[-3] <= a <= packed[-2]:
        if b > packed[-2]:
            packed[-2] = b
        return True
    packed.extend((a, b, code))
    return False
