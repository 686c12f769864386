"""The hour-of-week shape per municipality or legevakt, falling back to the scenario's."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from simulator.engine.arrivals import legevakt_contacts
from simulator.engine.calendar import Calendar
from simulator.engine.demand import DemandModel
from simulator.engine.streams import Streams
from simulator.network.travel import TravelNetwork
from simulator.scenario import Scenario
from tests.support.scenarios import START, base, station_only_rates

NIGHTS = ([1.0] * 6 + [0.0] * 18) * 7  # 00–06 every day, nothing else
EVENINGS = ([0.0] * 16 + [1.0] * 8) * 7  # 16–24 every day


def _two_municipalities(**demand: object) -> Scenario:
    data = base(
        2000,
        demand={"profile": "flat", "rates": station_only_rates(0.01, 4000), **demand},
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m", "n"],
                "shifts": [{"id": "all", "start": "00:00", "hours": 24}],
            }
        ],
    )
    data["municipalities"].append(
        {"id": "n", "number": "1235", "name": "N", "population": 2000, "centre": "centre"}
    )
    return Scenario.model_validate(data)


def _hours(scenario: Scenario) -> dict[str, set[int]]:
    """The clock hours in which each municipality's contacts arrive over four weeks."""
    calendar = Calendar.for_horizon(START, 4, 0)
    demand = DemandModel.resolve(scenario.demand)
    travel = TravelNetwork.from_scenario(scenario)
    weights = demand.hourly_weights(calendar)
    lv = scenario.legevakt[0]
    hours: dict[str, set[int]] = {"m": set(), "n": set()}
    for batch in legevakt_contacts(scenario, lv, demand, calendar, travel, Streams(1), weights):
        hours[batch.municipality].update((batch.times // 60 % 24).astype(int).tolist())
    return hours


def test_a_municipality_keeps_its_own_shape_and_the_other_the_legevakts() -> None:
    hours = _hours(
        _two_municipalities(
            hour_of_week_by_municipality={"m": NIGHTS}, hour_of_week_by_legevakt={"lv": EVENINGS}
        )
    )
    assert hours["m"] == set(range(6))
    assert hours["n"] == set(range(16, 24))


def test_without_a_shape_of_their_own_both_follow_the_scenarios() -> None:
    hours = _hours(_two_municipalities(hour_of_week=EVENINGS))
    assert hours["m"] == hours["n"] == set(range(16, 24))


def test_an_own_shape_keeps_the_yearly_volume() -> None:
    demand = DemandModel.resolve(
        _two_municipalities(hour_of_week_by_municipality={"m": NIGHTS}).demand
    )
    calendar = Calendar.for_horizon(START, 4, 0)
    flat = demand.hourly_weights(calendar)
    own = demand.place_weights(flat, calendar, "lv", "m")
    assert own.sum() == pytest.approx(flat.sum())
    assert demand.place_weights(flat, calendar, "lv", "n") is flat


def test_a_shape_for_an_unknown_place_or_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValidationError, match="168 values"):
        _two_municipalities(hour_of_week_by_municipality={"m": [1.0] * 24})
    with pytest.raises(ValidationError, match="nowhere"):
        _two_municipalities(hour_of_week_by_legevakt={"nowhere": EVENINGS})
