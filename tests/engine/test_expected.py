"""Expected contacts integrated from the arrival model (`simulator.engine.expected`)."""

from __future__ import annotations

import pytest

from simulator.engine.calendar import Calendar
from simulator.engine.demand import Contact, DemandModel
from simulator.engine.expected import expected_contacts, mean_decay
from simulator.network.travel import TravelNetwork
from simulator.scenario import Scenario
from tests.support.scenarios import base

RATES = {c.value: 100.0 for c in Contact}


def _scenario(far_share: float) -> Scenario:
    """1 000 people, `far_share` of them at a village 0.3° north of the station."""
    data = base(
        demand={"profile": "flat", "rates": RATES},
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m"],
                "shifts": [{"id": "all", "start": "00:00", "hours": 24}],
            }
        ],
    )
    data["places"].append(
        {"id": "village", "name": "Village", "lat": 69.3, "lon": 18.0, "municipality": "m"}
    )
    settlements = [{"place": "centre", "share": 1 - far_share}]
    if far_share:
        settlements.append({"place": "village", "share": far_share})
    data["municipalities"][0]["settlements"] = settlements
    return Scenario.model_validate(data)


def _calendar(scenario: Scenario) -> Calendar:
    meta = scenario.scenario
    return Calendar.for_horizon(meta.start_date, 52, meta.warmup_weeks)


def test_at_the_station_every_type_comes_at_its_rate_office_hours_by_the_calendar():
    scenario = _scenario(far_share=0.0)
    calendar = _calendar(scenario)
    demand = DemandModel.resolve(scenario.demand)
    expected = expected_contacts(scenario, calendar, demand, TravelNetwork.from_scenario(scenario))
    counted = range(calendar.warmup_days, calendar.days)
    working = sum(calendar.is_working_day(d) for d in counted)
    for contact in Contact:
        assert expected.per_1000(contact) == pytest.approx(100.0)
        share = expected.office_hours[contact] / expected.per_year[contact]
        assert share == pytest.approx(working * 8 / (len(counted) * 24))


def test_only_station_consultations_decay_with_the_distance_people_live_from_the_station():
    scenario = _scenario(far_share=0.25)
    demand = DemandModel.resolve(scenario.demand)
    travel = TravelNetwork.from_scenario(scenario)
    expected = expected_contacts(scenario, _calendar(scenario), demand, travel)
    far = 0.5 ** (travel.km("village", "centre") / 43)
    assert 0 < far < 1
    assert mean_decay(scenario, demand, travel) == pytest.approx(0.75 + 0.25 * far)
    assert expected.per_1000(Contact.station_consultation) == pytest.approx(75 + 25 * far)
    for contact in Contact:
        if contact is not Contact.station_consultation:
            assert expected.per_1000(contact) == pytest.approx(100.0)
