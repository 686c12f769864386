"""The 357 municipalities of 2024 with population on 1 January 2024 and a point inside each."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from simulator.data_sources.csvfile import read_rows

FILENAME = "kommuner-2024.csv"
POPULATION_PREFIX = "folketall_"  # folketall_YYYY_01_01: population on 1 January YYYY


@dataclass(frozen=True)
class MunicipalityRecord:
    """One row of kommuner-2024.csv.

    `lat`/`lon` is a point inside the municipality (its area centroid when that lies inside),
    not a population-weighted centre nor the administrative centre.
    """

    number: str
    name: str
    short_name: str
    county_number: str
    admin_centre: str
    population: int
    area_km2: float
    lat: float
    lon: float


@cache
def load_municipalities() -> dict[str, MunicipalityRecord]:
    """Municipalities keyed by four-digit kommunenummer, in file order."""
    return {record.number: record for record in map(_record, read_rows(FILENAME))}


def _record(row: dict[str, str]) -> MunicipalityRecord:
    return MunicipalityRecord(
        number=row["kommunenummer"],
        name=row["kommunenavn"],
        short_name=row["navn_kort"],
        county_number=row["fylkesnummer"],
        admin_centre=row["adm_senter"],
        population=int(next(v for k, v in row.items() if k.startswith(POPULATION_PREFIX))),
        area_km2=float(row["areal_km2"]),
        lat=float(row["punkt_lat"]),
        lon=float(row["punkt_lon"]),
    )
