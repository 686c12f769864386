"""One legevakt district simulated on its own: its contacts routed, the call centre, and the
doctors' queue as a SimPy model over the whole horizon.

Districts do not interact while they run (each has its own queue, doctors and bed work), so
each gets its own SimPy environment and its contacts exist only while it runs: memory is that
of the largest district, not of the country. Doctors' shift processes are started when their
shift begins, so the event queue holds only the shifts in progress.
"""

from __future__ import annotations

import bisect
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import simpy
from simpy.events import Timeout

from simulator.engine.arrivals import Contacts, Urgency, office_hours
from simulator.engine.calendar import MINUTES_PER_DAY
from simulator.engine.call_centre import ANSWER_TARGET_MINUTES, CallCentreKpis, answer
from simulator.engine.closing import Closings
from simulator.engine.commute import duty_bases
from simulator.engine.coverage_hours import open_minutes
from simulator.engine.demand import Contact
from simulator.engine.eventlog import Event
from simulator.engine.legevakt import Job, Kind, Station, StationKpis
from simulator.engine.nurses import ShiftNurses
from simulator.engine.shift_training import training_entries
from simulator.engine.stats import TimeAverage
from simulator.engine.telemedicine import CONFERENCE_MINUTES
from simulator.plan.assignment import Assignment, Cover
from simulator.scenario.legevakt import Daytime, Legevakt, ShiftMode
from simulator.scenario.registry import video_legevakter

if TYPE_CHECKING:
    from simulator.engine.run import Run

Entry = tuple[float, Job]  # when a job joins a station's queue, and the job
Call = tuple[float, float, Job | None, float, int]  # time, handling, follow-up, delay, contact
# Contacts that do not come through the call centre: red responses via AMK, written messages.
NOT_CALLS = frozenset({Contact.red_response, Contact.e_consultation})


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
    entries = _route(run, lv, contacts, acute, Elsewhere(run, shifts, homes), nurses)
    run.doctor_entries += len(entries)
    entries += bed_entries + training_entries(run, lv)
    entries.sort(key=lambda e: e[0])
    _Feed(env, station, entries, calendar.horizon, run).next()
    closing = Closings(open_minutes(lv, calendar), entries)
    bases = duty_bases(run, lv, homes)
    env.process(_rota(env, station, _timed(shifts, run, bases), closing))
    env.run(until=calendar.horizon)
    station.close(calendar.horizon)
    return StationOutcome(station.kpis, station.queue, station.waiting)


def _route(
    run: Run,
    lv: Legevakt,
    contacts: list[Contacts],
    acute: dict[str, np.ndarray],
    elsewhere: Elsewhere,
    nurses: ShiftNurses,
) -> list[Entry]:
    """Send each contact where it goes: to the GP offices in office hours (no daytime
    legevakt), straight to the doctors (red responses via AMK, walk-ins), or through the call
    centre; patients go to a neighbour's station while the neighbour takes the shift. The
    nurses on a shift take their share of the consultations that are not red."""
    travel, events, warmup = run.travel, run.events, run.calendar.warmup
    daytime_to_gp = lv.daytime is Daytime.gp_offices
    conference = CONFERENCE_MINUTES if lv.id in video_legevakter(run.plan.scenario) else 0.0
    neighbour, nursed = bool(elsewhere), bool(nurses)
    calls: list[Call] = []
    direct: list[Entry] = []
    number = 0
    for group in contacts:
        office = _to_gp_offices(run, group, acute) if daytime_to_gp else []
        c = _listed(group)
        to_station = travel.minutes(c.place, lv.station)
        counts_travel = c.contact is Contact.station_consultation
        not_call = c.contact in NOT_CALLS
        trips: list[float] = []  # of the patients who came to the station after warm-up
        run.contacts += len(c.times)
        for i, t in enumerate(c.times):
            number += 1
            if events is not None:
                events.contact(t, lv.id, number, c, i)
            if daytime_to_gp and office[i]:
                if events is not None:
                    events.add(t, Event.to_gp_offices, legevakt=lv.id, contact=number)
                continue
            station, trip = lv.station, to_station
            if neighbour and (away := elsewhere.station(t)):
                station, trip = away, travel.minutes(c.place, away)
            job, delay = _job(c, i, t, station, trip, number, conference)
            if nursed and job and job.kind == Kind.consultation and job.urgency != Urgency.red:
                job.minutes *= 1 - nurses.share(t + delay)
            if counts_travel and t >= warmup:
                trips.append(trip)
            if not_call or c.walk_in[i]:
                direct.append((t + delay, job))
            else:
                calls.append((t, float(c.handling_minutes[i]), job, delay, number))
        if trips:
            run.patient_travel[c.municipality].extend(trips)
    calls.sort(key=lambda x: x[0])
    return direct + _answer(run, lv, calls)


def _to_gp_offices(run: Run, c: Contacts, acute: dict[str, np.ndarray]) -> list[bool]:
    """Which of `c` come in office hours and go to the GP offices: counted, and those that are
    not nurse advice added to their municipality's acute contacts of the day."""
    office = office_hours(run.calendar, c.times)
    run.to_gp_offices += int(np.count_nonzero(office))
    days = np.floor_divide(c.times[office], MINUTES_PER_DAY).astype(np.int64)
    if len(days) and c.contact is not Contact.nurse_phone:
        np.add.at(acute[c.municipality], days, 1)
    return office.tolist()


def _listed(c: Contacts) -> Contacts:
    """`c` with Python lists for columns: read one element at a time, a list is several times
    cheaper than a NumPy array (the values are the same)."""
    columns = (c.times, c.urgency, c.doctor_minutes, c.handling_minutes, c.walk_in, c.callout)
    return Contacts(c.contact, c.place, c.municipality, *(column.tolist() for column in columns))


def _answer(run: Run, lv: Legevakt, calls: list[Call]) -> list[Entry]:
    """The call centre: nurses answer first come, first served, and the follow-up joins the
    doctors' queue after the call (and the patient's trip). Without nurses the doctor on duty
    answers: the call becomes a phone job ahead of the others, with the follow-up after it."""
    if lv.call_centre.nurses == 0:
        return [
            (
                t,
                Job(
                    Kind.phone,
                    Urgency.red,
                    t,
                    lv.station,
                    job.municipality if job else "",
                    handling,
                    call=True,
                    then=job,
                    then_delay=delay,
                    number=number,
                ),
            )
            for t, handling, job, delay, number in calls
        ]
    centre = run.call_centres.setdefault(lv.id, CallCentreKpis())
    times = np.array([x[0] for x in calls])
    waits, ends = answer(times, np.array([x[1] for x in calls]), lv.call_centre.nurses)
    counted = waits[times >= run.calendar.warmup]
    centre.waits.extend(counted.tolist())
    centre.within_target += int(np.count_nonzero(counted <= ANSWER_TARGET_MINUTES))
    ends = ends.tolist()
    if run.events is not None:
        for (t, _, job, _, number), wait, end in zip(calls, waits.tolist(), ends, strict=True):
            run.events.answered(t, wait, end, lv.id, number, job)
    answered = zip(calls, ends, strict=True)
    entries = [(end + delay, job) for (_, _, job, delay, _), end in answered if job is not None]
    run.nurse_only += len(calls) - len(entries)
    return entries


def _job(
    c: Contacts,
    i: int,
    t: float,
    station: str,
    to_station: float,
    number: int,
    conference: float = 0.0,
) -> tuple[Job | None, float]:
    """The doctor job a contact leads to, and the delay before it joins the queue (the
    patient's trip to the station); None for nurse-only advice. A red patient seen in person
    takes `conference` minutes more with VAKe (engine/telemedicine.py)."""
    contact = c.contact  # compared by identity: a `match` on enum members costs more
    if contact is Contact.nurse_phone:
        return None, 0.0
    urgency = int(c.urgency[i])
    minutes = float(c.doctor_minutes[i])
    if urgency == Urgency.red and contact is not Contact.doctor_phone:
        minutes += conference
    muni = c.municipality
    if contact is Contact.doctor_phone:
        return Job(Kind.phone, urgency, t, station, muni, minutes, number=number), 0.0
    if contact is Contact.e_consultation:  # written, so never urgent
        return Job(Kind.phone, Urgency.green, t, station, muni, minutes, number=number), 0.0
    if contact is Contact.home_visit:
        return Job(Kind.visit, urgency, t, c.place, muni, minutes, number=number), 0.0
    if contact is Contact.red_response and c.callout[i]:
        return Job(Kind.visit, urgency, t, c.place, muni, minutes, True, number=number), 0.0
    delay = 0.0 if c.walk_in[i] else to_station
    return Job(Kind.consultation, urgency, t, station, muni, minutes, number=number), delay


class _Feed:
    """Puts each job into the station's queue at its time, in time order: one timeout per job
    whose callback puts it and schedules the next (lighter than resuming a generator). Jobs
    due at or after the horizon are counted as not yet queued."""

    def __init__(
        self,
        env: simpy.Environment,
        station: Station,
        items: list[Entry],
        horizon: float,
        run: Run,
    ) -> None:
        due = bisect.bisect_left(items, horizon, key=lambda e: e[0])
        run.pending += len(items) - due
        self.env = env
        self.put = station.put
        self.items = iter(items[:due])

    def next(self) -> None:
        for time, job in self.items:
            Timeout(self.env, time - self.env.now, job).callbacks.append(self._arrive)
            return

    def _arrive(self, event: simpy.Event) -> None:
        self.put(event.value)
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
        env.process(station.doctor(a.physician, start, end, mode, home, closing(end)))


class Elsewhere:
    """Where patients go while a neighbouring legevakt takes the shifts (`gaps: neighbour`):
    the neighbour's station, from the start to the end of each shift it takes whole. A shift
    on which an own or locum doctor still works keeps its patients at the own station."""

    def __init__(self, run: Run, shifts: list[Assignment], homes: dict[str, str]) -> None:
        minute = run.calendar.minute
        worked = {(a.shift, a.start) for a in shifts if a.cover in (Cover.pool, Cover.locum)}
        taken = sorted(
            (minute(a.start), minute(a.end), homes[a.physician])
            for a in shifts
            if a.cover is Cover.neighbour
            and a.mode is not ShiftMode.backup
            and (a.shift, a.start) not in worked
        )
        self.windows = _merged(taken)
        self.starts = [w[0] for w in self.windows]

    def __bool__(self) -> bool:
        return bool(self.windows)

    def station(self, t: float) -> str | None:
        """The neighbour's station at minute `t`, or None when the own station is open."""
        i = bisect.bisect_right(self.starts, t) - 1
        if i >= 0 and t < self.windows[i][1]:
            return self.windows[i][2]
        return None


def _merged(windows: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sorted windows with overlapping ones joined, so that the last one starting before a
    minute is the only one that can hold it (one neighbour per legevakt)."""
    merged: list[tuple[int, int, str]] = []
    for start, end, station in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end), station)
        else:
            merged.append((start, end, station))
    return merged
