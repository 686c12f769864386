"""Each physician's timeline: the planned blocks with the simulated work over them, and the
rest the plan could not foresee (`rest.py`), painted into one `Timeline`.

Physicians are painted independently of each other from the plan and the work log, so with an
executor they are painted as its tasks (a few per worker, each carrying the replication's inputs
that its district tasks carried, calendars included, so a worker that lives on has them
already); the timelines are the same whoever paints them, and come back in the order of the
physicians.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from simulator.engine.calendar import Calendar
from simulator.engine.district_tasks import TASKS_PER_WORKER, Executor
from simulator.engine.rest import unplanned_rest
from simulator.engine.schedule import Block, Priority, Schedules, paint
from simulator.engine.shipped import Shipped, opened
from simulator.plan.assignment import Assignment
from simulator.plan.timeline import Category, Timeline
from simulator.scenario.physicians import Physician

if TYPE_CHECKING:
    from simulator.engine.run import Run

Work = list[tuple[int, int, Category]]  # a physician's intervals in the work log


def physician_timelines(
    run: Run, schedules: Schedules, executor: Executor | None = None
) -> dict[str, Timeline]:
    """Every physician's timeline, in the order of the scenario's physicians; with an executor,
    as its tasks carrying the district tasks' inputs (`run.shipped`)."""
    shifts: dict[str, list[Assignment]] = defaultdict(list)
    for a in run.rota:
        shifts[a.physician].append(a)
    physicians = run.plan.scenario.physicians
    work = [(i, shifts[p.id], run.worklog.intervals(p.id)) for i, p in enumerate(physicians)]
    shared = run.shipped
    if executor is None or shared is None:
        return {
            p.id: timeline(schedules, p, s, w)
            for p, (_, s, w) in zip(physicians, work, strict=True)
        }
    n = TASKS_PER_WORKER * executor.workers
    chunks = [work[i::n] for i in range(min(n, len(work)))]  # dealt in turn: sizes even out
    done: dict[int, Timeline] = {}
    for _, painted in executor.run(_task, [(shared, chunk) for chunk in chunks]):
        done.update(painted)
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


def _task(
    shared: Shipped, chunk: list[tuple[int, list[Assignment], Work]]
) -> list[tuple[int, Any]]:
    schedules = opened(shared).schedules
    physicians = schedules.plan.scenario.physicians
    return [(i, timeline(schedules, physicians[i], s, w)) for i, s, w in chunk]
