"""Ledger categories as numpy lookups, and a timeline prepared once for every check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from simulator.plan.timeline import CATEGORIES, LEGEVAKT, NOT_WORK, PASSIVE, Category, Timeline
from simulator.scenario import Scenario
from simulator.scenario.physicians import Physician

MINUTE = dt.timedelta(minutes=1)
FRONT = frozenset({Category.legevakt_active, Category.legevakt_on_call})
BRIDGE = frozenset({Category.travel, Category.bed_work})


def _table(members: frozenset[Category]) -> np.ndarray:
    """A lookup from category code to membership."""
    return np.array([c in members for c in CATEGORIES])


IS_WORK = ~_table(NOT_WORK)
IS_PASSIVE = _table(PASSIVE)
IS_LEGEVAKT = _table(LEGEVAKT)
IS_FRONT = _table(FRONT)
IS_BRIDGE = _table(BRIDGE)
IS_ACTIVE_DUTY = _table(FRONT - {Category.legevakt_on_call})
IS_BACKUP = _table(frozenset({Category.backup_on_call}))


def duty_mask(
    codes: np.ndarray, starts: np.ndarray, ends: np.ndarray, duty: np.ndarray
) -> np.ndarray:
    """Intervals that belong to a duty: duty categories (`duty` is a lookup by code), plus
    travel and bed work that follow a duty interval without a break (call-outs, KAD rounds,
    the trip home) and so continue it."""
    is_duty = duty[codes]
    joined = is_duty | IS_BRIDGE[codes]
    touching = np.concatenate(([False], starts[1:] == ends[:-1]))
    new_segment = ~(joined & np.concatenate(([False], joined[:-1])) & touching)
    segment_start = np.maximum.accumulate(np.where(new_segment, np.arange(len(codes)), 0))
    duties_so_far = np.cumsum(is_duty)
    before_segment = np.where(segment_start > 0, duties_so_far[segment_start - 1], 0)
    return joined & (duties_so_far - before_segment > 0)


@dataclass
class Prepared:
    """One timeline with the masks every check needs, computed once."""

    timeline: Timeline
    physician: Physician

    @property
    def codes(self) -> np.ndarray:
        """The category codes as indices, made when asked: kept for every timeline of a
        national year they would take 80 MB while the rules run."""
        return self.timeline.categories.astype(np.intp)

    @cached_property
    def work(self) -> np.ndarray:
        return IS_WORK[self.codes]

    @cached_property
    def duty(self) -> np.ndarray:
        t = self.timeline
        return duty_mask(self.codes, t.starts, t.ends, IS_LEGEVAKT)

    def at(self, minute: int) -> dt.datetime:
        return self.timeline.origin + int(minute) * MINUTE


def prepare(scenario: Scenario, timelines: list[Timeline]) -> list[Prepared]:
    """Pair each timeline with its physician; a timeline of an unknown physician is an error."""
    physicians = scenario.by_id("physicians")
    unknown = sorted({t.physician for t in timelines} - set(physicians))
    if unknown:
        raise ValueError(f"timelines for physicians not in the scenario: {', '.join(unknown)}")
    for t in timelines:
        _check_ordered(t)
    return [Prepared(t, physicians[t.physician]) for t in timelines]


def _check_ordered(timeline: Timeline) -> None:
    """The window arithmetic needs sorted, non-overlapping, non-empty intervals."""
    bad = np.flatnonzero(timeline.starts[1:] < timeline.ends[:-1])
    if len(bad):
        at = timeline.origin + int(timeline.starts[bad[0] + 1]) * MINUTE
        raise ValueError(f"timeline of {timeline.physician} overlaps itself at {at}")
    if np.any(timeline.ends <= timeline.starts):
        raise ValueError(f"timeline of {timeline.physician} has an empty or negative interval")
