"""The simulation engine: `simulate(plan, seed)` runs one replication of a compiled plan
(`simulator.compiler.compile_plan`).

Pure: no files, no globals; the result depends only on the input and the seed.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.engine.collector import frozen_heap
from simulator.engine.district_tasks import Executor
from simulator.engine.eventlog import EventLog
from simulator.engine.findings import run_findings
from simulator.engine.gp_hours import gp_hours_kpis
from simulator.engine.kpis import summarise
from simulator.engine.run import Run, replicate
from simulator.engine.series import run_series
from simulator.plan.plan import Plan
from simulator.plan.timeline import Timeline
from simulator.rules import Finding


@dataclass(frozen=True)
class Conservation:
    """Counts that must balance: every contact is sent to the GP offices, ends with the nurse,
    or becomes a doctor job; every job that joined a queue was started or is still waiting."""

    contacts: int
    to_gp_offices: int
    nurse_only: int
    doctor_jobs: int
    queued: int
    started: int
    waiting_at_end: int
    not_yet_queued: int
    bed_arrivals: int
    bed_admitted: int
    bed_transferred: int
    double_booked_minutes: int


@dataclass(frozen=True)
class RunResult:
    scenario: str
    seed: int
    weeks: int
    kpis: dict[str, float]
    by_municipality: dict[str, dict[str, float]]
    timelines: dict[str, Timeline]
    conservation: Conservation
    findings: tuple[Finding, ...]
    series: dict[str, list[float]]


@frozen_heap()
def simulate(
    plan: Plan,
    seed: int,
    weeks: int | None = None,
    events: EventLog | None = None,
    executor: Executor | None = None,
) -> RunResult:
    """One replication of `plan` with random streams from `seed`; `weeks` overrides the
    scenario's horizon (warm-up excluded). With an `events` log every contact, job, trip and
    bed movement is also handed to it (docs/engine.md). With an `executor` (the experiment
    layer's) the legevakt districts run as its tasks, with the same result
    (`engine/district_tasks.py`)."""
    run = replicate(plan, seed, weeks, events, executor)
    kpis, by_municipality = summarise(run)
    kpis.update(gp_hours_kpis(run))
    meta = plan.scenario.scenario
    return RunResult(
        meta.id,
        seed,
        weeks or meta.weeks,
        kpis,
        by_municipality,
        run.timelines,
        _conservation(run),
        tuple(run_findings(run)),
        run_series(run),
    )


def _conservation(run: Run) -> Conservation:
    stations = run.stations.values()
    return Conservation(
        contacts=run.contacts,
        to_gp_offices=run.to_gp_offices,
        nurse_only=run.nurse_only,
        doctor_jobs=run.doctor_entries,
        queued=sum(s.kpis.queued for s in stations),
        started=sum(s.kpis.started for s in stations),
        waiting_at_end=sum(s.waiting for s in stations),
        not_yet_queued=run.pending,
        bed_arrivals=sum(b.arrivals_total for b in run.beds.values()),
        bed_admitted=sum(b.admitted_total for b in run.beds.values()),
        bed_transferred=sum(b.transferred_total for b in run.beds.values()),
        double_booked_minutes=sum(run.worklog.overlap_minutes(p) for p in run.timelines),
    )


__all__ = ["EventLog", "Plan", "RunResult", "simulate"]
