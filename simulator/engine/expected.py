"""What the demand model generates on average, integrated exactly instead of sampled.

A contact type's arrival intensity from a settlement is rate per 1 000 × people × distance
decay × hour weight (MODEL.md §4), so its expected count over any set of hours is a finite sum.
Calibration (docs/validation.md) compares these sums with the published national rates and
checks sampled replications against them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from simulator.engine.arrivals import OFFICE_HOURS
from simulator.engine.calendar import Calendar
from simulator.engine.demand import HOURS_PER_YEAR, Contact, DemandModel
from simulator.plan.travel import TravelTimes
from simulator.scenario import Scenario

DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class ExpectedContacts:
    """Expected legevakt contacts per year after warm-up, by type: in all hours, and the part
    in office hours (working days 08–16), which goes to the GP offices where no daytime
    legevakt is configured."""

    population: float
    per_year: dict[Contact, float]
    office_hours: dict[Contact, float]

    def per_1000(self, contact: Contact) -> float:
        return self.per_year[contact] / self.population * 1000


def settlement_decay(
    scenario: Scenario, demand: DemandModel, travel: TravelTimes, contact: Contact
) -> list[tuple[float, float]]:
    """(people, decay factor of `contact`) for every settlement a legevakt serves."""
    municipalities = scenario.by_id("municipalities")
    return [
        (
            municipalities[m].population * s.share,
            demand.decay(contact, travel.km(s.place, lv.station)),
        )
        for lv in scenario.legevakt
        for m in lv.municipalities
        for s in municipalities[m].settlement_shares()
    ]


def mean_decay(
    scenario: Scenario,
    demand: DemandModel,
    travel: TravelTimes,
    contact: Contact = Contact.station_consultation,
) -> float:
    """Population-weighted mean of the distance decay: observed rate / doorstep rate."""
    rows = settlement_decay(scenario, demand, travel, contact)
    return sum(p * d for p, d in rows) / sum(p for p, _ in rows)


def expected_contacts(
    scenario: Scenario, calendar: Calendar, demand: DemandModel, travel: TravelTimes
) -> ExpectedContacts:
    """Expected contacts per year of the horizon after warm-up (holidays and the hour-of-week
    shape included, so a year with many holidays on weekdays differs slightly from the rate)."""
    weights = demand.hourly_weights(calendar)
    counted = np.arange(len(weights)) >= calendar.warmup_days * 24
    years = (calendar.days - calendar.warmup_days) / DAYS_PER_YEAR
    all_hours = weights[counted].sum() / HOURS_PER_YEAR / years
    office = weights[counted & _office_hours(calendar)].sum() / HOURS_PER_YEAR / years
    per_year, office_hours = {}, {}
    for contact in Contact:
        base = sum(
            people / 1000 * demand.rates_per_1000[contact] * decay
            for people, decay in settlement_decay(scenario, demand, travel, contact)
        )
        per_year[contact] = base * all_hours
        office_hours[contact] = base * office
    population = float(sum(m.population for m in scenario.municipalities))
    return ExpectedContacts(population, per_year, office_hours)


def _office_hours(calendar: Calendar) -> np.ndarray:
    """Per hour of the horizon: on a working day between 08 and 16?"""
    working = np.array([calendar.is_working_day(d) for d in range(calendar.days)])
    hour = np.arange(24)
    daytime = (hour >= OFFICE_HOURS[0] // 60) & (hour < OFFICE_HOURS[1] // 60)
    return (working[:, None] & daytime[None, :]).reshape(-1)
