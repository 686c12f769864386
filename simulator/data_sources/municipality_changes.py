"""Municipality numbers in use from 2017 to 2023 and the 2024 numbers they became (SSB Klass 131,
see simulator/data/SOURCES.md), so that a plan from before the 2020 reform or the 2024 splits
can start from today's data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from simulator.data_sources.csvfile import read_rows

FILENAME = "kommuneendringer-2018-2024.csv"


@dataclass(frozen=True)
class FormerMunicipality:
    """A number no longer in use: its last name, the day it changed and its 2024 successors.

    More than one successor means the municipality was split between them.
    """

    number: str
    name: str
    changed: dt.date
    successors: tuple[str, ...]

    @property
    def split(self) -> bool:
        return len(self.successors) > 1


@cache
def load_former_municipalities() -> dict[str, FormerMunicipality]:
    """Former municipalities keyed by their old four-digit kommunenummer."""
    return {record.number: record for record in map(_record, read_rows(FILENAME))}


def _record(row: dict[str, str]) -> FormerMunicipality:
    return FormerMunicipality(
        number=row["kommunenummer"],
        name=row["kommunenavn"],
        changed=dt.date.fromisoformat(row["endret"]),
        successors=tuple(row["kommunenummer_2024"].split(";")),
    )
