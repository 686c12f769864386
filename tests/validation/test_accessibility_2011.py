"""Travel to legevakt in the national starting scenario against the 2011 reference (S65).

Reference (docs/sources.md, 417 of 430 kommuner, postcode-based travel on real roads):
5 % of the population and 23 % of kommuner above 40 minutes; 2 % and 10 % above 60 minutes;
median of the kommuner's maximum average travel 22 minutes.

The starting scenario has one settlement per municipality at a point inside it and today's
stations. Two travel estimates are compared (docs/validation.md explains the gap):

* direct: each settlement has a listed road link to its own station, so its trip is the
  straight line × detour factor at the road speed (the network's estimate of one road leg);
* generic: the file as `samsim new` writes it, where `travel.connect: nearest` joins every
  place to its three nearest places and trips follow those legs.
"""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

import pytest

from simulator.data_sources import load_municipalities
from simulator.network.accessibility import (
    NATIONAL_BEYOND_2011,
    AccessSummary,
    Service,
    by_municipality,
    settlement_access,
    summarise,
)
from simulator.network.travel import TravelNetwork
from simulator.scenario import Scenario
from simulator.starter.build import Request, build_scenario
from simulator.starter.districts import Layout
from simulator.starter.yaml_text import plain

MUNICIPALITIES_BEYOND_2011 = {40.0: 0.23, 60.0: 0.10}  # share of kommuner (S65)
MEDIAN_MINUTES_2011 = 22.0  # median of the kommuner's maximum average travel (S65)
# Tolerances, in percentage points of the shares and minutes of the median. They are wide on
# purpose: one point per municipality stands in for where people live (docs/data.md), the
# municipal structure changed from 430 to 357 kommuner, and roads are straight lines × 1.3.
POPULATION_TOLERANCE = {40.0: 0.03, 60.0: 0.015}
MUNICIPALITY_TOLERANCE = 0.05
MEDIAN_TOLERANCE_MINUTES = 5.0


@pytest.fixture(scope="module")
def national() -> dict[str, Any]:
    records = load_municipalities()
    request = Request(tuple(records), Layout.as_today, dt.date(2027, 1, 4), "national", "N")
    return plain(build_scenario(request))


def _access(document: dict[str, Any]) -> tuple[AccessSummary, list[float]]:
    scenario = Scenario.model_validate(document)
    rows = settlement_access(scenario, TravelNetwork.from_scenario(scenario))
    per_municipality = by_municipality(rows).values()
    minutes = [s.mean_minutes[Service.legevakt] for s in per_municipality]
    assert all(m is not None for m in minutes), "a municipality without a legevakt"
    return summarise(rows), [m for m in minutes if m is not None]


def _with_direct_links(document: dict[str, Any]) -> dict[str, Any]:
    settlement = {m["id"]: m["settlements"][0]["place"] for m in document["municipalities"]}
    links = [
        {"from": settlement[member], "to": legevakt["station"]}
        for legevakt in document["legevakt"]
        for member in legevakt["municipalities"]
    ]
    return {**document, "travel": {**document["travel"], "links": links}}


@pytest.fixture(scope="module")
def direct(national: dict[str, Any]) -> tuple[AccessSummary, list[float]]:
    return _access(_with_direct_links(national))


@pytest.fixture(scope="module")
def generic(national: dict[str, Any]) -> tuple[AccessSummary, list[float]]:
    return _access(national)


@pytest.mark.parametrize("limit", [40.0, 60.0])
def test_direct_travel_matches_the_population_shares_of_2011(
    direct: tuple[AccessSummary, list[float]], limit: float
) -> None:
    summary, _ = direct
    share = summary.beyond[limit]
    assert share is not None
    assert abs(share - NATIONAL_BEYOND_2011[limit]) <= POPULATION_TOLERANCE[limit], share


@pytest.mark.parametrize("limit", [40.0, 60.0])
def test_direct_travel_matches_the_municipality_shares_of_2011(
    direct: tuple[AccessSummary, list[float]], limit: float
) -> None:
    _, minutes = direct
    share = sum(m > limit for m in minutes) / len(minutes)
    assert abs(share - MUNICIPALITIES_BEYOND_2011[limit]) <= MUNICIPALITY_TOLERANCE, share


def test_direct_travel_has_the_median_of_2011(direct: tuple[AccessSummary, list[float]]) -> None:
    _, minutes = direct
    assert abs(statistics.median(minutes) - MEDIAN_MINUTES_2011) <= MEDIAN_TOLERANCE_MINUTES


def test_generic_road_estimate_is_never_faster_than_the_direct_leg(
    direct: tuple[AccessSummary, list[float]], generic: tuple[AccessSummary, list[float]]
) -> None:
    """Every estimated leg is a straight line × the same detour factor, so no chain of legs
    beats the direct one (triangle inequality): the generic estimate can only overstate."""
    (direct_summary, direct_minutes), (generic_summary, generic_minutes) = direct, generic
    assert all(g >= d - 1e-9 for g, d in zip(generic_minutes, direct_minutes, strict=True))
    for limit in (40.0, 60.0):
        assert generic_summary.beyond[limit] >= direct_summary.beyond[limit]  # type: ignore[operator]
