"""Accessibility: how far the inhabitants live from their legevakt, GP office and hospital.

Each settlement's inhabitants (municipality population × settlement share) travel to:

* their legevakt: the station of the legevakt whose `municipalities` include theirs (the
  nearest such station if several legevakt serve the municipality, e.g. day and night);
* their GP office: the nearest office, main or branch, in their municipality, or else an
  office whose doctors list the municipality's inhabitants (`list_municipality`);
* the nearest hospital: places of kind `hospital`.

KPIs are population-weighted means over the settlements that have such a destination and the
share of the population beyond 40 and 60 minutes from its legevakt. National reference for
2011: 5 % beyond 40 and 2 % beyond 60 minutes (S65).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from simulator.network.travel import TravelNetwork
from simulator.scenario.geography import PlaceKind
from simulator.scenario.model import Scenario

THRESHOLDS_MINUTES = (40.0, 60.0)
NATIONAL_BEYOND_2011 = {40.0: 0.05, 60.0: 0.02}  # share of the population (S65)


class Service(StrEnum):
    legevakt = "legevakt"
    gp_office = "gp_office"
    hospital = "hospital"


@dataclass(frozen=True)
class Trip:
    """The fastest trip from a settlement to the nearest place offering a service."""

    destination: str
    minutes: float
    km: float


@dataclass(frozen=True)
class SettlementAccess:
    municipality: str
    place: str
    population: float
    trips: dict[Service, Trip | None]


@dataclass(frozen=True)
class AccessSummary:
    """Population-weighted KPIs over a set of settlements; None where no one has the service."""

    population: float
    mean_minutes: dict[Service, float | None]
    mean_km: dict[Service, float | None]
    without: dict[Service, float]  # population with no such destination
    beyond: dict[float, float | None]  # share of the population beyond T minutes of legevakt


def settlement_access(scenario: Scenario, network: TravelNetwork) -> list[SettlementAccess]:
    """Trips from every settlement of every municipality to each service."""
    hospitals = sorted(p.id for p in scenario.places if p.kind is PlaceKind.hospital)
    rows = []
    for municipality in scenario.municipalities:
        destinations = {
            Service.legevakt: _legevakt_stations(scenario, municipality.id),
            Service.gp_office: _gp_offices(scenario, municipality.id),
            Service.hospital: hospitals,
        }
        for settlement in municipality.settlement_shares():
            trips = {
                service: _nearest(network, settlement.place, places)
                for service, places in destinations.items()
            }
            population = municipality.population * settlement.share
            rows.append(SettlementAccess(municipality.id, settlement.place, population, trips))
    return rows


def summarise(rows: Sequence[SettlementAccess]) -> AccessSummary:
    population = math.fsum(r.population for r in rows)
    means: dict[Service, float | None] = {}
    km: dict[Service, float | None] = {}
    without: dict[Service, float] = {}
    for service in Service:
        served = [(r.population, t) for r in rows if (t := r.trips[service]) is not None]
        means[service] = _weighted([(w, t.minutes) for w, t in served])
        km[service] = _weighted([(w, t.km) for w, t in served])
        without[service] = population - math.fsum(w for w, _ in served)
    return AccessSummary(population, means, km, without, _beyond(rows))


def by_municipality(rows: Sequence[SettlementAccess]) -> dict[str, AccessSummary]:
    """Summaries per municipality, in the order the municipalities first appear."""
    groups: dict[str, list[SettlementAccess]] = {}
    for row in rows:
        groups.setdefault(row.municipality, []).append(row)
    return {municipality: summarise(group) for municipality, group in groups.items()}


def _beyond(rows: Sequence[SettlementAccess]) -> dict[float, float | None]:
    trips = [(r.population, r.trips[Service.legevakt]) for r in rows]
    covered = math.fsum(w for w, t in trips if t is not None)
    if covered == 0:
        return dict.fromkeys(THRESHOLDS_MINUTES)
    return {
        limit: math.fsum(w for w, t in trips if t is not None and t.minutes > limit) / covered
        for limit in THRESHOLDS_MINUTES
    }


def _weighted(pairs: list[tuple[float, float]]) -> float | None:
    total = math.fsum(w for w, _ in pairs)
    return math.fsum(w * v for w, v in pairs) / total if total > 0 else None


def _nearest(network: TravelNetwork, origin: str, places: Sequence[str]) -> Trip | None:
    """Fastest of `places` from `origin` (the first of equals). Rows are computed from the
    destinations (few) and read backwards, which is exact because every leg runs both ways."""
    if not places:
        return None
    minutes, km = network.between(places, [origin])
    best = int(np.argmin(minutes[:, 0]))
    return Trip(places[best], float(minutes[best, 0]), float(km[best, 0]))


def _legevakt_stations(scenario: Scenario, municipality: str) -> list[str]:
    return sorted({lv.station for lv in scenario.legevakt if municipality in lv.municipalities})


def _gp_offices(scenario: Scenario, municipality: str) -> list[str]:
    offices = scenario.by_id("offices")
    local = {o.place for o in scenario.offices if o.municipality == municipality}
    if local:
        return sorted(local)
    listing = {
        offices[p.office].place
        for p in scenario.physicians
        if p.office is not None and p.list_municipality == municipality
    }
    return sorted(listing)
