"""Typed readers for the public data shipped in `simulator/data/` (sources in docs/data.md)."""

from simulator.data_sources.hospitals import Hospital, load_hospitals
from simulator.data_sources.legevakt_stations import LegevaktStation, load_legevakt_stations
from simulator.data_sources.municipalities import MunicipalityRecord, load_municipalities

__all__ = [
    "Hospital",
    "LegevaktStation",
    "MunicipalityRecord",
    "load_hospitals",
    "load_legevakt_stations",
    "load_municipalities",
]
