"""The legevakt station as a SimPy model: a priority queue of doctor jobs and the doctors on
duty who take them.

Doctors on site wait at the station; a home-call doctor waits at home and travels to the
station, the patient or the bed unit over the travel network; a call-out or home visit takes the
doctor away for the round trip. A backup doctor (bakvakt) is called in for a red job when no
doctor on duty is free. A job that finds no doctor waits for the next shift.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Generator
from dataclasses import dataclass, field

import numpy as np
import simpy

from simulator.engine.arrivals import Urgency
from simulator.engine.stats import Histogram, TimeAverage
from simulator.engine.travel import TravelTimes
from simulator.engine.worklog import WorkLog
from simulator.scenario.legevakt import Legevakt, ShiftMode
from simulator.timeline import Category

HOURS_PER_WEEK = 7 * 24


class Kind:
    phone = "phone"
    consultation = "consultation"
    visit = "visit"  # home visit or call-out: the doctor goes to the patient
    bed = "bed"  # admission or round in a bed unit


@dataclass(slots=True)
class Job:
    kind: str
    urgency: int
    contact: float  # when the patient first made contact
    place: str  # where the doctor does the work (patient's home, station, bed unit)
    municipality: str
    minutes: float
    callout: bool = False
    call: bool = False  # a call the doctor answers (no nurses at the call centre)
    then: Job | None = None  # follow-up after a call the doctor answered
    then_delay: float = 0.0


@dataclass
class StationKpis:
    """Streaming KPIs of one station (after warm-up)."""

    warmup: float
    waits: dict[int, Histogram] = field(default_factory=lambda: defaultdict(Histogram))
    waits_by_municipality: dict[str, Histogram] = field(
        default_factory=lambda: defaultdict(Histogram)
    )
    response: dict[str, Histogram] = field(default_factory=lambda: defaultdict(Histogram))
    calls: Histogram = field(default_factory=Histogram)
    queued: int = 0
    started: int = 0
    queued_after_warmup: int = 0
    by_hour_of_week: np.ndarray = field(default_factory=lambda: np.zeros(HOURS_PER_WEEK))
    little_wait: float = 0.0  # total wait of jobs that joined the queue after warm-up

    def waited(self, job: Job, minutes: float) -> None:
        """The patient's wait from joining the queue to the doctor starting (on the phone, at
        the station or on scene)."""
        if job.call and job.contact >= self.warmup:
            self.calls.add(minutes)
        elif job.contact >= self.warmup and job.kind != Kind.bed:
            self.waits[job.urgency].add(minutes)
            self.waits_by_municipality[job.municipality].add(minutes)


class Station:
    def __init__(
        self,
        env: simpy.Environment,
        legevakt: Legevakt,
        travel: TravelTimes,
        log: WorkLog,
        warmup: float,
    ) -> None:
        self.env = env
        self.legevakt = legevakt
        self.place = legevakt.station
        self.travel = travel
        self.log = log
        self.store = simpy.PriorityStore(env)
        self.queue = TimeAverage(warmup)
        self.kpis = StationKpis(warmup)
        self.backups: list[simpy.Event] = []
        self._seq = itertools.count()

    def put(self, job: Job) -> None:
        """A job joins the doctors' queue now."""
        now = self.env.now
        if job.urgency == Urgency.red and not self.store.get_queue and self.backups:
            self.backups.pop(0).succeed()
        self.queue.change(now, +1)
        self.kpis.queued += 1
        if now >= self.kpis.warmup:
            self.kpis.queued_after_warmup += 1
            self.kpis.by_hour_of_week[int(now // 60) % HOURS_PER_WEEK] += 1
        self.store.put(simpy.PriorityItem((job.urgency, now, next(self._seq)), job))

    def put_later(self, job: Job, delay: float) -> Generator:
        yield self.env.timeout(delay)
        self.put(job)

    def _taken(self, item: simpy.PriorityItem) -> tuple[Job, float]:
        """A doctor takes a job off the queue: the job and when it joined."""
        now = self.env.now
        self.queue.change(now, -1)
        self.kpis.started += 1
        entered = item.priority[1]
        if entered >= self.kpis.warmup:
            self.kpis.little_wait += now - entered
        return item.item, entered

    def close(self, horizon: float) -> None:
        """At the end of the run: jobs still waiting count their wait so far (Little's law)."""
        for item in self.store.items:
            entered = item.priority[1]
            if entered >= self.kpis.warmup:
                self.kpis.little_wait += horizon - entered

    @property
    def waiting(self) -> int:
        return len(self.store.items)

    def doctor(
        self, physician: str, start: float, end: float, mode: ShiftMode, home: str
    ) -> Generator:
        """One doctor's shift: take jobs until the shift ends, then finish the one in hand.

        A doctor waits for jobs at their base (the station, or home on home call). At the end
        of the shift one event withdraws a waiting doctor's request, which ends the process
        where it stands; a busy doctor finishes the job, returns to base and leaves.
        """
        env = self.env
        yield env.timeout(max(0.0, start - env.now))
        if mode is ShiftMode.backup:
            yield from self._backup(physician, end, home)
            return
        base = home if mode is ShiftMode.home_call else self.place
        here = base
        waiting: list[simpy.Event] = []
        env.timeout(end - env.now).callbacks.append(lambda _: _withdraw(waiting))
        while env.now < end:
            get = self.store.get()
            waiting[:] = [get]
            item = yield get
            waiting.clear()
            job, entered = self._taken(item)
            busy, here = self._serve(physician, job, entered, here)
            yield env.timeout(busy)
            self._done(job)
            if here != base and not self.store.items:
                yield env.timeout(self._go(physician, here, base))
                here = base
        if here != base:
            yield env.timeout(self._go(physician, here, base))

    def _backup(self, physician: str, end: float, home: str) -> Generator:
        """A backup doctor on call at home, called in for red jobs (see `put`)."""
        env = self.env
        while env.now < end:
            call = env.event()
            self.backups.append(call)
            yield call | env.timeout(end - env.now)
            if not call.triggered:
                self.backups.remove(call)
                return
            get = self.store.get()
            yield get | env.timeout(0)
            if not get.triggered:
                get.cancel()
                continue
            job, entered = self._taken(get.value)
            busy, here = self._serve(physician, job, entered, home)
            yield env.timeout(busy)
            self._done(job)
            yield env.timeout(self._go(physician, here, home))

    def _serve(self, physician: str, job: Job, entered: float, here: str) -> tuple[float, str]:
        """Record `job` done by `physician` from now: the trip to it (travel times are known
        in advance) and the work. Returns the minutes busy and where the doctor ends up."""
        now = self.env.now
        trip = 0.0
        if job.kind != Kind.phone and here != job.place:
            trip = self._go(physician, here, job.place)
            here = job.place
        self.kpis.waited(job, now + trip - entered)
        if job.callout and job.contact >= self.kpis.warmup:
            self.kpis.response[job.municipality].add(now + trip - job.contact)
        category = Category.bed_work if job.kind == Kind.bed else Category.legevakt_active
        self.log.record(physician, now + trip, now + trip + job.minutes, category)
        return trip + job.minutes, here

    def _done(self, job: Job) -> None:
        if job.then is not None:
            self.env.process(self.put_later(job.then, job.then_delay))

    def _go(self, physician: str, a: str, b: str) -> float:
        """Record a trip from `a` to `b` starting now; returns its minutes."""
        minutes = self.travel.minutes(a, b)
        self.log.travel(physician, self.env.now, minutes, self.travel.km(a, b))
        return minutes


def _withdraw(waiting: list[simpy.Event]) -> None:
    """Cancel the doctor's pending request for a job, if it has not been met."""
    for get in waiting:
        if not get.triggered:
            get.cancel()  # type: ignore[attr-defined]
