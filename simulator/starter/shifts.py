"""Default legevakt shift templates scaled by the population a station serves.

Out of office hours a station has three templates: weekday evenings (from the offices' default
closing time, 15:30, to 23), weekend and
holiday days (08–23) and nights (23–08). A template is staffed on site (tilstedevakt) when it
expects at least one doctor contact an hour, otherwise from home (hjemmevakt); doctors on site
are the offered load over a target utilisation, capped at the schema's maximum (a district that
needs more should be split). Contact rates are the observed national rates
the `national-2023` profile is calibrated to (docs/validation.md): a station sizes for what its
population on average brings, after distance decay, not for the doorstep rate. The evening and
night factors, minutes per contact and utilisation are estimates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from simulator.scenario.base import WORKDAYS, Weekday
from simulator.scenario.legevakt import CallCentre, ShiftMode, ShiftTemplate
from simulator.scenario.offices import OpeningHours
from simulator.starter.limits import schema_max

# KPR 2023 [S45]: 232.9 physical consultations + 17.1 home visits per 1 000, red responses included
DOCTOR_CONTACTS_PER_1000 = 232.9 + 17.1
CALLS_PER_1000 = 96 + 38 + 0.65 * DOCTOR_CONTACTS_PER_1000  # phone advice + 65 % first by phone
OUT_OF_HOURS_SHARE = 0.85  # daytime share of legevakt consultations 9–17 % (S54) [D]
OUT_OF_HOURS_PER_YEAR = (5 * 16 + 2 * 24) * 52  # hours outside 08–16 on workdays
ON_SITE_CONTACTS_PER_HOUR = 1.0  # estimate: below this a doctor on call from home suffices
DOCTOR_MINUTES_PER_CONTACT = 20.0  # estimate
CALL_MINUTES = 4.0  # the schema's default call-handling time (an estimate)
TARGET_UTILISATION = 0.7  # estimate
WEEKEND = (Weekday.sat, Weekday.sun)
MAX_DOCTORS = schema_max(ShiftTemplate, "doctors")
MAX_NURSES = schema_max(ShiftTemplate, "nurses")
MAX_CALL_NURSES = schema_max(CallCentre, "nurses")


@dataclass(frozen=True)
class ShiftSpec:
    id: str
    days: tuple[Weekday, ...]
    start: str
    end: str
    intensity: float  # contacts an hour relative to the out-of-hours average (estimate)


OFFICE_CLOSES = OpeningHours().end  # the evening shift starts when the offices close

SPECS = (
    ShiftSpec("weekday-evening", WORKDAYS, OFFICE_CLOSES, "23:00", 1.5),
    ShiftSpec("weekend-day", WEEKEND, "08:00", "23:00", 1.5),
    ShiftSpec("night", tuple(Weekday), "23:00", "08:00", 0.3),
)


@dataclass(frozen=True)
class Staffing:
    spec: ShiftSpec
    mode: ShiftMode
    doctors: int
    nurses: int
    contacts_per_hour: float


def staffing(population: int) -> list[Staffing]:
    """One staffing per template in `SPECS` for a station serving `population`."""
    average = _per_hour(population, DOCTOR_CONTACTS_PER_1000)
    return [_staff(spec, average * spec.intensity) for spec in SPECS]


def call_centre_nurses(population: int) -> int:
    """Nurses answering 116 117 so that calls keep them at the target utilisation."""
    load = _per_hour(population, CALLS_PER_1000) * CALL_MINUTES / 60
    return min(MAX_CALL_NURSES, max(1, math.ceil(load / TARGET_UTILISATION)))


def _staff(spec: ShiftSpec, contacts_per_hour: float) -> Staffing:
    if contacts_per_hour < ON_SITE_CONTACTS_PER_HOUR:
        return Staffing(spec, ShiftMode.home_call, 1, 0, contacts_per_hour)
    load = contacts_per_hour * DOCTOR_MINUTES_PER_CONTACT / 60
    doctors = min(MAX_DOCTORS, max(1, math.ceil(load / TARGET_UTILISATION)))
    return Staffing(spec, ShiftMode.on_site, doctors, min(MAX_NURSES, doctors), contacts_per_hour)


def _per_hour(population: int, per_1000_per_year: float) -> float:
    return population * per_1000_per_year / 1000 * OUT_OF_HOURS_SHARE / OUT_OF_HOURS_PER_YEAR
