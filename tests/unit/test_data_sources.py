"""The shipped public data: complete, consistent and read into the right types."""

from __future__ import annotations

from collections import Counter

from simulator.data_sources import (
    load_former_municipalities,
    load_hospitals,
    load_legevakt_stations,
    load_municipalities,
)
from simulator.data_sources.geo import great_circle_km
from simulator.data_sources.hospitals import nearest_hospital

NATIONAL_POPULATION_2024 = 5_550_203  # SSB, 1 January 2024 (SOURCES.md)
UNCOVERED = {"1580", "4648"}  # Haram and Bremanger are in no station of the 2024 list


def test_municipalities_are_the_357_of_2024_with_ssb_population() -> None:
    records = load_municipalities()
    assert len(records) == 357
    assert sum(r.population for r in records.values()) == NATIONAL_POPULATION_2024
    assert records["0301"].population == 717_710
    assert records["5530"].short_name == "Senja"
    assert all(len(n) == 4 and n.isdigit() for n in records)
    assert all(57.9 <= r.lat <= 71.2 and 4.5 <= r.lon <= 31.2 for r in records.values())


def test_every_municipality_but_two_is_served_by_exactly_one_station() -> None:
    served = Counter(n for s in load_legevakt_stations() for n in s.served)
    assert set(served) <= set(load_municipalities())
    assert set(load_municipalities()) - set(served) == UNCOVERED
    assert set(served.values()) == {1}


def test_stations_lie_near_a_municipality_they_serve() -> None:
    records = load_municipalities()
    for station in load_legevakt_stations():
        nearest = min(
            great_circle_km(station.lat, station.lon, records[n].lat, records[n].lon)
            for n in station.served
        )
        assert nearest < 40, station.name


def test_hospital_labels_tell_sites_with_one_name_apart() -> None:
    hospitals = load_hospitals()
    assert len(hospitals) == 41
    assert len({h.label for h in hospitals}) == len(hospitals)
    assert "Sykehuset Innlandet, Gjøvik" in {h.label for h in hospitals}


def test_nearest_hospital_of_bergen_is_haukeland() -> None:
    bergen = load_municipalities()["4601"]
    assert nearest_hospital(bergen.lat, bergen.lon).label == "Haukeland universitetssykehus, Bergen"


def test_great_circle_distance_oslo_to_bergen() -> None:
    # Oslo S (59.911, 10.753) to Bergen station (60.390, 5.333): about 305 km in a straight line.
    assert 300 < great_circle_km(59.911, 10.753, 60.390, 5.333) < 310
    assert great_circle_km(60.0, 10.0, 60.0, 10.0) == 0.0


def test_every_former_number_leads_to_2024_numbers_and_none_is_still_in_use() -> None:
    former = load_former_municipalities()
    current = load_municipalities()
    assert not set(former) & set(current)
    assert all(set(f.successors) <= set(current) for f in former.values())
    assert former["5012"].successors == ("5055", "5056", "5059")  # Snillfjord, split in three
