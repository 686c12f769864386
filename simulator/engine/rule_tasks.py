"""The timeline rules on a replication's timelines: checked here, or found already by the tasks
that finished the timelines (`physician_tasks.py`).

Each timeline rule judges one physician's timeline at a time and names that physician in its
findings, so the findings of tasks that each check a few physicians, sorted together (a stable
sort by severity, rule, subject and start), are those of one check of all the timelines.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from simulator.rules import Finding, check_timelines, load_catalogue

if TYPE_CHECKING:
    from simulator.engine.run import Run


def timeline_findings(run: Run, on: dt.date) -> list[Finding]:
    """The findings of the timeline rules in force on `on` (the shipped catalogue's)."""
    scenario = run.plan.scenario
    if run.timeline_findings is not None and on == scenario.scenario.effective_rules_date:
        return run.timeline_findings
    return check_timelines(scenario, list(run.timelines.values()), on, load_catalogue())
