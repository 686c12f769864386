"""Where a legevakt district's contacts go, and the doctor jobs they lead to: to the GP offices in
office hours (no daytime legevakt), straight to the doctors (red responses via AMK, written
messages, walk-ins), or through the call centre; patients go to a neighbour's station while the
neighbour takes the shift, and the nurses on a shift take their share of the consultations
that are not red.

Each settlement's contacts of one type (`Contacts`) are routed at once with NumPy: Python
works per doctor job only to make it, and per contact only when the event log is on.
"""

from __future__ import annotations

import itertools
import operator
from typing import TYPE_CHECKING

import numpy as np

from simulator.engine.arrivals import Contacts, Urgency, office_hours
from simulator.engine.calendar import MINUTES_PER_DAY
from simulator.engine.call_centre import ANSWER_TARGET_MINUTES, CallCentreKpis, answer
from simulator.engine.demand import Contact
from simulator.engine.eventlog import Event
from simulator.engine.legevakt import Job, Kind, patient_jobs
from simulator.engine.nurses import ShiftNurses
from simulator.engine.telemedicine import CONFERENCE_MINUTES
from simulator.plan.assignment import Assignment, Cover
from simulator.plan.travel import TravelTimes
from simulator.scenario.legevakt import Daytime, Legevakt, ShiftMode
from simulator.scenario.registry import video_legevakter

if TYPE_CHECKING:
    from simulator.engine.run import Run

Entry = tuple[float, Job]  # when a job joins a station's queue, and the job
Calls = tuple[list, list, list, list, list]  # time, handling, follow-up job, delay, contact
# Contacts that do not come through the call centre: red responses via AMK, written messages.
NOT_CALLS = frozenset({Contact.red_response, Contact.e_consultation})
PHONE = frozenset({Contact.doctor_phone, Contact.e_consultation})  # jobs the doctor does by phone


def route(
    run: Run,
    lv: Legevakt,
    contacts: list[Contacts],
    acute: dict[str, np.ndarray],
    elsewhere: Elsewhere,
    nurses: ShiftNurses,
) -> tuple[list[float], list[Job]]:
    """The doctor jobs of `contacts` and when each joins the queue (daytime acute contacts
    into `acute`); contacts, patients' trips and call-centre waits counted into `run`. Kept as
    columns, not a tuple per job: fewer objects for the garbage collector to visit."""
    conference = CONFERENCE_MINUTES if lv.id in video_legevakter(run.plan.scenario) else 0.0
    direct: tuple[list[float], list[Job]] = ([], [])  # straight to the doctors: when, job
    calls: Calls = ([], [], [], [], [])
    first = 1  # the number of the group's first contact in the district
    for group in contacts:
        kept = _kept(run, lv, group, acute, first)
        numbers = (kept + first).tolist()
        first += len(group.times)
        c = Contacts(group.contact, group.place, group.municipality, *_columns(group, kept))
        stations, trips = _stations(run.travel, lv.station, c, elsewhere)
        jobs, delays = _jobs(c, stations, trips, numbers, conference, nurses)
        if c.contact is Contact.station_consultation:
            late = itertools.compress(trips, (c.times >= run.calendar.warmup).tolist())
            if patients := list(late):
                run.patient_travel[c.municipality].extend(patients)
        times = c.times.tolist()
        walk_in = c.walk_in.tolist() if c.contact not in NOT_CALLS else [True] * len(times)
        arrive = list(map(operator.add, times, delays))
        for column, values in zip(direct, (arrive, jobs), strict=True):
            column.extend(itertools.compress(values, walk_in))
        called = (times, c.handling_minutes.tolist(), jobs, delays, numbers)
        for column, values in zip(calls, called, strict=True):
            column.extend(itertools.compress(values, map(operator.not_, walk_in)))
    answered = _answer(run, lv, calls)
    return direct[0] + answered[0], direct[1] + answered[1]


def _kept(
    run: Run, lv: Legevakt, c: Contacts, acute: dict[str, np.ndarray], first: int
) -> np.ndarray:
    """Which of `c` (numbered from `first`) the legevakt takes, by index: all but those sent
    to the GP offices; every contact counted, and logged if the event log is on."""
    run.contacts += len(c.times)
    office = np.zeros(len(c.times), bool)
    if lv.daytime is Daytime.gp_offices:
        office = _to_gp_offices(run, c, acute)
    if run.events is not None:
        for i, (t, sent) in enumerate(zip(c.times.tolist(), office.tolist(), strict=True)):
            run.events.contact(t, lv.id, first + i, c, i)
            if sent:
                run.events.add(t, Event.to_gp_offices, legevakt=lv.id, contact=first + i)
    return np.flatnonzero(~office)


def _to_gp_offices(run: Run, c: Contacts, acute: dict[str, np.ndarray]) -> np.ndarray:
    """Which of `c` come in office hours and go to the GP offices: counted, and those that are
    not nurse advice added to their municipality's acute contacts of the day."""
    office = office_hours(run.calendar, c.times)
    run.to_gp_offices += int(np.count_nonzero(office))
    days = np.floor_divide(c.times[office], MINUTES_PER_DAY).astype(np.int64)
    if len(days) and c.contact is not Contact.nurse_phone:
        np.add.at(acute[c.municipality], days, 1)
    return office


def _columns(c: Contacts, kept: np.ndarray) -> list[np.ndarray]:
    columns = (c.times, c.urgency, c.doctor_minutes, c.handling_minutes, c.walk_in, c.callout)
    return [column[kept] for column in columns]


def _stations(
    travel: TravelTimes, station: str, c: Contacts, elsewhere: Elsewhere
) -> tuple[list[str], list[float]]:
    """The station each patient of `c` goes to (the neighbour's while it takes the shift) and
    the minutes from their settlement to it."""
    n = len(c.times)
    stations, trips = [station] * n, [travel.minutes(c.place, station)] * n
    for i, away in elsewhere.at(c.times):
        stations[i], trips[i] = away, travel.minutes(c.place, away)
    return stations, trips


def _jobs(
    c: Contacts,
    stations: list[str],
    trips: list[float],
    numbers: list[int],
    conference: float,
    nurses: ShiftNurses,
) -> tuple[list[Job | None], list[float]]:
    """The doctor job each contact of `c` leads to (None for nurse-only advice), and the delay
    before it joins the queue: the trip of a patient who calls and then comes to the station.
    A phone job is done from the station; a home visit or call-out at the patient's place. A
    red patient seen in person takes `conference` minutes more with VAKe
    (engine/telemedicine.py); the nurses on the shift take their share of a consultation that
    is not red, at the time it reaches the doctors."""
    contact, n = c.contact, len(c.times)
    if contact is Contact.nurse_phone:
        return [None] * n, [0.0] * n
    red = c.urgency == Urgency.red
    minutes = c.doctor_minutes
    if conference and contact is not Contact.doctor_phone:
        minutes = np.where(red, minutes + conference, minutes)
    phone = contact in PHONE
    visit = c.callout | (contact is Contact.home_visit)
    consultation = ~(visit | phone)
    delays = np.where(consultation & ~c.walk_in, trips, 0.0)
    if nurses:
        taken = consultation & ~red
        minutes = np.where(taken, minutes * (1 - nurses.taken(c.times + delays)), minutes)
    urgency = [Urgency.green] * n if contact is Contact.e_consultation else c.urgency.tolist()
    other = Kind.phone if phone else Kind.consultation
    kinds = [Kind.visit if v else other for v in visit.tolist()]
    places = [c.place if v else s for v, s in zip(visit.tolist(), stations, strict=True)]
    times, callout = c.times.tolist(), c.callout.tolist()
    args = (kinds, urgency, times, places, c.municipality, minutes.tolist(), callout, numbers)
    return patient_jobs(*args), delays.tolist()


def _answer(run: Run, lv: Legevakt, calls: Calls) -> tuple[list[float], list[Job]]:
    """The call centre: nurses answer first come, first served, and the follow-up joins the
    doctors' queue after the call (and the patient's trip). Without nurses the doctor on duty
    answers: the call becomes a phone job ahead of the others, with the follow-up after it."""
    order = np.argsort(calls[0], kind="stable")  # by time, else as listed
    times, handling = (np.array(column)[order] for column in calls[:2])
    jobs, delays, numbers = ([column[i] for i in order.tolist()] for column in calls[2:])
    if lv.call_centre.nurses == 0:
        called = zip(times.tolist(), handling.tolist(), jobs, delays, numbers, strict=True)
        return times.tolist(), [
            Job(
                Kind.phone,
                Urgency.red,
                t,
                lv.station,
                job.municipality if job else "",
                minutes,
                call=True,
                then=job,
                then_delay=delay,
                number=number,
            )
            for t, minutes, job, delay, number in called
        ]
    centre = run.call_centres.setdefault(lv.id, CallCentreKpis())
    waits, ends = answer(times, handling, lv.call_centre.nurses)
    counted = waits[times >= run.calendar.warmup]
    centre.waits.extend(counted.tolist())
    centre.within_target += int(np.count_nonzero(counted <= ANSWER_TARGET_MINUTES))
    ends = ends.tolist()
    if run.events is not None:
        answered = zip(times.tolist(), waits.tolist(), ends, numbers, jobs, strict=True)
        for t, wait, end, number, job in answered:
            run.events.answered(t, wait, end, lv.id, number, job)
    doctor = [job is not None for job in jobs]
    run.nurse_only += len(jobs) - sum(doctor)
    follow_ups = itertools.compress(zip(ends, delays, jobs, strict=True), doctor)
    return [end + delay for end, delay, _ in follow_ups], list(itertools.compress(jobs, doctor))


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
        self.starts = np.array([w[0] for w in self.windows])
        self.ends = np.array([w[1] for w in self.windows])

    def at(self, times: np.ndarray) -> list[tuple[int, str]]:
        """The contacts at `times` that go to the neighbour's station: (index, station)."""
        if not self.windows:
            return []
        i = np.searchsorted(self.starts, times, side="right") - 1
        inside = (i >= 0) & (times < self.ends[i])
        found = zip(np.flatnonzero(inside).tolist(), i[inside].tolist(), strict=True)
        return [(k, self.windows[w][2]) for k, w in found]


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
