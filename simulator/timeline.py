"""Physician time as the engine produces it and the rules engine checks it.

Every minute of every physician is in exactly one `Category` (MODEL.md §4). A `Timeline` holds
one physician's intervals as arrays, so year-long timelines for hundreds of physicians can be
checked with vectorised rolling windows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import numpy as np


class Category(StrEnum):
    office_clinical = "office_clinical"
    office_admin = "office_admin"
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

    def minutes_by_category(self) -> dict[Category, int]:
        totals = np.bincount(
            self.categories, weights=self.ends - self.starts, minlength=len(CATEGORIES)
        )
        return {c: int(totals[c.code]) for c in CATEGORIES}
