"""Legevakt districts for chosen municipalities: as today, one per municipality, or shared."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from simulator.data_sources.geo import great_circle_km
from simulator.data_sources.legevakt_stations import stations_serving
from simulator.data_sources.municipalities import MunicipalityRecord


class Layout(StrEnum):
    as_today = "as-today"
    per_municipality = "per-municipality"
    shared = "shared"


@dataclass(frozen=True)
class District:
    """One legevakt station and the chosen municipalities it serves.

    `registered` is true for a station from the 2024 list (located at its geocoded address);
    otherwise the station is placed at the host municipality's point, an estimate.
    """

    name: str
    lat: float
    lon: float
    host: MunicipalityRecord
    members: tuple[MunicipalityRecord, ...]
    registered: bool
    also_serves: tuple[str, ...] = ()  # kommunenummer served today but not in the scenario

    @property
    def population(self) -> int:
        return sum(m.population for m in self.members)


def plan_districts(chosen: list[MunicipalityRecord], layout: Layout) -> list[District]:
    if layout is Layout.per_municipality:
        return [_own_station(m) for m in chosen]
    if layout is Layout.shared:
        host = max(chosen, key=lambda m: (m.population, -chosen.index(m)))
        members = (host, *(m for m in chosen if m is not host))
        return [_at_host(host, members, "Felles legevakt")]
    return _as_today(chosen)


def _as_today(chosen: list[MunicipalityRecord]) -> list[District]:
    """The 2024 stations serving the chosen municipalities; uncovered ones get their own."""
    by_number = {m.number: m for m in chosen}
    districts: list[District] = []
    covered: set[str] = set()
    for station in stations_serving(set(by_number)):
        members = tuple(by_number[n] for n in station.served if n in by_number)
        covered.update(m.number for m in members)
        host = min(members, key=lambda m: great_circle_km(station.lat, station.lon, m.lat, m.lon))
        districts.append(
            District(
                name=station.name,
                lat=station.lat,
                lon=station.lon,
                host=host,
                members=(host, *(m for m in members if m is not host)),
                registered=True,
                also_serves=tuple(n for n in station.served if n not in by_number),
            )
        )
    districts += [_own_station(m) for m in chosen if m.number not in covered]
    return districts


def _own_station(municipality: MunicipalityRecord) -> District:
    return _at_host(municipality, (municipality,), f"{municipality.short_name} legevakt")


def _at_host(
    host: MunicipalityRecord, members: tuple[MunicipalityRecord, ...], name: str
) -> District:
    return District(name, host.lat, host.lon, host, members, registered=False)
