"""Physician time as the engine produces it and the rules engine checks it.

Every minute of every physician is in exactly one `Category` (MODEL.md §4). A `Timeline` holds
one physician's intervals as arrays, so year-long timelines for hundreds of physicians can be
checked with vectorised rolling windows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from simulator.plan.categories import (
    CATEGORIES,
    DAY_MINUTES,
    LEGEVAKT,
    NIGHT_END,
    NIGHT_START,
    NOT_WORK,
    PASSIVE,
    Category,
)

# The categories are defined in `categories` (numpy-free, for the schema); the engine, the rules
# and the report import them from here together with the timelines they classify.
__all__ = [
    "CATEGORIES",
    "DAY_MINUTES",
    "LEGEVAKT",
    "MINUTE_DTYPE",
    "NIGHT_END",
    "NIGHT_START",
    "NOT_WORK",
    "PASSIVE",
    "Category",
    "Timeline",
    "overlaps_night",
]

MINUTE_DTYPE = np.int32  # a timeline's minutes: a year is 525 600, int32 holds 4 000 years


def overlaps_night(start: Any, end: Any) -> Any:
    """Does [start, end), in minutes after a midnight, overlap night time? Element-wise on
    numpy arrays. The day between two nights is 15 h long, so anything longer reaches a night;
    anything shorter does if it starts before 06:00 or runs past 21:00."""
    into_day = start % DAY_MINUTES
    length = end - start
    return (
        (length > NIGHT_START - NIGHT_END)
        | (into_day < NIGHT_END)
        | (into_day + length > NIGHT_START)
    )


@dataclass(frozen=True)
class Timeline:
    """One physician's intervals [starts[i], ends[i]) in minutes after `origin`, sorted,
    non-overlapping, with `categories[i]` the `Category.code` of each. Minutes are `MINUTE_DTYPE`
    (int32) and codes int8, whatever they were given as: a national year holds ten million
    intervals. Arithmetic that could leave int32 (a product of minutes) must widen first."""

    physician: str
    origin: dt.datetime
    starts: np.ndarray
    ends: np.ndarray
    categories: np.ndarray

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", np.asarray(self.starts, MINUTE_DTYPE))
        object.__setattr__(self, "ends", np.asarray(self.ends, MINUTE_DTYPE))
        object.__setattr__(self, "categories", np.asarray(self.categories, np.int8))

    @classmethod
    def from_intervals(
        cls, physician: str, origin: dt.datetime, intervals: list[tuple[int, int, Category]]
    ) -> Timeline:
        ordered = sorted(intervals, key=lambda item: item[0])
        return cls(
            physician,
            origin,
            [i[0] for i in ordered],
            [i[1] for i in ordered],
            [i[2].code for i in ordered],
        )

    def between(self, start: int, end: int) -> list[tuple[int, int, Category]]:
        """The intervals within [start, end), cut to it."""
        first = int(np.searchsorted(self.ends, start, side="right"))
        last = int(np.searchsorted(self.starts, end, side="left"))
        return [
            (max(int(s), start), min(int(e), end), CATEGORIES[c])
            for s, e, c in zip(
                self.starts[first:last],
                self.ends[first:last],
                self.categories[first:last],
                strict=True,
            )
        ]

    def minutes_by_category(self) -> dict[Category, int]:
        totals = np.bincount(
            self.categories, weights=self.ends - self.starts, minlength=len(CATEGORIES)
        )
        return {c: int(totals[c.code]) for c in CATEGORIES}
