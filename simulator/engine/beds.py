"""KAD beds and sykestuer: a loss system. An admission takes a free bed for a lognormal length
of stay; a patient who finds every bed taken is transferred to the nearest hospital.

Beds do not wait on doctors, so occupancy is computed directly in time order; the physician
work the stays cause (an admission examination, a daily round) is handed to the responsible
doctor: to the legevakt queue where the legevakt doctor covers the unit (so bed work competes
with legevakt patients), or straight into the named doctor's day.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from simulator.engine.arrivals import in_office_hours
from simulator.engine.calendar import MINUTES_PER_DAY, Calendar
from simulator.engine.demand import DemandModel, poisson_arrivals
from simulator.engine.eventlog import Event, EventLog
from simulator.engine.stats import DailyAverage, TimeAverage
from simulator.engine.streams import Streams
from simulator.plan.travel import TravelTimes
from simulator.scenario import Scenario
from simulator.scenario.beds import BedUnit, Cover, Sykestue
from simulator.scenario.geography import PlaceKind

ROUND_CLOCK = 9 * 60  # daily round at 09:00: an ASSUMPTION


@dataclass(frozen=True, slots=True)
class BedWork:
    """Physician work a bed unit needs at `time`: `minutes` of it, admission or round."""

    time: float
    minutes: float
    admission: bool


@dataclass
class BedOutcome:
    unit: str
    beds: int
    arrivals: int = 0  # after warm-up
    admissions: int = 0
    transfers: int = 0
    transfer_km: float = 0.0
    transfer_minutes: float = 0.0
    bed_minutes: float = 0.0  # occupied bed-minutes after warm-up (stays admitted after it)
    los_minutes: float = 0.0  # total length of stay of admissions after warm-up
    occupied: TimeAverage = field(default_factory=lambda: TimeAverage(0.0))
    daily: DailyAverage = field(default_factory=lambda: DailyAverage(0.0, 0))
    arrivals_total: int = 0
    admitted_total: int = 0
    transferred_total: int = 0
    work: list[BedWork] = field(default_factory=list)

    @property
    def blocking(self) -> float:
        return self.transfers / self.arrivals if self.arrivals else float("nan")


def served_population(scenario: Scenario, unit: BedUnit) -> float:
    municipalities = scenario.by_id("municipalities")
    return float(sum(municipalities[m].population for m in unit.municipalities))


def simulate_unit(
    scenario: Scenario,
    unit: BedUnit,
    demand: DemandModel,
    calendar: Calendar,
    travel: TravelTimes,
    streams: Streams,
    events: EventLog | None = None,
) -> BedOutcome:
    """Admissions, transfers, occupancy and physician work of one unit over the horizon
    (each admission, transfer and discharge also into `events` when given)."""
    rng = streams("beds", unit.id)
    rate = unit.admissions_per_1000
    if rate is None:
        rate = demand.kad_admissions_per_1000
    per_year = served_population(scenario, unit) / 1000 * rate
    times = poisson_arrivals(rng, per_year, np.ones(calendar.days * 24))
    stays = (
        rng.lognormal(
            math.log(unit.length_of_stay.median_days), unit.length_of_stay.sigma, len(times)
        )
        * MINUTES_PER_DAY
    )
    hospital = nearest_hospital(scenario, unit.place, travel)
    outcome = BedOutcome(unit.id, unit.beds, occupied=TimeAverage(calendar.warmup))
    outcome.daily = DailyAverage(calendar.warmup, calendar.days - calendar.warmup_days)
    discharges: list[float] = []
    stays_admitted: list[tuple[float, float]] = []
    for t, stay in zip(times.tolist(), stays.tolist(), strict=True):
        while discharges and discharges[0] <= t:
            _discharge(outcome, heapq.heappop(discharges), events)
        counted = t >= calendar.warmup
        outcome.arrivals_total += 1
        outcome.arrivals += counted
        if len(discharges) < unit.beds:
            heapq.heappush(discharges, t + stay)
            stays_admitted.append((t, t + stay))
            outcome.occupied.change(t, +1)
            outcome.daily.change(t, +1)
            outcome.admitted_total += 1
            outcome.work.append(BedWork(t, unit.physician_minutes_per_admission, True))
            if counted:
                outcome.admissions += 1
                outcome.los_minutes += stay
            if events is not None:
                events.add(t, Event.admitted, unit=unit.id, place=unit.place, minutes=stay)
        else:
            outcome.transferred_total += 1
            if events is not None:
                _log_transfer(events, t, unit, hospital, travel)
            if counted:
                outcome.transfers += 1
                if hospital:
                    outcome.transfer_km += travel.km(unit.place, hospital)
                    outcome.transfer_minutes += travel.minutes(unit.place, hospital)
    while discharges and discharges[0] <= calendar.horizon:
        _discharge(outcome, heapq.heappop(discharges), events)
    outcome.bed_minutes = outcome.occupied.mean(calendar.horizon) * (
        calendar.horizon - calendar.warmup
    )
    outcome.work.extend(_rounds(stays_admitted, unit, calendar))
    outcome.work.sort(key=lambda w: w.time)
    return outcome


def _rounds(
    stays: list[tuple[float, float]], unit: BedUnit, calendar: Calendar
) -> Iterator[BedWork]:
    """One round a day at 09:00 for the patients in a bed then."""
    present = np.zeros(calendar.days, dtype=np.int64)
    for t, end in stays:
        first = math.ceil((t - ROUND_CLOCK) / MINUTES_PER_DAY)
        last = math.floor((end - ROUND_CLOCK) / MINUTES_PER_DAY)
        if last >= first:
            present[max(first, 0) : min(last, calendar.days - 1) + 1] += 1
    for day in np.flatnonzero(present).tolist():
        minutes = present[day] * unit.physician_minutes_per_patient_day
        if minutes:
            yield BedWork(day * MINUTES_PER_DAY + ROUND_CLOCK, minutes, False)


def nearest_hospital(scenario: Scenario, place: str, travel: TravelTimes) -> str | None:
    hospitals = [p.id for p in scenario.places if p.kind is PlaceKind.hospital]
    return min(hospitals, key=lambda h: (travel.minutes(place, h), h), default=None)


def responsible_doctor(
    unit: BedUnit, scenario: Scenario, calendar: Calendar
) -> Callable[[float], str | None]:
    """Who does the unit's work at a minute: the named doctor, or None when the legevakt doctor
    on duty does it (cover `legevakt`, or outside office hours when a legevakt is named). The
    host municipality's GPs are looked up once per unit."""
    gps = _unit_gps(scenario, unit) if unit.cover is Cover.gp_on_duty else []

    def doctor(minute: float) -> str | None:
        if unit.cover is Cover.legevakt:
            return None
        if unit.legevakt is not None and not in_office_hours(calendar, minute):
            return None
        if unit.cover is Cover.dedicated:
            return unit.physician
        return gps[int(minute // MINUTES_PER_DAY) % len(gps)] if gps else unit.physician

    return doctor


def _unit_gps(scenario: Scenario, unit: BedUnit) -> list[str]:
    offices = scenario.by_id("offices")
    host = unit.host or unit.municipalities[0]
    return sorted(
        p.id
        for p in scenario.physicians
        if p.office and offices[p.office].municipality == host and p.list_size > 0
    )


def hospital_bed_days_avoided(unit: BedUnit, outcome: BedOutcome, years: float) -> float:
    """Bed-days in the unit count as hospital bed-days avoided (ASSUMPTION: without the unit the
    patient would be in hospital), plus the chemotherapy a sykestue gives locally."""
    avoided = outcome.bed_minutes / MINUTES_PER_DAY
    if isinstance(unit, Sykestue) and unit.chemotherapy:
        avoided += (
            unit.chemo_treatments_per_year * unit.hospital_bed_days_saved_per_treatment * years
        )
    return avoided


def _discharge(outcome: BedOutcome, time: float, events: EventLog | None) -> None:
    outcome.occupied.change(time, -1)
    outcome.daily.change(time, -1)
    if events is not None:
        events.add(time, Event.discharged, unit=outcome.unit)


def _log_transfer(
    events: EventLog, time: float, unit: BedUnit, hospital: str | None, travel: TravelTimes
) -> None:
    if hospital is None:
        events.add(time, Event.transferred, unit=unit.id, origin=unit.place)
        return
    minutes, km = travel.minutes(unit.place, hospital), travel.km(unit.place, hospital)
    events.add(
        time,
        Event.transferred,
        unit=unit.id,
        origin=unit.place,
        place=hospital,
        minutes=minutes,
        km=km,
    )
