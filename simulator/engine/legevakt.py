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

import simpy

from simulator.engine.arrivals import Urgency
from simulator.engine.eventlog import Event, EventLog
from simulator.engine.job_queue import JobQueue, Request
from simulator.engine.stats import Histogram, TimeAverage
from simulator.engine.worklog import WorkLog
from simulator.plan.timeline import Category
from simulator.plan.travel import TravelTimes
from simulator.scenario.legevakt import Legevakt, ShiftMode

HOURS_PER_WEEK = 7 * 24
RANK_STRIDE = 1 << 48  # queue rank: urgency × stride + order of joining
BED_WORK, ACTIVE = Category.bed_work.code, Category.legevakt_active.code  # work log codes


class Kind:
    phone = "phone"
    consultation = "consultation"
    visit = "visit"  # home visit or call-out: the doctor goes to the patient
    bed = "bed"  # admission or round in a bed unit
    training = "training"  # a team-training session held on the shift (engine/shift_training.py)


NOT_PATIENTS = frozenset({Kind.bed, Kind.training})  # work without a patient's wait
CATEGORY_OF = {Kind.bed: BED_WORK, Kind.training: Category.training.code}  # else legevakt work


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
    number: int = 0  # the contact's number in the district's event log (0: bed work)
    entered: float = 0.0  # when the job joined the doctors' queue


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
    bed_waits: Histogram = field(default_factory=Histogram)  # admissions and rounds
    # A red job's wait split in two: for a free doctor, then the doctor's trip to it.
    red_free: Histogram = field(default_factory=Histogram)
    red_travel: Histogram = field(default_factory=Histogram)
    queued: int = 0
    started: int = 0
    queued_after_warmup: int = 0
    by_hour_of_week: list[int] = field(default_factory=lambda: [0] * HOURS_PER_WEEK)
    little_wait: float = 0.0  # total wait of jobs that joined the queue after warm-up

    def waited(self, job: Job, minutes: float, trip: float = 0.0) -> None:
        """The wait of a job that came after warm-up, from joining the queue to the doctor
        starting (on the phone, at the station or on scene), `trip` of it the doctor's
        travel."""
        if job.urgency == Urgency.red and not job.call and job.kind != Kind.bed:
            self.red_free.add(minutes - trip)
            self.red_travel.add(trip)
        if job.call:
            self.calls.add(minutes)
        elif job.kind == Kind.bed:
            self.bed_waits.add(minutes)
        elif job.kind not in NOT_PATIENTS:
            self.waits[job.urgency].add(minutes)
            self.waits_by_municipality[job.municipality].add(minutes)


AFTER_THE_LAST = 1e-6  # minutes: a closing doctor waits past the last arrival, float-safe


class Station:
    def __init__(
        self,
        env: simpy.Environment,
        legevakt: Legevakt,
        travel: TravelTimes,
        log: WorkLog,
        warmup: float,
        events: EventLog | None = None,
    ) -> None:
        self.env = env
        self.legevakt = legevakt
        self.place = legevakt.station
        self.travel = travel
        self.log = log
        self.events = events
        self.store = JobQueue(env)
        self.queue = TimeAverage(warmup)
        self.kpis = StationKpis(warmup)
        self.backups: list[simpy.Event] = []
        self._seq = itertools.count()
        self._trips: dict[tuple[str, str], tuple[float, float]] = {}  # (from, to): minutes, km

    def put(self, job: Job) -> None:
        """A job joins the doctors' queue now. The queue is a heap of (rank, job): by urgency,
        then in order of joining (ranks are unique, so jobs are never compared)."""
        now = self.env.now
        store = self.store
        if self.backups and job.urgency == Urgency.red and not store.get_queue:
            self.backups.pop(0).succeed()
        self.queue.change(now, +1)
        kpis = self.kpis
        kpis.queued += 1
        if now >= kpis.warmup:
            kpis.queued_after_warmup += 1
            kpis.by_hour_of_week[int(now // 60) % HOURS_PER_WEEK] += 1
        job.entered = now
        if self.events is not None:
            self.events.job(now, Event.queued, self.legevakt.id, job)
        store.put((job.urgency * RANK_STRIDE + next(self._seq), job))

    def put_later(self, job: Job, delay: float) -> Generator:
        yield self.env.timeout(delay)
        self.put(job)

    def close(self, horizon: float) -> None:
        """At the end of the run: jobs still waiting count their wait so far (Little's law)."""
        for _, job in self.store.items:
            if job.entered >= self.kpis.warmup:
                self.kpis.little_wait += horizon - job.entered

    @property
    def waiting(self) -> int:
        return len(self.store.items)

    def doctor(
        self,
        physician: str,
        start: float,
        end: float,
        mode: ShiftMode,
        home: str,
        closing: float | None = None,
    ) -> Generator:
        """One doctor's shift: take jobs until the shift ends, then finish the one in hand.

        A doctor waits for jobs at their base (the station, or home on home call). At the end
        of the shift one event withdraws a waiting doctor's request, which ends the process
        where it stands; a busy doctor finishes the job, returns to base and leaves. When the
        legevakt closes at the end of the shift (`closing`: when the last patient who called
        before it closed joins the queue), the doctor stays until then and the queue is empty.
        """
        env = self.env
        if start > env.now:
            yield env.timeout(start - env.now)
        if mode is ShiftMode.backup:
            yield from self._backup(physician, end, home)
            return
        base = home if mode is ShiftMode.home_call else self.place
        here = base
        store = self.store
        waiting: list[Request] = [Request(store)]  # the doctor's pending request for a job
        stop = end if closing is None else max(end, closing + AFTER_THE_LAST)
        env.timeout(stop - env.now).callbacks.append(lambda _: _withdraw(waiting[0]))
        while env.now < stop or (closing is not None and store.items):
            waiting[0] = get = store.get()
            _, job = yield get
            busy, here = self._serve(physician, job, here)
            yield env.timeout(busy)
            if job.then is not None:
                self._follow_up(job.then, job.then_delay)
            if here != base and not store.items:
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
            _, job = get.value
            busy, here = self._serve(physician, job, home)
            yield env.timeout(busy)
            if job.then is not None:
                self._follow_up(job.then, job.then_delay)
            yield env.timeout(self._go(physician, here, home))

    def _serve(self, physician: str, job: Job, here: str) -> tuple[float, str]:
        """`physician` takes `job` off the queue now: record the trip to it (travel times are
        known in advance) and the work. Returns the minutes busy and where the doctor ends up."""
        now = self.env.now
        kpis = self.kpis
        self.queue.change(now, -1)
        kpis.started += 1
        if job.entered >= kpis.warmup:
            kpis.little_wait += now - job.entered
        trip = 0.0
        if job.kind != Kind.phone and here != job.place:
            trip = self._go(physician, here, job.place)
            here = job.place
        start = now + trip
        if job.contact >= kpis.warmup:
            kpis.waited(job, start - job.entered, trip)
            if job.callout:
                kpis.response[job.municipality].add(start - job.contact)
        category = CATEGORY_OF.get(job.kind, ACTIVE)
        self.log.record(physician, start, start + job.minutes, category)
        if self.events is not None:
            self._log_job(self.events, physician, job, start)
        return trip + job.minutes, here

    def _log_job(self, events: EventLog, physician: str, job: Job, start: float) -> None:
        lv = self.legevakt.id
        events.job(start, Event.started, lv, job, physician=physician, minutes=start - job.entered)
        events.job(start + job.minutes, Event.ended, lv, job, physician=physician)

    def _follow_up(self, job: Job, delay: float) -> None:
        """After a call the doctor answered: the follow-up joins the queue `delay` later."""
        self.env.process(self.put_later(job, delay))

    def _go(self, physician: str, a: str, b: str) -> float:
        """Record a trip from `a` to `b` starting now; returns its minutes."""
        trip = self._trips.get((a, b))
        if trip is None:
            trip = self._trips[(a, b)] = (self.travel.minutes(a, b), self.travel.km(a, b))
        minutes, km = trip
        self.log.travel(physician, self.env.now, minutes, km)
        if self.events is not None:
            self.events.add(
                self.env.now,
                Event.travel,
                legevakt=self.legevakt.id,
                physician=physician,
                origin=a,
                place=b,
                minutes=minutes,
                km=km,
            )
        return minutes


def _withdraw(get: Request) -> None:
    """Cancel the doctor's pending request for a job, if it has not been met."""
    get.cancel()
