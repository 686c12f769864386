"""Legevakt contacts: who calls or comes, from where, when, and what they need.

Each (legevakt, settlement, contact type) has its own named random stream, and every random
attribute of a contact (urgency, service time, walk-in, call handling time) is drawn with its
arrival, so scenarios that share these ids see the same patients (common random numbers).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, Calendar
from simulator.engine.coverage_hours import served_minutes
from simulator.engine.demand import Contact, DemandModel, poisson_arrivals
from simulator.engine.streams import Streams
from simulator.plan.travel import TravelTimes
from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt

OFFICE_HOURS = (
    8 * 60,
    16 * 60,
)  # SFS 2305: legevakt is "outside ordinary opening hours (16–08)" [S23]


class Urgency:
    red, orange, green = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Contacts:
    """All contacts of one type from one settlement, as parallel arrays sorted by time."""

    contact: Contact
    place: str
    municipality: str
    times: np.ndarray
    urgency: np.ndarray
    doctor_minutes: np.ndarray
    handling_minutes: np.ndarray  # nurse time on the phone
    walk_in: np.ndarray
    callout: np.ndarray  # red responses that start with a doctor call-out


def legevakt_contacts(
    scenario: Scenario,
    legevakt: Legevakt,
    demand: DemandModel,
    calendar: Calendar,
    travel: TravelTimes,
    streams: Streams,
    weights: np.ndarray,
) -> list[Contacts]:
    """Every contact with `legevakt` over the horizon, per settlement and contact type: at the
    hours it serves each municipality (drawn for all hours and thinned, so that the contacts
    of those hours are the same whichever legevakt takes the others)."""
    municipalities = scenario.by_id("municipalities")
    out = []
    for muni_id in legevakt.municipalities:
        muni = municipalities[muni_id]
        hourly = demand.place_weights(weights, calendar, legevakt.id, muni_id)
        served = served_minutes(legevakt, muni_id, calendar)
        for settlement in muni.settlement_shares():
            people = muni.population * settlement.share
            km = travel.km(settlement.place, legevakt.station)
            for contact in Contact:
                per_year = people / 1000 * demand.rates_per_1000[contact]
                per_year *= demand.decay(contact, km)
                rng = streams("arrivals", legevakt.id, settlement.place, contact.value)
                drawn = _draw(
                    rng, contact, settlement.place, muni_id, per_year, hourly, demand, legevakt
                )
                out.append(drawn if served is None else _during(drawn, served))
    return out


def _during(contacts: Contacts, served: np.ndarray) -> Contacts:
    """Only the contacts that arrive in a served minute."""
    keep = served[contacts.times.astype(np.int64)]
    values = {f.name: getattr(contacts, f.name) for f in fields(Contacts)}
    arrays = {k: v[keep] for k, v in values.items() if isinstance(v, np.ndarray)}
    return replace(contacts, **arrays)


def _draw(
    rng: np.random.Generator,
    contact: Contact,
    place: str,
    municipality: str,
    per_year: float,
    weights: np.ndarray,
    demand: DemandModel,
    legevakt: Legevakt,
) -> Contacts:
    times = poisson_arrivals(rng, per_year, weights)
    n = len(times)
    green = rng.random(n) < demand.non_urgent_share
    urgency = np.where(green, Urgency.green, Urgency.orange)
    if contact is Contact.red_response:
        urgency = np.full(n, Urgency.red)
    on_scene = {
        Contact.home_visit: legevakt.callout.home_visit_minutes,
        Contact.red_response: legevakt.callout.on_scene_minutes,
    }
    mean = demand.service_minutes.get(contact, on_scene.get(contact, 0.0))
    if contact is Contact.red_response:
        mean = demand.service_minutes[Contact.station_consultation]
    doctor = rng.exponential(mean, n) if mean else np.zeros(n)
    handling = rng.exponential(legevakt.call_centre.answer_minutes_mean, n)
    walk_in = (rng.random(n) < demand.walk_in_share) & (contact is Contact.station_consultation)
    callout = (rng.random(n) < legevakt.callout.with_ambulance_share) & (
        contact is Contact.red_response
    )
    if contact is Contact.red_response:
        doctor = np.where(callout, legevakt.callout.on_scene_minutes, doctor)
    return Contacts(
        contact, place, municipality, times, urgency, doctor, handling, walk_in, callout
    )


def in_office_hours(calendar: Calendar, minute: float) -> bool:
    """Working days 08–16: when the GP offices, not the legevakt, take acute demand."""
    return bool(office_hours(calendar, np.array([minute]))[0])


def office_hours(calendar: Calendar, minutes: np.ndarray) -> np.ndarray:
    """`in_office_hours` of each of `minutes`, at once."""
    days, clock = np.divmod(minutes, MINUTES_PER_DAY)
    daytime = (OFFICE_HOURS[0] <= clock) & (clock < OFFICE_HOURS[1])
    return daytime & calendar.are_working_days(days.astype(np.int64))
