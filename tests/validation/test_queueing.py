"""The engine against queueing theory (docs/validation.md)."""

from __future__ import annotations

import math
from collections.abc import Generator
from typing import Any

import numpy as np
import pytest
import simpy
from scipy import stats

from simulator import simulate
from simulator.engine import district
from simulator.engine.beds import simulate_unit
from simulator.engine.calendar import Calendar
from simulator.engine.demand import DemandModel
from simulator.engine.streams import Streams
from simulator.network.travel import TravelNetwork
from simulator.scenario import Scenario
from tests.support.scenarios import START, base, mmc_plan
from tests.validation.erlang import erlang_b, erlang_c, mmc_mean_wait

SERVICE = 20.0
REPLICATIONS = 8


def test_erlang_closed_forms_match_known_values():
    # Textbook values: B(1, 1) = 1/2; C(2, 1) = 1/3.
    assert erlang_b(1, 1.0) == pytest.approx(0.5)
    assert erlang_c(2, 1.0) == pytest.approx(1 / 3)


@pytest.mark.parametrize(("doctors", "load", "weeks"), [(1, 0.6, 6), (2, 0.85, 10), (4, 0.75, 6)])
def test_station_mean_wait_matches_erlang_c(doctors, load, weeks):
    """c doctors on site around the clock, flat Poisson arrivals, exponential service: the
    Erlang C mean wait lies inside the 95 % confidence interval over replications."""
    plan = mmc_plan(doctors, load, weeks, SERVICE)
    means = [simulate(plan, seed).kpis["legevakt.lv.wait_mean"] for seed in range(REPLICATIONS)]
    expected = mmc_mean_wait(doctors, load * doctors / SERVICE, SERVICE)
    half = stats.t.ppf(0.975, REPLICATIONS - 1) * np.std(means, ddof=1) / math.sqrt(REPLICATIONS)
    assert abs(np.mean(means) - expected) <= half, (np.mean(means), half, expected)


KAD_POPULATION = 20_000


def _kad_scenario(beds: int, per_year: float) -> Scenario:
    data = base(
        KAD_POPULATION,
        physicians=[{"id": "d", "role": "gp", "age": 40, "fte": 1.0}],
        kad=[
            {
                "id": "kad",
                "name": "KAD",
                "place": "centre",
                "beds": beds,
                "municipalities": ["m"],
                "cover": "dedicated",
                "physician": "d",
                "admissions_per_1000": per_year / KAD_POPULATION * 1000,
            }
        ],
    )
    return Scenario.model_validate(data)


@pytest.mark.parametrize(("beds", "per_year"), [(2, 150.0), (4, 400.0)])
def test_kad_blocking_matches_erlang_b(beds, per_year):
    """Poisson admissions, lognormal stays, no waiting: transfers happen with the Erlang B
    probability (insensitive to the stay distribution)."""
    scenario = _kad_scenario(beds, per_year)
    unit = scenario.kad[0]
    calendar = Calendar.for_horizon(START, 52, 2)
    demand = DemandModel.resolve(scenario.demand)
    travel = TravelNetwork.from_scenario(scenario)
    blocking = [
        simulate_unit(scenario, unit, demand, calendar, travel, Streams(seed)).blocking
        for seed in range(REPLICATIONS)
    ]
    stay = unit.length_of_stay
    mean_stay_days = stay.median_days * math.exp(stay.sigma**2 / 2)
    offered = per_year / 365.25 * mean_stay_days
    expected = erlang_b(beds, offered)
    half = stats.t.ppf(0.975, REPLICATIONS - 1) * np.std(blocking, ddof=1) / math.sqrt(REPLICATIONS)
    assert abs(np.mean(blocking) - expected) <= half, (np.mean(blocking), half, expected)


class SampledStation(district.Station):
    """The engine's station with a SimPy process that looks at the queue once a minute after
    warm-up: a time average of the queue length measured on the engine's clock, apart from
    the join and leave bookkeeping that the engine's own KPIs come from."""

    samples: list[int]

    def __init__(self, env: simpy.Environment, *args: Any, **kwargs: Any) -> None:
        super().__init__(env, *args, **kwargs)
        SAMPLED.append(self)
        self.samples = []
        env.process(self._sample(env))

    def _sample(self, env: simpy.Environment) -> Generator:
        yield env.timeout(self.kpis.warmup)
        while True:
            self.samples.append(len(self.store.items))
            yield env.timeout(1.0)


SAMPLED: list[SampledStation] = []


def test_littles_law_with_the_queue_sampled_and_the_patients_wait(monkeypatch):
    """L (the sampled queue length) = λ (joins per minute after warm-up) × W (the mean wait
    patients see, `wait_mean`): two measurements that share no bookkeeping, so the test can
    fail. In this M/M/c station there is no travel and no bed work, so W is the queue wait."""
    monkeypatch.setattr(district, "Station", SampledStation)
    SAMPLED.clear()
    kpis = simulate(mmc_plan(2, 0.8, 26), 3).kpis
    [station] = SAMPLED
    sampled = float(np.mean(station.samples))
    expected = kpis["legevakt.lv.arrival_rate_per_minute"] * kpis["legevakt.lv.wait_mean"]
    assert sampled == pytest.approx(expected, rel=0.03), (sampled, expected)
    assert kpis["legevakt.lv.queue_length_mean"] == pytest.approx(sampled, rel=0.01)


def test_littles_law_on_kad_beds():
    """Mean occupied beds = admission rate × mean length of stay."""
    kpis = simulate(_kad_scenario(4, 300.0), 5, weeks=52).kpis
    expected = kpis["beds.kad.admission_rate_per_minute"] * kpis["beds.kad.mean_stay_minutes"]
    assert kpis["beds.kad.occupied_mean"] == pytest.approx(expected, rel=0.03)
