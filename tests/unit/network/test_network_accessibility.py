"""Accessibility KPIs on a hand-computed two-municipality region."""

from __future__ import annotations

import pytest

from simulator.network.accessibility import Service, by_municipality, settlement_access, summarise
from simulator.network.travel import TravelNetwork

from .builders import link, place, scenario

SHIFT = [{"id": "night", "start": "16:00", "end": "08:00"}]


def _region(**overrides: object) -> object:
    """Host `h` (1 000 people at its centre) and `b` (400 at its centre, 600 at a far village);
    one legevakt at the host centre; a hospital beyond the host."""
    sections = {
        "municipalities": [
            {"id": "h", "number": 1, "name": "Host", "population": 1000, "centre": "hc"},
            {
                "id": "b",
                "number": 2,
                "name": "Branch",
                "population": 1000,
                "settlements": [{"place": "bc", "share": 0.4}, {"place": "bv", "share": 0.6}],
            },
        ],
        "offices": [
            {"id": "main", "name": "Main", "place": "hc", "municipality": "h"},
            {
                "id": "branch",
                "name": "Branch",
                "place": "bc",
                "municipality": "b",
                "branch_of": "main",
            },
        ],
        "legevakt": [
            {
                "id": "lv",
                "name": "LV",
                "station": "hc",
                "municipalities": ["h", "b"],
                "shifts": SHIFT,
            }
        ],
    }
    sections.update(overrides)
    return scenario(
        [
            place("hc", 69.0, 18.0, municipality="h"),
            place("bc", 69.1, 18.0, municipality="b"),
            place("bv", 69.2, 18.0, municipality="b"),
            place("hosp", 68.9, 18.0, kind="hospital"),
        ],
        [
            link("hc", "bc", minutes=30, km=25),
            link("bc", "bv", minutes=35, km=30),
            link("hc", "hosp", minutes=90, km=100),
        ],
        **sections,
    )


def test_trips_go_to_the_right_destinations() -> None:
    region = _region()
    rows = {r.place: r for r in settlement_access(region, TravelNetwork.from_scenario(region))}
    assert rows["bv"].population == pytest.approx(600)
    assert rows["bv"].trips[Service.legevakt].minutes == pytest.approx(65)
    assert rows["bv"].trips[Service.gp_office].destination == "bc"  # the branch, not main
    assert rows["bv"].trips[Service.gp_office].minutes == pytest.approx(35)
    assert rows["bv"].trips[Service.hospital].km == pytest.approx(155)


def test_population_weighted_kpis() -> None:
    region = _region()
    rows = settlement_access(region, TravelNetwork.from_scenario(region))
    total = summarise(rows)
    # legevakt: 1000 × 0 + 400 × 30 + 600 × 65 over 2000 people
    assert total.mean_minutes[Service.legevakt] == pytest.approx((400 * 30 + 600 * 65) / 2000)
    assert total.mean_minutes[Service.gp_office] == pytest.approx(600 * 35 / 2000)
    assert total.beyond == pytest.approx({40.0: 0.3, 60.0: 0.3})
    branch = by_municipality(rows)["b"]
    assert branch.beyond[40.0] == pytest.approx(0.6)
    assert branch.mean_km[Service.legevakt] == pytest.approx(0.4 * 25 + 0.6 * 55)


def test_uncovered_municipality_is_counted_not_averaged() -> None:
    legevakt = [
        {"id": "lv", "name": "LV", "station": "hc", "municipalities": ["h"], "shifts": SHIFT}
    ]
    region = _region(legevakt=legevakt)
    total = summarise(settlement_access(region, TravelNetwork.from_scenario(region)))
    assert total.without[Service.legevakt] == pytest.approx(1000)
    assert total.mean_minutes[Service.legevakt] == pytest.approx(0.0)
    assert total.beyond[40.0] == 0.0


def test_gp_office_of_listing_doctors_when_the_municipality_has_none() -> None:
    physician = {"id": "gp", "office": "main", "age": 50, "fte": 1.0, "list_municipality": "b"}
    offices = [{"id": "main", "name": "Main", "place": "hc", "municipality": "h"}]
    region = _region(offices=offices, physicians=[physician])
    rows = {r.place: r for r in settlement_access(region, TravelNetwork.from_scenario(region))}
    assert rows["bv"].trips[Service.gp_office].destination == "hc"
