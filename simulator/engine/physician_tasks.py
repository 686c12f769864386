"""Each physician's part of a replication after the legevakt districts, as tasks on its
executor: their timeline painted, the GP offices' booking of their list, their evening work and
the timeline rules on the finished timeline, in one task per few physicians, so each timeline
is painted, booked over, extended and checked where it was painted (`rule_tasks.py` says why
the findings of several tasks sorted together are those of one check).

All these depend only on the plan, the physician's work log and random streams named for them,
but for two things shared across GPs. The daytime acute contacts are split over the GPs by one
draw per municipality: the replication splits them before the tasks. And the booking's tallies
(`GpKpis`) add up across GPs: waits and counts are integers, but the patients' kilometres are
float sums in the order of the GPs. A task therefore books each GP into tallies of their own,
keeping the kilometres as their addends (`Addends`), and the replication adds them up in the
order of the GPs (`add_tallies`): the same additions in the same order as one booking after
another. Timelines, the minutes left undone and what the KPIs measure of each physician
(`Finished`) come back in the order of the physicians.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from simulator.engine.district_tasks import TASKS_PER_WORKER, Executor, forget, worker_run
from simulator.engine.gp_hours import counted_weeks
from simulator.engine.gp_offices import GpKpis, OfficeSimulation
from simulator.engine.gp_week import add_evening_work
from simulator.engine.kpis import clipped_minutes
from simulator.engine.shipped import Shipped
from simulator.engine.timelines import Work, timeline
from simulator.plan.timeline import Timeline
from simulator.rules import Finding, check_timelines, load_catalogue
from simulator.rules.findings import sort_findings
from simulator.scenario.physicians import Physician

if TYPE_CHECKING:
    from simulator.engine.run import Run

Acute = dict[tuple[str, str], np.ndarray]  # (GP, municipality) → acute requests per working day
Part = tuple[int, Work, Acute | None]  # a physician's number, work log and (a GP's) acute share


def physician_tasks(
    run: Run, offices: OfficeSimulation, acute: dict[str, np.ndarray], executor: Executor
) -> None:
    """Fill `run`'s timelines, GP tallies, evening work, timeline findings and per-physician
    measures from tasks on `executor`, which carry the inputs its district tasks carried
    (`run.shipped`): the replication's last tasks."""
    assert run.shipped is not None
    physicians = run.plan.scenario.physicians
    shares: dict[str, Acute] = {gp.id: {} for gp in offices.gps}
    for (gp, municipality), counts in offices.acute_split(acute).items():
        shares[gp][gp, municipality] = counts
    parts = [(i, run.worklog.columns(p.id), shares.get(p.id)) for i, p in enumerate(physicians)]
    n = TASKS_PER_WORKER * executor.workers
    chunks = [parts[i::n] for i in range(min(n, len(parts)))]  # dealt in turn: sizes even out
    done: dict[int, Finished] = {}
    found: list[Finding] = []
    for _, (finished, findings) in executor.run(_task, [(run.shipped, c) for c in chunks]):
        done.update(finished)
        found += findings
    forget()
    run.timeline_findings = sort_findings(found)
    run.offices = GpKpis()
    for i, p in enumerate(physicians):
        _take(run, p.id, done[i])


class Finished(NamedTuple):
    """What a task gives back of one physician."""

    timeline: Timeline
    minutes: np.ndarray  # per category after warm-up
    tallies: GpKpis | None = None  # a GP's: their booking
    left: float | None = None  # minutes of evening work left at the end
    weeks: np.ndarray | None = None  # hours in each counted week


def _take(run: Run, physician: str, finished: Finished) -> None:
    """Into `run`, in the order of the physicians."""
    run.timelines[physician] = finished.timeline
    run.minutes[physician] = finished.minutes
    if finished.tallies is not None:
        add_tallies(run.offices, finished.tallies)
    if finished.left is not None:
        run.offices.left_undone[physician] = finished.left
    if finished.weeks is not None:
        run.gp_weeks[physician] = finished.weeks


def add_tallies(total: GpKpis, gp: GpKpis) -> None:
    """Add one GP's booking tallies to `total`, as their booking would have added them."""
    for municipality, waits in gp.waits.items():
        total.waits[municipality] += waits
    for name in ("unmet", "office_asked", "office_within", "moved"):
        counts = getattr(total, name)
        for key, count in getattr(gp, name).items():
            counts[key] += count
    for municipality, addends in gp.patient_km.items():
        for km in addends:
            total.patient_km[municipality] += km
    total.booked.update(gp.booked)


class Addends(list):
    """Stands in for a float tally in a task: keeps what is added to it, in order."""

    def __iadd__(self, value: Any) -> Addends:  # type: ignore[override]
        self.append(value)
        return self


def _task(shared: Shipped, chunk: list[Part]) -> tuple[list[tuple[int, Finished]], list[Finding]]:
    """Paint, book, extend, check and measure the physicians of `chunk`."""
    run, streams = worker_run(shared)
    scenario = run.plan.scenario
    offices = OfficeSimulation(
        scenario, run.schedules, run.demand, run.calendar, run.travel, streams
    )
    timelines, tallies = {}, {}
    for i, work, acute in chunk:
        physician = scenario.physicians[i]
        timelines[physician.id] = painted = timeline(run.schedules, physician, work)
        if acute is not None:
            offices.kpis = tallies[physician.id] = GpKpis(patient_km=defaultdict(Addends))
            offices.book(physician, painted, acute)
    booked = {gp: t.booked[gp] for gp, t in tallies.items()}
    local = dataclasses.replace(run, timelines=timelines, offices=GpKpis(booked=booked))
    add_evening_work(local, streams)
    finished = [(i, _finished(local, scenario.physicians[i], tallies)) for i, _, _ in chunk]
    return finished, check_timelines(scenario, list(timelines.values()), catalogue=load_catalogue())


def _finished(run: Run, physician: Physician, tallies: dict[str, GpKpis]) -> Finished:
    """The physician's part of a task's `run`, measured as the KPIs measure it."""
    final = run.timelines[physician.id]
    minutes = clipped_minutes(final, run.calendar.warmup, run.calendar.horizon)
    if physician.id not in tallies:
        return Finished(final, minutes)
    left = run.offices.left_undone.get(physician.id)
    own = _plain(tallies[physician.id])
    return Finished(final, minutes, own, left, counted_weeks(run, physician))


def _plain(tallies: GpKpis) -> GpKpis:
    """`tallies` with plain dicts, which pickle (their defaults are made by lambdas)."""
    fields = dataclasses.fields(tallies)
    return dataclasses.replace(tallies, **{f.name: dict(getattr(tallies, f.name)) for f in fields})
