"""One replication: plan → calendars → legevakt and beds (SimPy) → timelines → GP offices →
KPIs. Pure: the result depends only on the plan and the seed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import simpy

from simulator.engine.arrivals import Contacts, Urgency, in_office_hours, legevakt_contacts
from simulator.engine.beds import BedOutcome, responsible_doctor, simulate_unit
from simulator.engine.calendar import MINUTES_PER_DAY, Calendar
from simulator.engine.call_centre import ANSWER_TARGET_MINUTES, answer
from simulator.engine.demand import Contact, DemandModel
from simulator.engine.gp_offices import GpKpis, OfficeSimulation
from simulator.engine.legevakt import Job, Kind, Station
from simulator.engine.plan import Plan
from simulator.engine.schedule import Block as PlanBlock
from simulator.engine.schedule import Priority, Schedules, paint
from simulator.engine.stats import Histogram
from simulator.engine.streams import Streams
from simulator.engine.travel import TravelTimes, travel_for
from simulator.engine.worklog import WorkLog
from simulator.idealtypes.expansion import expand
from simulator.rota.assignment import Assignment
from simulator.rota.cache import RotaCache
from simulator.rota.rotation import plan_rotas
from simulator.rota.solver import SolverSettings
from simulator.scenario import Scenario
from simulator.scenario.beds import BedUnit
from simulator.scenario.legevakt import Daytime, Legevakt
from simulator.timeline import Category, Timeline

Entry = tuple[float, Job]  # when a job joins a station's queue, and the job
Call = tuple[float, float, Job | None, float]  # time, handling minutes, follow-up, its delay


@dataclass
class CallCentreKpis:
    waits: Histogram = field(default_factory=Histogram)
    within_target: int = 0


@dataclass
class Run:
    """Everything a replication produced, before it is summarised into KPIs."""

    plan: Plan
    calendar: Calendar
    demand: DemandModel
    travel: TravelTimes
    rota: list[Assignment]
    stations: dict[str, Station]
    call_centres: dict[str, CallCentreKpis]
    beds: dict[str, BedOutcome]
    timelines: dict[str, Timeline]
    worklog: WorkLog
    offices: GpKpis
    schedules: Schedules
    contacts: int = 0
    doctor_entries: int = 0  # doctor jobs made from contacts
    to_gp_offices: int = 0
    nurse_only: int = 0
    pending: int = 0
    patient_travel: dict[str, Histogram] = field(default_factory=lambda: defaultdict(Histogram))


def build_plan(
    scenario: Scenario,
    weeks: int | None = None,
    base_dir: Path | None = None,
    rota_settings: SolverSettings | None = None,
    rota_cache: RotaCache | None = None,
) -> Plan:
    """The plan of a scenario as it stands: its collaborations expanded and the rota of every
    legevakt for warm-up plus `weeks` (its rota file, relative to `base_dir`, or one the rota
    solver makes with `rota_settings`, by default the engine's budget; solved rotas are kept
    in and read from `rota_cache`)."""
    meta = scenario.scenario
    total = meta.warmup_weeks + (weeks or meta.weeks)
    rota = plan_rotas(scenario, meta.start_date, total, base_dir, rota_settings, rota_cache)
    contribution = expand(scenario.collaborations, scenario, travel_for(scenario))
    return Plan(scenario, contribution, tuple(rota))


def replicate(plan: Plan, seed: int, weeks: int | None = None) -> Run:
    scenario = plan.scenario
    meta = scenario.scenario
    calendar = Calendar.for_horizon(meta.start_date, weeks or meta.weeks, meta.warmup_weeks)
    demand = DemandModel.resolve(scenario.demand)
    travel = travel_for(scenario)
    streams = Streams(seed)
    schedules = Schedules(plan, calendar, demand.gp_clinical_share)
    rota = list(plan.rota)
    env = simpy.Environment()
    log = WorkLog()
    stations = {lv.id: Station(env, lv, travel, log, calendar.warmup) for lv in scenario.legevakt}
    run = Run(plan, calendar, demand, travel, rota, stations, {}, {}, {}, log, GpKpis(), schedules)
    acute: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(calendar.days, np.int64))
    weights = demand.hourly_weights(calendar)
    entries: dict[str, list[Entry]] = defaultdict(list)
    for lv in scenario.legevakt:
        contacts = legevakt_contacts(scenario, lv, demand, calendar, travel, streams, weights)
        routed = _route(run, lv, contacts, acute)
        run.doctor_entries += len(routed)
        entries[lv.id] += routed
    for unit in [*scenario.kad, *scenario.sykestuer]:
        run.beds[unit.id] = outcome = simulate_unit(
            scenario, unit, demand, calendar, travel, streams
        )
        entries_for_unit = _bed_jobs(run, unit, outcome)
        if unit.legevakt:
            entries[unit.legevakt] += entries_for_unit
    for lv_id, items in entries.items():
        items.sort(key=lambda e: e[0])
        env.process(_feed(env, stations[lv_id], items, calendar.horizon, run))
    homes = _homes(scenario)
    for a in rota:
        station = stations[a.legevakt]
        start, end = calendar.minute(a.start), calendar.minute(a.end)
        home = homes.get(a.physician, station.place)
        env.process(station.doctor(a.physician, start, end, a.mode, home))
    env.run(until=calendar.horizon)
    for station in stations.values():
        station.close(calendar.horizon)
    run.timelines = _timelines(run, schedules)
    offices = OfficeSimulation(scenario, schedules, demand, calendar, travel, streams)
    run.offices = offices.run(run.timelines, acute)
    return run


def _route(
    run: Run, lv: Legevakt, contacts: list[Contacts], acute: dict[str, np.ndarray]
) -> list[Entry]:
    """Send each contact where it goes: to the GP offices in office hours (no daytime
    legevakt), straight to the doctors (red responses via AMK, walk-ins), or through the call
    centre."""
    calendar, travel = run.calendar, run.travel
    daytime_to_gp = lv.daytime is Daytime.gp_offices
    calls: list[Call] = []
    direct: list[Entry] = []
    for c in contacts:
        to_station = travel.minutes(c.place, lv.station)
        for i, t in enumerate(c.times.tolist()):
            run.contacts += 1
            if daytime_to_gp and in_office_hours(calendar, t):
                run.to_gp_offices += 1
                if c.contact is not Contact.nurse_phone:
                    acute[c.municipality][int(t // MINUTES_PER_DAY)] += 1
                continue
            job, delay = _job(c, i, t, lv.station, to_station)
            if c.contact is Contact.station_consultation and t >= calendar.warmup:
                run.patient_travel[c.municipality].add(to_station)
            if c.contact is Contact.red_response or c.walk_in[i]:
                direct.append((t + delay, job))
            else:
                calls.append((t, float(c.handling_minutes[i]), job, delay))
    calls.sort(key=lambda x: x[0])
    return direct + _answer(run, lv, calls)


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
                ),
            )
            for t, handling, job, delay in calls
        ]
    centre = run.call_centres.setdefault(lv.id, CallCentreKpis())
    times = np.array([x[0] for x in calls])
    waits, ends = answer(times, np.array([x[1] for x in calls]), lv.call_centre.nurses)
    entries = []
    for (t, _, job, delay), wait, end in zip(calls, waits.tolist(), ends.tolist(), strict=True):
        if t >= run.calendar.warmup:
            centre.waits.add(wait)
            centre.within_target += wait <= ANSWER_TARGET_MINUTES
        if job is None:
            run.nurse_only += 1
        else:
            entries.append((end + delay, job))
    return entries


def _job(
    c: Contacts, i: int, t: float, station: str, to_station: float
) -> tuple[Job | None, float]:
    """The doctor job a contact leads to, and the delay before it joins the queue (the
    patient's trip to the station); None for nurse-only advice."""
    urgency = int(c.urgency[i])
    minutes = float(c.doctor_minutes[i])
    match c.contact:
        case Contact.nurse_phone:
            return None, 0.0
        case Contact.doctor_phone:
            return Job(Kind.phone, urgency, t, station, c.municipality, minutes), 0.0
        case Contact.home_visit:
            return Job(Kind.visit, urgency, t, c.place, c.municipality, minutes), 0.0
        case Contact.red_response if c.callout[i]:
            return Job(Kind.visit, urgency, t, c.place, c.municipality, minutes, callout=True), 0.0
    delay = 0.0 if c.walk_in[i] else to_station
    return Job(Kind.consultation, urgency, t, station, c.municipality, minutes), delay


def _bed_jobs(run: Run, unit: BedUnit, outcome: BedOutcome) -> list[Entry]:
    """Bed work for the legevakt queue; work of a named doctor goes straight to their log."""
    jobs = []
    scenario = run.plan.scenario
    for work in outcome.work:
        doctor = responsible_doctor(unit, scenario, run.calendar, work.time)
        if doctor is None and unit.legevakt:
            urgency = Urgency.orange if work.admission else Urgency.green
            job = Job(
                Kind.bed,
                urgency,
                work.time,
                unit.place,
                unit.host or unit.municipalities[0],
                work.minutes,
            )
            jobs.append((work.time, job))
        elif doctor is not None:
            run.worklog.record(doctor, work.time, work.time + work.minutes, Category.bed_work)
    return jobs


def _feed(
    env: simpy.Environment,
    station: Station,
    items: list[Entry],
    horizon: float,
    run: Run,
) -> Generator:
    for time, job in items:
        if time >= horizon:
            run.pending += 1
            continue
        yield env.timeout(time - env.now)
        station.put(job)


def _homes(scenario: Scenario) -> dict[str, str]:
    """Where each home-call doctor waits: home, else the home office (else the station)."""
    offices = scenario.by_id("offices")
    homes = {p.id: offices[p.office].place for p in scenario.physicians if p.office}
    homes.update({p.id: p.home for p in scenario.physicians if p.home})
    return homes


def _timelines(run: Run, schedules: Schedules) -> dict[str, Timeline]:
    shifts: dict[str, list[Assignment]] = defaultdict(list)
    for a in run.rota:
        shifts[a.physician].append(a)
    out = {}
    for p in run.plan.scenario.physicians:
        blocks = schedules.blocks(p, shifts[p.id])
        blocks += [PlanBlock(s, e, Priority.work, c) for s, e, c in run.worklog.intervals[p.id]]
        intervals = paint(blocks, run.calendar.horizon)
        out[p.id] = Timeline.from_intervals(p.id, run.calendar.origin, intervals)
    return out
