"""Each physician's timeline: the planned blocks with the simulated work over them, and the
rest the plan could not foresee (`rest.py`), painted into one `Timeline`.

Physicians are painted independently of each other from the plan and the work log, so with an
executor they are painted in its tasks (`physician_tasks.py`); the timelines are the same
whoever paints them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from simulator.engine.calendar import Calendar
from simulator.engine.layers import clipped, overlapping, union
from simulator.engine.rest import unplanned_rest
from simulator.engine.schedule import Block, Priority, Schedules, paint
from simulator.plan.timeline import CATEGORIES, Category, Timeline
from simulator.scenario.physicians import Physician

if TYPE_CHECKING:
    from simulator.engine.run import Run

Work = tuple[np.ndarray, np.ndarray, np.ndarray]  # the work log's starts, ends and codes
REST = Category.rest_after_duty.code


def physician_timelines(run: Run, schedules: Schedules) -> dict[str, Timeline]:
    """Every physician's timeline, in the order of the scenario's physicians."""
    physicians = run.plan.scenario.physicians
    return {p.id: timeline(schedules, p, run.worklog.columns(p.id)) for p in physicians}


def timeline(schedules: Schedules, physician: Physician, work: Work) -> Timeline:
    """One physician's planned blocks under their simulated work, with unforeseen rest: the
    work laid over the plan painted once (`Schedules.planned`), then the rest."""
    origin, horizon = schedules.calendar.origin, schedules.calendar.horizon
    starts, ends, codes = clipped(*work, horizon)
    if overlapping(starts, ends):  # which work wins is the order listed: paint every minute
        return _painted_by_minute(schedules, physician, work)
    painted = schedules.planned(physician).over(starts, ends, codes, Priority.work)
    first = Timeline(physician.id, origin, *painted.intervals())
    more = unplanned_rest(first, physician, schedules.rest_minutes)
    if not more:
        return first
    starts = np.array([b.start for b in more], np.int64)
    ends = np.array([b.end for b in more], np.int64)
    starts, ends = union(*clipped(starts, ends, ends, horizon)[:2])
    rested = painted.over(starts, ends, np.full(len(starts), REST, np.int8), Priority.rest)
    return Timeline(physician.id, origin, *rested.intervals())


def _painted_by_minute(schedules: Schedules, physician: Physician, work: Work) -> Timeline:
    """`timeline` painted from all the blocks minute by minute."""
    blocks = schedules.planned_blocks(physician)
    blocks += [Block(s, e, Priority.work, CATEGORIES[c]) for s, e, c in zip(*work, strict=True)]
    first = _painted(schedules.calendar, physician.id, blocks)
    more = unplanned_rest(first, physician, schedules.rest_minutes)
    return _painted(schedules.calendar, physician.id, blocks + more) if more else first


def _painted(calendar: Calendar, physician: str, blocks: list[Block]) -> Timeline:
    return Timeline(physician, calendar.origin, *paint(blocks, calendar.horizon))
