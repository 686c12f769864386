"""The legevakt stations of 2024 and the municipalities each serves (NKLM list, geocoded)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from simulator.data_sources.csvfile import read_rows

FILENAME = "legevakter-2024.csv"


@dataclass(frozen=True)
class LegevaktStation:
    """One row of legevakter-2024.csv; `lat`/`lon` is a geocoded address."""

    name: str
    address: str
    postcode: str
    post_town: str
    lat: float
    lon: float
    served: tuple[str, ...]  # kommunenummer of the municipalities served


@cache
def load_legevakt_stations() -> tuple[LegevaktStation, ...]:
    """All stations in file order."""
    return tuple(_record(row) for row in read_rows(FILENAME))


def stations_serving(numbers: set[str]) -> list[LegevaktStation]:
    """The stations that serve at least one of the municipalities `numbers`."""
    return [s for s in load_legevakt_stations() if numbers.intersection(s.served)]


def _record(row: dict[str, str]) -> LegevaktStation:
    return LegevaktStation(
        name=row["navn"],
        address=row["adresse"],
        postcode=row["postnummer"],
        post_town=row["poststed"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        served=tuple(n for n in row["kommunenummer_betjent"].split(";") if n),
    )
