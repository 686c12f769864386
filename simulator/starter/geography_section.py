"""The municipalities, places and travel sections of a starting scenario."""

from __future__ import annotations

from typing import Any

from simulator.data_sources.hospitals import Hospital, nearest_hospital
from simulator.data_sources.municipalities import MunicipalityRecord
from simulator.starter.districts import District
from simulator.starter.ids import (
    BASE_ID_LENGTH,
    municipality_ids,
    settlement_id,
    slug,
    station_id,
)
from simulator.starter.yaml_text import Flow, Note, estimate

POPULATION_NOTE = "SSB, 1 January 2024 (docs/data.md)"
NOTES = {
    "places": [
        "Settlements and estimated stations are at a point inside each municipality",
        "(an area centroid): it is NOT where people live. Move them to the real villages.",
    ],
    "travel": ["Legs not listed are estimated from coordinates with these factors."],
}


def municipality(m: MunicipalityRecord) -> dict[str, Any]:
    mid = municipality_ids()[m.number]
    return {
        "id": mid,
        "number": m.number,
        "name": m.name,
        "population": Note(m.population, POPULATION_NOTE),
        "settlements": [
            Note(
                Flow({"place": settlement_id(mid), "share": 1.0}),
                "ESTIMATE: everyone at one point; split by village with local figures",
            )
        ],
    }


def places(chosen: list[MunicipalityRecord], named: list[tuple[District, str]]) -> list[Note]:
    """A settlement per municipality, a place per station, the nearest hospitals."""
    settlements = [_settlement(m) for m in chosen]
    stations = [_station(d, i) for d, i in named]
    return settlements + stations + [_hospital(h, chosen) for h in _nearest_hospitals(chosen)]


def travel() -> dict[str, Any]:
    return {
        "road_speed_kmh": estimate(60.0, "average road speed; use a route planner's minutes"),
        "detour_factor": estimate(1.3, "road km per straight-line km"),
        "ferry_speed_kmh": Note(12.3, "SSB drive-time method incl. waiting (S68)"),
    }


def _settlement(m: MunicipalityRecord) -> Note:
    mid = municipality_ids()[m.number]
    place = {
        "id": settlement_id(mid),
        "name": f"{m.short_name} (point inside the municipality)",
        "lat": m.lat,
        "lon": m.lon,
        "municipality": mid,
        "kind": "settlement",
    }
    return estimate(Flow(place), "area centroid, not where people live; move it")


def _station(district: District, legevakt_id: str) -> Note:
    place = {
        "id": station_id(legevakt_id),
        "name": district.name,
        "lat": district.lat,
        "lon": district.lon,
        "kind": "legevakt",
    }
    if district.registered:
        return Note(Flow(place), "geocoded address, NKLM legevakt list 2024")
    place["municipality"] = municipality_ids()[district.host.number]
    return estimate(Flow(place), "station placed at the host municipality's point")


def _hospital(hospital: Hospital, chosen: list[MunicipalityRecord]) -> Note:
    place: dict[str, Any] = {
        "id": f"hospital-{slug(hospital.label, BASE_ID_LENGTH)}",
        "name": hospital.label,
        "lat": hospital.lat,
        "lon": hospital.lon,
    }
    if hospital.municipality_number in {m.number for m in chosen}:
        place["municipality"] = municipality_ids()[hospital.municipality_number]
    place["kind"] = "hospital"
    return Note(Flow(place), "nearest main hospital in a straight line; check akuttmottak")


def _nearest_hospitals(chosen: list[MunicipalityRecord]) -> list[Hospital]:
    """The nearest hospital of each municipality, each once, in order of first use."""
    return list(dict.fromkeys(nearest_hospital(m.lat, m.lon) for m in chosen))
