"""One legevakt district simulated on its own: its contacts routed (engine/routing.py), and the
doctors' queue as a SimPy model over the whole horizon.

Districts do not interact while they run (each has its own queue, doctors and bed work), so
each gets its own SimPy environment and its contacts exist only while it runs: memory is that
of the largest district, not of the country. Doctors' shift processes are started when their
shift begins, so the event queue holds only the shifts in progress.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import simpy

from simulator.engine.arrivals import Contacts
from simulator.engine.closing import Closings
from simulator.engine.commute import duty_bases
from simulator.engine.coverage_hours import open_minutes
from simulator.engine.job_queue import Recurring
from simulator.engine.legevakt import Job, Station, StationKpis
from simulator.engine.nurses import ShiftNurses
from simulator.engine.routing import Elsewhere, Entry, route
from simulator.engine.shift_training import training_entries
from simulator.engine.stats import TimeAverage
from simulator.plan.assignment import Assignment, Cover
from simulator.scenario.legevakt import Legevakt, ShiftMode

if TYPE_CHECKING:
    from simulator.engine.run import Run


@dataclass(frozen=True)
class StationOutcome:
    """What is read of a station after its run (picklable, unlike the SimPy model), its waits
    binned: only their counts are kept until the KPIs are read."""

    kpis: StationKpis
    queue: TimeAverage
    waiting: int

    def __post_init__(self) -> None:
        self.kpis.flush()


def simulate_district(
    run: Run,
    lv: Legevakt,
    contacts: list[Contacts],
    bed_entries: list[Entry],
    shifts: Iterable[Assignment],
    homes: dict[str, str],
    acute: dict[str, np.ndarray],
) -> StationOutcome:
    """Route `contacts` (daytime acute ones into `acute`), then run the doctors' queue with
    the bed work of `bed_entries` and the doctors of `shifts` until the horizon."""
    calendar = run.calendar
    env = simpy.Environment()
    station = Station(env, lv, run.travel, run.worklog, calendar.warmup, run.events)
    shifts = list(shifts)
    nurses = ShiftNurses(lv, shifts, calendar)
    times, jobs = route(run, lv, contacts, acute, Elsewhere(run, shifts, homes), nurses)
    run.doctor_entries += len(jobs)
    for time, job in bed_entries + training_entries(run, lv):
        times.append(time)
        jobs.append(job)
    times, jobs = _in_order(times, jobs)
    due = int(np.searchsorted(times, calendar.horizon))
    run.pending += len(jobs) - due  # jobs due at or after the horizon are not queued
    Feed(env, station, times[:due].tolist(), jobs[:due]).next()
    closing = Closings(open_minutes(lv, calendar), times, jobs)
    bases = duty_bases(run, lv, homes)
    env.process(_rota(env, station, _timed(shifts, run, bases), closing))
    env.run(until=calendar.horizon)
    station.close(calendar.horizon)
    return StationOutcome(station.kpis, station.queue, station.waiting)


def _in_order(times: list[float], jobs: list[Job]) -> tuple[np.ndarray, list[Job]]:
    """The jobs by when they join the queue (`times`), those at the same time as listed."""
    order = np.argsort(times, kind="stable")
    return np.array(times)[order], [jobs[i] for i in order.tolist()]


class Feed(Recurring):
    """Puts each job into the station's queue at its time, in time order: the event of one
    job's arrival, whose callback puts the job and schedules the event again for the next
    (lighter than resuming a generator, or than an event per job)."""

    def __init__(
        self, env: simpy.Environment, station: Station, times: list[float], jobs: list[Job]
    ) -> None:
        super().__init__(env)
        self.put = station.put
        self.times = [*times, math.inf]  # after the last job
        self.jobs = jobs
        self.count = 0  # jobs scheduled so far

    def next(self) -> None:
        """Schedule the next job's arrival, if there is one."""
        if self.count < len(self.jobs):
            self.after(self.times[self.count] - self.env._now, self._arrive)
            self.count += 1

    def _arrive(self, _: simpy.Event) -> None:
        """Put the job. The put's handover event comes before the next arrival's; when the
        next arrives later than now their order cannot matter, so the next is scheduled first
        and the put is the last act (`JobQueue.put`)."""
        job = self.jobs[self.count - 1]
        if self.times[self.count] > self.env._now:
            self.next()
            self.put(job, last=True)
        else:
            self.put(job)
            self.next()


def _timed(
    shifts: Iterable[Assignment], run: Run, homes: dict[str, str]
) -> list[tuple[int, int, Assignment, str | None]]:
    """The shifts as (start, end, assignment, home) in engine minutes, by start."""
    minute = run.calendar.minute
    timed = [(minute(a.start), minute(a.end), i, a) for i, a in enumerate(shifts)]
    timed.sort(key=lambda s: (s[0], s[2]))
    return [(start, end, a, homes.get(a.physician)) for start, end, _, a in timed]


def _rota(
    env: simpy.Environment,
    station: Station,
    shifts: list[tuple[int, int, Assignment, str | None]],
    closing: Closings,
) -> Generator:
    """Start each doctor's shift process when the shift begins (a home-call doctor without a
    home waits at the station; a neighbour's doctor waits at the neighbour's station, which is
    their `home`; an empty place has no doctor; a shift that ends as the legevakt closes sees
    its last patients)."""
    for start, end, a, home in shifts:
        if a.cover is Cover.unstaffed:
            continue
        if start > env.now:
            yield env.timeout(start - env.now)
        mode = a.mode
        if a.cover is Cover.neighbour and mode is ShiftMode.on_site:
            mode = ShiftMode.home_call
        home = home or station.place
        station.doctor(a.physician, start, end, mode, home, closing(end))
