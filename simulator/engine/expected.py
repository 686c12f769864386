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
from simulator.engine.coverage_hours import served_hours
from simulator.engine.demand import HOURS_PER_YEAR, Contact, DemandModel
from simulator.plan.travel import TravelTimes
from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt
from simulator.scenario.legevakt_hours import week_shares

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
    """(people, decay factor of `contact`) for every settlement a legevakt serves, the people
    counted by the share of the week that legevakt serves them."""
    return [
        (people * shares[m], decay)
        for _, m, people, decay, shares in _rows(scenario, demand, travel, contact)
    ]


def _rows(
    scenario: Scenario, demand: DemandModel, travel: TravelTimes, contact: Contact
) -> list[tuple[Legevakt, str, float, float, dict[str, float]]]:
    """(legevakt, municipality, people, decay, week shares) per settlement a legevakt serves."""
    municipalities = scenario.by_id("municipalities")
    return [
        (
            lv,
            m,
            municipalities[m].population * s.share,
            demand.decay(contact, travel.km(s.place, lv.station)),
            shares,
        )
        for lv in scenario.legevakt
        for shares in [week_shares(lv)]
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
    shape included, so a year with many holidays on weekdays differs slightly from the rate),
    each settlement counted in the hours its legevakt serves it."""
    weights = demand.hourly_weights(calendar)
    counted = np.arange(len(weights)) >= calendar.warmup_days * 24
    years = (calendar.days - calendar.warmup_days) / DAYS_PER_YEAR
    office = _office_hours(calendar)
    served = {
        (lv.id, m): weights * served_hours(lv, m, calendar)
        for lv in scenario.legevakt
        for m in lv.municipalities
    }
    per_year = 1 / HOURS_PER_YEAR / years
    sums = {
        key: (w[counted].sum() * per_year, w[counted & office].sum() * per_year)
        for key, w in served.items()
    }
    expected, office_hours = {}, {}
    for contact in Contact:
        rows = [
            (people / 1000 * demand.rates_per_1000[contact] * decay, sums[lv.id, m])
            for lv, m, people, decay, _ in _rows(scenario, demand, travel, contact)
        ]
        expected[contact] = sum(base * all_hours for base, (all_hours, _) in rows)
        office_hours[contact] = sum(base * in_office for base, (_, in_office) in rows)
    population = float(sum(m.population for m in scenario.municipalities))
    return ExpectedContacts(population, expected, office_hours)


def _office_hours(calendar: Calendar) -> np.ndarray:
    """Per hour of the horizon: on a working day between 08 and 16?"""
    working = np.array([calendar.is_working_day(d) for d in range(calendar.days)])
    hour = np.arange(24)
    daytime = (hour >= OFFICE_HOURS[0] // 60) & (hour < OFFICE_HOURS[1] // 60)
    return (working[:, None] & daytime[None, :]).reshape(-1)
