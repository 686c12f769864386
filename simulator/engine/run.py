"""One replication: plan → calendars → legevakt and beds (SimPy) → timelines → GP offices →
KPIs. Pure: the result depends only on the plan and the seed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, partial

import numpy as np

from simulator.engine.arrivals import Urgency
from simulator.engine.beds import BedOutcome, responsible_doctor, simulate_unit
from simulator.engine.calendar import Calendar
from simulator.engine.call_centre import CallCentreKpis
from simulator.engine.commute import Commutes
from simulator.engine.coverage_hours import by_hours
from simulator.engine.demand import DemandModel
from simulator.engine.district import Entry, StationOutcome
from simulator.engine.district_tasks import Executor, run_districts
from simulator.engine.eventlog import Event, EventLog
from simulator.engine.gp_offices import GpKpis, OfficeSimulation
from simulator.engine.gp_week import add_evening_work
from simulator.engine.kpis import RotaMeasures, rota_measures
from simulator.engine.legevakt import BED_WORK, Job, Kind
from simulator.engine.office_staff import OfficeStaff, office_staff
from simulator.engine.physician_tasks import physician_tasks
from simulator.engine.schedule import Schedules
from simulator.engine.shipped import Shipped
from simulator.engine.stats import Histogram
from simulator.engine.streams import Streams
from simulator.engine.timelines import physician_timelines
from simulator.engine.worklog import WorkLog
from simulator.network.travel import TravelNetwork
from simulator.plan.assignment import Assignment, neighbour_id
from simulator.plan.plan import Plan
from simulator.plan.timeline import Timeline
from simulator.plan.travel import TravelTimes
from simulator.rules import Finding
from simulator.scenario import Scenario
from simulator.scenario.beds import BedUnit


@dataclass
class Run:
    """Everything a replication produced, before it is summarised into KPIs."""

    plan: Plan
    calendar: Calendar
    demand: DemandModel
    travel: TravelTimes
    rota: list[Assignment]
    stations: dict[str, StationOutcome]
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
    events: EventLog | None = None
    patient_travel: dict[str, Histogram] = field(default_factory=lambda: defaultdict(Histogram))
    commutes: Commutes = field(default_factory=Commutes)
    shipped: Shipped | None = None  # the inputs its tasks carry, once the districts ran as tasks
    timeline_findings: list[Finding] | None = None  # found by the tasks that finished them
    # measured by those tasks, per physician: minutes per category after warm-up
    # (`kpis.clipped_minutes`), and a GP's hours in each counted week (`gp_hours.counted_weeks`)
    minutes: dict[str, np.ndarray] = field(default_factory=dict)
    gp_weeks: dict[str, np.ndarray] = field(default_factory=dict)
    rota_measures: RotaMeasures | None = None  # worked out while the district tasks ran

    @cached_property
    def office_staff(self) -> dict[str, OfficeStaff]:
        """The offices' admin staff, worked out once (the evening work, KPIs and findings)."""
        return office_staff(self.plan.scenario)


def replicate(
    plan: Plan,
    seed: int,
    weeks: int | None = None,
    events: EventLog | None = None,
    executor: Executor | None = None,
) -> Run:
    scenario = plan.scenario
    meta = scenario.scenario
    calendar = Calendar.for_horizon(meta.start_date, weeks or meta.weeks, meta.warmup_weeks)
    demand = DemandModel.resolve(scenario.demand)
    travel = TravelNetwork.for_scenario(scenario)
    streams = Streams(seed)
    schedules = Schedules.for_plan(plan, calendar, demand.gp_clinical_share)
    rota = list(plan.rota)
    log = WorkLog()
    run = Run(plan, calendar, demand, travel, rota, {}, {}, {}, {}, log, GpKpis(), schedules)
    run.events = events
    acute: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(calendar.days, np.int64))
    bed_entries: dict[str, list[Entry]] = defaultdict(list)
    for unit in [*scenario.kad, *scenario.sykestuer]:
        run.beds[unit.id] = outcome = simulate_unit(
            scenario, unit, demand, calendar, travel, streams, events
        )
        entries_for_unit = _bed_jobs(run, unit, outcome)
        if unit.legevakt:
            host = unit.host or unit.municipalities[0]
            for lv_id, jobs in by_hours(scenario, unit.legevakt, host, calendar, entries_for_unit):
                bed_entries[lv_id] += jobs
    homes = _homes(scenario)
    run_districts(run, seed, weeks, bed_entries, homes, acute, executor, partial(_measure, run))
    offices = OfficeSimulation(scenario, schedules, demand, calendar, travel, streams)
    if executor is None or run.shipped is None:
        run.timelines = physician_timelines(run, schedules)
        run.offices = offices.run(run.timelines, acute)
        add_evening_work(run, streams)
    else:  # the same, as tasks per few physicians
        physician_tasks(run, offices, acute, executor)
    return run


def _measure(run: Run) -> None:
    """What the KPIs measure of the rota alone: the parent's work while the districts run."""
    run.rota_measures = rota_measures(run)


def _bed_jobs(run: Run, unit: BedUnit, outcome: BedOutcome) -> list[Entry]:
    """Bed work for the legevakt queue; work of a named doctor goes straight to their log."""
    jobs = []
    scenario = run.plan.scenario
    doctor_at = responsible_doctor(unit, scenario, run.calendar)
    for work in outcome.work:
        doctor = doctor_at(work.time)
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
            run.worklog.record(doctor, work.time, work.time + work.minutes, BED_WORK)
            if run.events is not None:
                run.events.add(
                    work.time,
                    Event.bed_work,
                    unit=unit.id,
                    place=unit.place,
                    physician=doctor,
                    minutes=work.minutes,
                )
    return jobs


def _homes(scenario: Scenario) -> dict[str, str]:
    """Where each home-call doctor waits: home, else the home office (else the station); a
    neighbour's doctor taking a shift waits at the neighbour's station."""
    offices = scenario.by_id("offices")
    homes = {neighbour_id(lv.id): lv.station for lv in scenario.legevakt}
    homes.update({p.id: offices[p.office].place for p in scenario.physicians if p.office})
    homes.update({p.id: p.home for p in scenario.physicians if p.home})
    return homes
