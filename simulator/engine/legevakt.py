"""The legevakt station as a SimPy model: a priority queue of doctor jobs and the doctors on
duty who take them.

Doctors on site wait at the station; a home-call doctor waits at home and travels to the
station, the patient or the bed unit over the travel network; a call-out or home visit takes the
doctor away for the round trip. A backup doctor (bakvakt) is called in for a red job when no
doctor on duty is free. A job that finds no doctor waits for the next shift.
"""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Generator
from dataclasses import dataclass, field

import numpy as np
import simpy
from simpy.events import Timeout

from simulator.engine.arrivals import Urgency
from simulator.engine.doctor import Doctor
from simulator.engine.eventlog import Event, EventLog
from simulator.engine.job_queue import JobQueue
from simulator.engine.stats import Histogram, TimeAverage, summed
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


PHONE = Kind.phone
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
    taken: float = 0.0  # when a doctor took it off the queue
    trip: float = 0.0  # the doctor's trip to it then


def patient_jobs(
    kinds: list[str],
    urgency: list[int],
    contact: list[float],
    places: list[str],
    municipality: str,
    minutes: list[float],
    callout: list[bool],
    numbers: list[int],
) -> list[Job]:
    """Jobs of one municipality's patients, from columns: `Job` mapped over its fields in
    order (what is not given at its default), a third cheaper than a call per job."""
    fixed = (itertools.repeat(v) for v in (municipality, False, None, 0.0))
    municipalities, call, then, then_delay = fixed
    return list(
        map(
            Job,
            kinds,
            urgency,
            contact,
            places,
            municipalities,
            minutes,
            callout,
            call,
            then,
            then_delay,
            numbers,
        )
    )


@dataclass
class StationKpis:
    """KPIs of one station (after warm-up), counted in batches of the jobs that joined and
    left its queue (`Station.kpis`)."""

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

    def flush(self) -> None:
        """Bin the waits every histogram holds back: a district's small histograms never fill
        their buffer, and a national year's held their values as floats until its KPIs."""
        histograms = [self.calls, self.bed_waits, self.red_free, self.red_travel]
        for keyed in (self.waits, self.waits_by_municipality, self.response):
            histograms += keyed.values()
        for histogram in histograms:
            histogram.flush()

    def count_joined(self, joined: list[float]) -> None:
        """Count the jobs that joined the queue at the times `joined`."""
        self.queued += len(joined)
        times = np.array(joined)
        hours = np.floor_divide(times[times >= self.warmup], 60).astype(np.int64) % HOURS_PER_WEEK
        self.queued_after_warmup += len(hours)
        counts = np.bincount(hours, minlength=HOURS_PER_WEEK).tolist()
        self.by_hour_of_week = [a + b for a, b in zip(self.by_hour_of_week, counts, strict=True)]

    def count_served(self, served: list[Job]) -> None:
        """Count the waits of the jobs `served`, in the order they were taken, as if one by
        one as they came: histograms get their values in that order, sums add up in it."""
        if not served:
            return
        self.started += len(served)
        taken, trip, entered, contact = (_column(served, f) for f in TIMES)
        urgency = _column(served, "urgency", np.int64)
        call, callout = _column(served, "call", bool), _column(served, "callout", bool)
        kinds = list(map(operator.attrgetter("kind"), served))
        bed = np.fromiter(map(Kind.bed.__eq__, kinds), bool, len(kinds))
        not_patient = np.fromiter(map(NOT_PATIENTS.__contains__, kinds), bool, len(kinds))
        municipalities, municipality = _coded(served, "municipality")
        late = entered >= self.warmup
        self.little_wait = summed(self.little_wait, taken[late] - entered[late])
        start = taken + trip
        minutes = start - entered
        after = contact >= self.warmup
        red = after & (urgency == Urgency.red) & ~call & ~bed
        self.red_free.extend((minutes[red] - trip[red]).tolist())
        self.red_travel.extend(trip[red].tolist())
        self.calls.extend(minutes[after & call].tolist())
        self.bed_waits.extend(minutes[after & ~call & bed].tolist())
        patient = after & ~call & ~not_patient
        _grouped(self.waits, urgency[patient], minutes[patient])
        by_name = municipality[patient], minutes[patient], municipalities
        _grouped(self.waits_by_municipality, *by_name)
        callout &= after
        _grouped(self.response, municipality[callout], (start - contact)[callout], municipalities)


TIMES = ("taken", "trip", "entered", "contact")  # a served job's times


def _column(jobs: list[Job], field: str, dtype: type = float) -> np.ndarray:
    return np.fromiter(map(operator.attrgetter(field), jobs), dtype, len(jobs))


def _coded(jobs: list[Job], field: str) -> tuple[list[str], np.ndarray]:
    """The jobs' names in `field` as codes: the distinct names in order of first appearance,
    and each job's index into them (integers group faster than strings)."""
    values = list(map(operator.attrgetter(field), jobs))
    names = list(dict.fromkeys(values))
    codes = dict(zip(names, itertools.count()))
    return names, np.fromiter(map(codes.__getitem__, values), np.int64, len(values))


def _grouped(
    histograms: dict, keys: np.ndarray, values: np.ndarray, names: list[str] | None = None
) -> None:
    """Each value into the histogram of its key (or of its key's name in `names`), in order;
    keys in order of first appearance."""
    found, first, group = np.unique(keys, return_index=True, return_inverse=True)
    for g in np.argsort(first).tolist():
        key = found[g].item()
        histograms[key if names is None else names[key]].extend(values[group == g].tolist())


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
        self._queue = TimeAverage(warmup)
        self._kpis = StationKpis(warmup)
        self._joined: list[float] = []  # when jobs joined the queue, not yet tallied
        self._served: list[Job] = []  # jobs taken off it, not yet tallied
        self.backups: list[simpy.Event] = []
        self._seq = itertools.count()
        self._trips: dict[tuple[str, str], tuple[float, float]] = {}  # (from, to): minutes, km

    def put(self, job: Job, last: bool = False) -> None:
        """A job joins the doctors' queue now (`last`: as the caller's last act, see
        `JobQueue.put`). The queue is a heap of (rank, job): by urgency, then in order of
        joining (ranks are unique, so jobs are never compared)."""
        now = self.env._now
        store = self.store
        if self.backups and job.urgency == Urgency.red and not store.get_queue:
            self.backups.pop(0).succeed()
        job.entered = now
        self._joined.append(now)
        if self.events is not None:
            self.events.job(now, Event.queued, self.legevakt.id, job)
        store.put((job.urgency * RANK_STRIDE + next(self._seq), job), last)

    def put_later(self, job: Job, delay: float) -> Generator:
        yield Timeout(self.env, delay)
        self.put(job)

    def close(self, horizon: float) -> None:
        """At the end of the run: jobs still waiting count their wait so far (Little's law)."""
        kpis = self.kpis
        for _, job in self.store.items:
            if job.entered >= kpis.warmup:
                kpis.little_wait += horizon - job.entered

    @property
    def kpis(self) -> StationKpis:
        """The station's KPIs, with every job counted up to now."""
        self._tally()
        return self._kpis

    @property
    def queue(self) -> TimeAverage:
        """The queue length over time."""
        self._tally()
        return self._queue

    def _tally(self) -> None:
        """Count the jobs that joined and left the queue since the last tally: kept as plain
        lists while the model runs and counted with NumPy, in the same order, when asked."""
        joined, served = self._joined, self._served
        if not joined and not served:
            return
        left = [job.taken for job in served]
        times = np.array(joined + left)
        order = np.argsort(times, kind="stable")  # ties add nothing to the area
        deltas = np.repeat(np.array([1, -1]), [len(joined), len(left)])
        self._queue.changes(times[order], deltas[order])
        self._kpis.count_joined(joined)
        self._kpis.count_served(served)
        self._joined, self._served = [], []

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
    ) -> None:
        """Start one doctor's shift now (engine/doctor.py); a backup doctor's is a process."""
        if mode is ShiftMode.backup:
            self.env.process(self._backup(physician, start, end, home))
        else:
            Doctor(self, physician, start, end, mode, home, closing)

    def _backup(self, physician: str, start: float, end: float, home: str) -> Generator:
        """A backup doctor on call at home, called in for red jobs (see `put`)."""
        env = self.env
        if start > env.now:
            yield Timeout(env, start - env.now)
        while env.now < end:
            call = env.event()
            self.backups.append(call)
            yield call | Timeout(env, end - env.now)
            if not call.triggered:
                self.backups.remove(call)
                return
            get = self.store.get()
            yield get | Timeout(env, 0)
            if not get.triggered:
                get.cancel()
                continue
            _, job = get.value
            busy, here = self.serve(physician, job, home)
            yield Timeout(env, busy)
            if job.then is not None:
                self.follow_up(job.then, job.then_delay)
            yield Timeout(env, self.go(physician, here, home))

    def serve(self, physician: str, job: Job, here: str) -> tuple[float, str]:
        """`physician` takes `job` off the queue now: record the trip to it (travel times are
        known in advance) and the work. Returns the minutes busy and where the doctor ends up."""
        now = self.env._now
        trip = 0.0
        kind, minutes = job.kind, job.minutes
        if kind != PHONE and here != job.place:
            trip = self.go(physician, here, job.place)
            here = job.place
        job.taken, job.trip = now, trip
        self._served.append(job)
        start = now + trip
        self.log.record(physician, start, start + minutes, CATEGORY_OF.get(kind, ACTIVE))
        if self.events is not None:
            self._log_job(self.events, physician, job, start)
        return trip + minutes, here

    def _log_job(self, events: EventLog, physician: str, job: Job, start: float) -> None:
        lv = self.legevakt.id
        events.job(start, Event.started, lv, job, physician=physician, minutes=start - job.entered)
        events.job(start + job.minutes, Event.ended, lv, job, physician=physician)

    def follow_up(self, job: Job, delay: float) -> None:
        """After a call the doctor answered: the follow-up joins the queue `delay` later."""
        self.env.process(self.put_later(job, delay))

    def go(self, physician: str, a: str, b: str) -> float:
        """Record a trip from `a` to `b` starting now; returns its minutes."""
        trip = self._trips.get((a, b))
        if trip is None:
            trip = self._trips[(a, b)] = (self.travel.minutes(a, b), self.travel.km(a, b))
        minutes, km = trip
        now = self.env._now
        self.log.travel(physician, now, minutes, km)
        if self.events is not None:
            self.events.add(
                now,
                Event.travel,
                legevakt=self.legevakt.id,
                physician=physician,
                origin=a,
                place=b,
                minutes=minutes,
                km=km,
            )
        return minutes
