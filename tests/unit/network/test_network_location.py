"""The location MILP against brute force, and on a small region."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.errors import Sentence, WordedError
from simulator.network.location import Demand, Objective, demand, locate
from simulator.network.travel import TravelNetwork

from .builders import link, place, scenario


@st.composite
def instances(draw: st.DrawFn) -> tuple[Demand, list[str], int]:
    """Random municipalities (1–3 settlements each) and 2–5 candidates."""
    n_m, n_c = draw(st.integers(1, 5)), draw(st.integers(2, 5))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 4, size=n_m)
    populations = [rng.integers(0, 5000, size=s).astype(float) for s in sizes]
    minutes = [rng.uniform(0, 120, size=(s, n_c)).round(1) for s in sizes]
    data = Demand([f"m{i}" for i in range(n_m)], populations, minutes)
    return data, [f"c{j}" for j in range(n_c)], draw(st.integers(1, n_c))


def _brute_median(data: Demand, k: int) -> float:
    cost = data.cost()
    return min(cost[:, list(s)].min(axis=1).sum() for s in _subsets(cost.shape[1], k))


def _brute_cover(data: Demand, k: int, within: float) -> tuple[float, float]:
    """Best covered population, then the least travel among the subsets reaching it."""
    cost, covered = data.cost(), data.covered(within)
    options = []
    for subset in _subsets(cost.shape[1], k):
        cols = list(subset)
        reach = covered[:, cols].max(axis=1)
        # each municipality: among stations with its best coverage, the cheapest
        time = sum(
            min(cost[m, j] for j in cols if covered[m, j] == reach[m]) for m in range(len(reach))
        )
        options.append((reach.sum(), time))
    best = max(r for r, _ in options)
    return best, min(t for r, t in options if r == best)


def _subsets(n: int, k: int) -> list[tuple[int, ...]]:
    return list(itertools.combinations(range(n), k))


def _travel(data: Demand, result_assignment: dict[str, str], candidates: list[str]) -> float:
    cost = data.cost()
    return sum(
        cost[m, candidates.index(result_assignment[name])]
        for m, name in enumerate(data.municipalities)
    )


@settings(max_examples=40, deadline=None)
@given(instances())
def test_median_equals_brute_force(instance: tuple[Demand, list[str], int]) -> None:
    data, candidates, k = instance
    result = locate(data, candidates, k)
    assert len(result.stations) == k
    assert set(result.assignment.values()) <= set(result.stations)
    assert _travel(data, result.assignment, candidates) == pytest.approx(
        _brute_median(data, k), rel=1e-9, abs=1e-6
    )


@settings(max_examples=40, deadline=None)
@given(instances(), st.sampled_from([30.0, 60.0]))
def test_cover_equals_brute_force(instance: tuple[Demand, list[str], int], within: float) -> None:
    data, candidates, k = instance
    result = locate(data, candidates, k, Objective.cover, within)
    covered = data.covered(within)
    reached = sum(
        covered[m, candidates.index(result.assignment[name])]
        for m, name in enumerate(data.municipalities)
    )
    best, least_time = _brute_cover(data, k, within)
    assert reached == pytest.approx(best)
    assert _travel(data, result.assignment, candidates) == pytest.approx(least_time, rel=1e-5)


def _line() -> object:
    """Four municipalities on a road: a - b - c - d, 20 minutes apart; d is the largest."""
    names = "abcd"
    populations = {"a": 1000, "b": 1000, "c": 1000, "d": 5000}
    return scenario(
        [place(n, 69.0 + 0.1 * i, 18.0, municipality=n) for i, n in enumerate(names)],
        [link(x, y, minutes=20, km=15) for x, y in itertools.pairwise(names)],
        municipalities=[
            {"id": n, "number": i + 1, "name": n, "population": populations[n], "centre": n}
            for i, n in enumerate(names)
        ],
    )


def test_one_station_on_a_line_goes_to_the_weighted_median() -> None:
    region = _line()
    candidates = ["a", "b", "c", "d"]
    result = locate(demand(region, TravelNetwork.from_scenario(region), candidates), candidates, 1)
    assert result.stations == ["d"]  # d holds 5 of 8 thousand: the weighted median
    assert result.mean_minutes == pytest.approx((1000 * 60 + 1000 * 40 + 1000 * 20) / 8000)
    assert result.within == pytest.approx({40.0: 7000, 60.0: 8000})


def test_cover_prefers_reach_over_travel_time() -> None:
    region = _line()
    candidates = ["a", "b", "c", "d"]
    data = demand(region, TravelNetwork.from_scenario(region), candidates)
    result = locate(data, candidates, 1, Objective.cover, within=40)
    assert result.stations == ["c"]  # reaches all 8 000 within 40 minutes; d reaches 7 000
    assert result.within[40.0] == pytest.approx(8000)


@pytest.mark.parametrize(
    ("candidates", "k", "sentence"),
    [
        (["a", "zz"], 1, Sentence("net.unknown_places", {"places": "zz"})),
        (["a", "a"], 1, Sentence("net.repeated", {"places": "a"})),
        (["a", "b"], 3, Sentence("net.k_range", {"count": 2})),
    ],
)
def test_bad_requests_are_explained(candidates: list[str], k: int, sentence: Sentence) -> None:
    """In sentences the command words in its language (tests/unit/network/test_network_cli)."""
    region = _line()
    network = TravelNetwork.from_scenario(region)
    with pytest.raises(WordedError) as caught:
        locate(demand(region, network, candidates), candidates, k)
    assert caught.value.sentences == (sentence,)
