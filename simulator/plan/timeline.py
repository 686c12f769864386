"""Physician time as the engine produces it and the rules engine checks it.

Every minute of every physician is in exactly one `Category` (MODEL.md §4). A `Timeline` holds
one physician's intervals as arrays, so year-long timelines for hundreds of physicians can be
checked with vectorised rolling windows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np


class Category(StrEnum):
    office_clinical = "office_clinical"
    office_admin = "office_admin"  # owner's and employer's work, other office work
    list_work = "list_work"  # what a GP's list brings besides consultations (gp_week.py)
    public_duties = "public_duties"
    kommuneoverlege = "kommuneoverlege"
    legevakt_active = "legevakt_active"
    legevakt_on_call = "legevakt_on_call"  # passive: on duty, not busy
    backup_on_call = "backup_on_call"
    bed_work = "bed_work"  # KAD and sykestue
    travel = "travel"
    meetings = "meetings"
    training = "training"
    rest_after_duty = "rest_after_duty"
    off = "off"

    @property
    def code(self) -> int:
        return CATEGORIES.index(self)


CATEGORIES: tuple[Category, ...] = tuple(Category)
PASSIVE = frozenset({Category.legevakt_on_call, Category.backup_on_call})
NOT_WORK = frozenset({Category.off, Category.rest_after_duty})
LEGEVAKT = frozenset({Category.legevakt_active, Category.legevakt_on_call, Category.backup_on_call})
DAY_MINUTES = 24 * 60
NIGHT_START, NIGHT_END = 21 * 60, 6 * 60  # aml § 10-11: night work is 21:00–06:00


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
    non-overlapping, with `categories[i]` the `Category.code` of each."""

    physician: str
    origin: dt.datetime
    starts: np.ndarray
    ends: np.ndarray
    categories: np.ndarray

    @classmethod
    def from_intervals(
        cls, physician: str, origin: dt.datetime, intervals: list[tuple[int, int, Category]]
    ) -> Timeline:
        ordered = sorted(intervals, key=lambda item: item[0])
        return cls(
            physician,
            origin,
            np.array([i[0] for i in ordered], dtype=np.int64),
            np.array([i[1] for i in ordered], dtype=np.int64),
            np.array([i[2].code for i in ordered], dtype=np.int8),
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
