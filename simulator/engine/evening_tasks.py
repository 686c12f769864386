"""The GPs' evening work (`gp_week.add_evening_work`) as tasks on the replication's executor.

A GP's evening work depends on their own timeline, bookings and office days and on a random
stream named for them, and `add_evening_work` passes over GPs without bookings; so a task runs
it on a run that holds a few GPs' bookings and timelines, built from the replication's inputs
that its workers have unpickled already (`run.shipped`), and the replication takes the
timelines and the minutes left undone back in the order of the physicians, as one call fills
them.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np

from simulator.engine.district_tasks import TASKS_PER_WORKER, Executor, worker_run
from simulator.engine.gp_offices import GpKpis
from simulator.engine.gp_week import add_evening_work
from simulator.engine.shipped import Shipped
from simulator.engine.streams import Streams
from simulator.plan.timeline import Timeline

if TYPE_CHECKING:
    from simulator.engine.run import Run


def evening_work(run: Run, streams: Streams, executor: Executor | None = None) -> None:
    """Add the evening work to `run`: here, or as tasks on `executor`."""
    if executor is None or run.shipped is None:
        add_evening_work(run, streams)
        return
    booked = run.offices.booked
    gps = [p.id for p in run.plan.scenario.physicians if p.id in booked]
    n = TASKS_PER_WORKER * executor.workers
    chunks = [gps[i::n] for i in range(min(n, len(gps)))]
    tasks = [
        (run.shipped, {g: booked[g] for g in c}, {g: run.timelines[g] for g in c}) for c in chunks
    ]
    timelines: dict[str, Timeline] = {}
    left: dict[str, float] = {}
    for _, (done, undone) in executor.run(_task, tasks):
        timelines.update(done)
        left.update(undone)
    for gp in gps:
        run.timelines[gp] = timelines[gp]
        if gp in left:
            run.offices.left_undone[gp] = left[gp]


def _task(
    shared: Shipped, booked: dict[str, np.ndarray], timelines: dict[str, Timeline]
) -> tuple[dict[str, Timeline], dict[str, float]]:
    run, streams = worker_run(shared)
    local = dataclasses.replace(run, timelines=timelines, offices=GpKpis(booked=booked))
    add_evening_work(local, streams)
    return local.timelines, local.offices.left_undone
