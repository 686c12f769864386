"""The timeline rules on a replication's timelines, checked as tasks on its executor.

Each timeline rule judges one physician's timeline at a time and names that physician in its
findings, so the findings of tasks that each check a few physicians, sorted together (a stable
sort by severity, rule, subject and start), are those of one check of all the timelines. The
tasks carry the replication's inputs (`run.shipped`, already held by a worker that ran its
districts or timelines) for the scenario, and the timelines they check; they run after the
evening work, which adds to the timelines.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from simulator.engine.district_tasks import TASKS_PER_WORKER, Executor, forget
from simulator.engine.shipped import Shipped
from simulator.plan.timeline import Timeline
from simulator.rules import Finding, check_timelines, load_catalogue
from simulator.rules.findings import sort_findings

if TYPE_CHECKING:
    from simulator.engine.run import Run


def timeline_findings(run: Run, on: dt.date, executor: Executor | None = None) -> list[Finding]:
    """The findings of the timeline rules in force on `on` (the shipped catalogue's)."""
    timelines = list(run.timelines.values())
    if executor is None or run.shipped is None:
        return check_timelines(run.plan.scenario, timelines, on, load_catalogue())
    n = TASKS_PER_WORKER * executor.workers
    chunks = [timelines[i::n] for i in range(min(n, len(timelines)))]
    found: list[Finding] = []
    for _, findings in executor.run(_task, [(run.shipped, chunk, on) for chunk in chunks]):
        found += findings
    forget()  # the replication's last tasks
    return sort_findings(found)


def _task(shared: Shipped, timelines: list[Timeline], on: dt.date) -> list[Finding]:
    return check_timelines(shared.value.plan.scenario, timelines, on, load_catalogue())
