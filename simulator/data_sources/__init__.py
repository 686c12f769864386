"""Typed readers for the public data shipped in `simulator/data/` (sources in docs/data.md)."""

from simulator.data_sources.hospitals import Hospital, load_hospitals
from simulator.data_sources.legevakt_stations import LegevaktStation, load_legevakt_stations
from simulator.data_sources.municipalities import MunicipalityRecord, load_municipalities
from simulator.data_sources.municipality_changes import (
    FormerMunicipality,
    load_former_municipalities,
)

__all__ = [
    "FormerMunicipality",
    "Hospital",
    "LegevaktStation",
    "MunicipalityRecord",
    "load_former_municipalities",
    "load_hospitals",
    "load_legevakt_stations",
    "load_municipalities",
]
