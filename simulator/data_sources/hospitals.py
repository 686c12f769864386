"""Main hospitals (not an official register of emergency departments; see docs/data.md)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from simulator.data_sources.csvfile import read_rows
from simulator.data_sources.geo import great_circle_km

FILENAME = "sykehus-2026.csv"


@dataclass(frozen=True)
class Hospital:
    """One row of sykehus-2026.csv; several sites share a name (e.g. Sykehuset Innlandet)."""

    name: str
    address: str
    postcode: str
    post_town: str
    municipality_number: str
    lat: float
    lon: float

    @property
    def label(self) -> str:
        """The name with its town where the name alone does not say the site."""
        return self.name if self.post_town in self.name else f"{self.name}, {self.post_town}"


@cache
def load_hospitals() -> tuple[Hospital, ...]:
    """All hospitals in file order."""
    return tuple(_record(row) for row in read_rows(FILENAME))


def nearest_hospital(lat: float, lon: float) -> Hospital:
    """The hospital closest in a straight line to the point (ties: first in the file)."""
    return min(load_hospitals(), key=lambda h: great_circle_km(lat, lon, h.lat, h.lon))


def _record(row: dict[str, str]) -> Hospital:
    return Hospital(
        name=row["navn"],
        address=row["adresse"],
        postcode=row["postnummer"],
        post_town=row["poststed"],
        municipality_number=row["kommunenummer"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
    )
