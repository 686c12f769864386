"""Each physician's timeline: the planned blocks with the simulated work over them, and the
rest the plan could not foresee (`rest.py`), painted into one `Timeline`.

Physicians are painted independently of each other from the plan and the work log, so with an
executor they are painted as its tasks (a few per worker, each carrying the calendars with the
plan once); the timelines are the same whoever paints them, and come back in the order of the
physicians.
"""

from __future__ import annotations

import functools
import pickle
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from simulator.engine.calendar import Calendar
from simulator.engine.district_tasks import TASKS_PER_WORKER, Executor
from simulator.engine.rest import unplanned_rest
from simulator.engine.schedule import Block, Priority, Schedules, paint
from simulator.plan.assignment import Assignment
from simulator.plan.timeline import Category, Timeline
from simulator.scenario.physicians import Physician

if TYPE_CHECKING:
    from simulator.engine.run import Run

Work = list[tuple[int, int, Category]]  # a physician's intervals in the work log


def physician_timelines(
    run: Run, schedules: Schedules, executor: Executor | None = None
) -> dict[str, Timeline]:
    """Every physician's timeline, in the order of the scenario's physicians."""
    shifts: dict[str, list[Assignment]] = defaultdict(list)
    for a in run.rota:
        shifts[a.physician].append(a)
    physicians = run.plan.scenario.physicians
    work = [(i, shifts[p.id], run.worklog.intervals(p.id)) for i, p in enumerate(physicians)]
    if executor is None:
        return {
            p.id: timeline(schedules, p, s, w)
            for p, (_, s, w) in zip(physicians, work, strict=True)
        }
    shared = pickle.dumps(schedules, protocol=pickle.HIGHEST_PROTOCOL)  # plan and vacations
    n = TASKS_PER_WORKER * executor.workers
    chunks = [work[i::n] for i in range(min(n, len(work)))]  # dealt in turn: sizes even out
    done: dict[int, Timeline] = {}
    for _, painted in executor.run(_task, [(shared, chunk) for chunk in chunks]):
        done.update(painted)
    _schedules.cache_clear()  # what an executor in this process built: not needed again
    return {p.id: done[i] for i, p in enumerate(physicians)}


def timeline(
    schedules: Schedules, physician: Physician, shifts: list[Assignment], work: Work
) -> Timeline:
    """One physician's planned blocks under their simulated work, with unforeseen rest."""
    blocks = schedules.blocks(physician, shifts)
    blocks += [Block(s, e, Priority.work, c) for s, e, c in work]
    painted = _painted(schedules.calendar, physician.id, blocks)
    more = unplanned_rest(painted, physician, schedules.rest_minutes)
    return _painted(schedules.calendar, physician.id, blocks + more) if more else painted


def _painted(calendar: Calendar, physician: str, blocks: list[Block]) -> Timeline:
    return Timeline(physician, calendar.origin, *paint(blocks, calendar.horizon))


def _task(shared: bytes, chunk: list[tuple[int, list[Assignment], Work]]) -> list[tuple[int, Any]]:
    schedules = _schedules(shared)
    physicians = schedules.plan.scenario.physicians
    return [(i, timeline(schedules, physicians[i], s, w)) for i, s, w in chunk]


@functools.lru_cache(maxsize=2)
def _schedules(shared: bytes) -> Schedules:
    """The replication's calendars as its process built them: a worker does not work out the
    pools and vacations again."""
    return pickle.loads(shared)
