"""Where to put legevakt stations: p-median and maximal covering, solved exactly as MILPs.

A legevakt serves whole municipalities (`legevakt.municipalities`), so each municipality is
assigned to one open station, and its settlements travel there. Given candidate places and k:

* `median`: minimise the population-weighted travel time to the assigned station (p-median,
  Hakimi 1964, ReVelle & Swain 1970);
* `cover`: maximise the population within T minutes of its assigned station (maximal
  covering, Church & ReVelle 1974); among the optimal choices, the least travel time.

Both are the same assignment MILP over a per-(municipality, station) value, solved with
SciPy's HiGHS (`scipy.optimize.milp`): binary y_j opens candidate j, binary x_mj assigns
municipality m to j, with sum_j y_j = k, sum_j x_mj = 1 and x_mj <= y_j.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array, csr_array

from simulator.network.accessibility import THRESHOLDS_MINUTES
from simulator.network.travel import TravelNetwork
from simulator.scenario.model import Scenario

OPTIMALITY_SLACK = 1e-6  # relative; keeps the covering optimum when minimising time after it


class Objective(StrEnum):
    median = "median"
    cover = "cover"


@dataclass(frozen=True)
class Demand:
    """Municipalities and, per municipality, its settlements' populations and their travel
    times to each candidate (rows: settlements, columns: candidates)."""

    municipalities: list[str]
    populations: list[np.ndarray]
    minutes: list[np.ndarray]

    def cost(self) -> np.ndarray:
        """Population-weighted minutes of each municipality at each candidate."""
        return np.array([p @ m for p, m in zip(self.populations, self.minutes, strict=True)])

    def covered(self, within: float) -> np.ndarray:
        """Population of each municipality within `within` minutes of each candidate."""
        return np.array(
            [p @ (m <= within) for p, m in zip(self.populations, self.minutes, strict=True)]
        )

    @property
    def total_population(self) -> float:
        return math.fsum(float(p.sum()) for p in self.populations)


@dataclass(frozen=True)
class Location:
    stations: list[str]
    assignment: dict[str, str]  # municipality -> station
    mean_minutes: float  # population-weighted, to the assigned station
    within: dict[float, float]  # minutes -> population within them of its station
    population: float


def demand(scenario: Scenario, network: TravelNetwork, candidates: Sequence[str]) -> Demand:
    """Travel times from every settlement to every candidate."""
    _check_candidates(network, candidates)
    municipalities, populations, minutes = [], [], []
    for municipality in scenario.municipalities:
        settlements = municipality.settlement_shares()
        municipalities.append(municipality.id)
        populations.append(np.array([municipality.population * s.share for s in settlements]))
        minutes.append(
            np.array([[network.minutes(c, s.place) for c in candidates] for s in settlements])
        )
    return Demand(municipalities, populations, minutes)


def locate(
    data: Demand,
    candidates: Sequence[str],
    k: int,
    objective: Objective = Objective.median,
    within: float | None = None,
) -> Location:
    """The optimal k stations among `candidates` and the assignment of municipalities."""
    if not 1 <= k <= len(candidates):
        raise ValueError(f"k must be between 1 and the number of candidates ({len(candidates)})")
    cost = data.cost()
    if objective is Objective.cover:
        if within is None:
            raise ValueError("the cover objective needs `within` (minutes)")
        covered = data.covered(within)
        best = -_solve(-covered, k).objective
        open_, assigned = _solve(cost, k, floor=(covered, best)).choice
    else:
        open_, assigned = _solve(cost, k).choice
    return _location(data, candidates, open_, assigned)


@dataclass(frozen=True)
class _Solution:
    objective: float
    choice: tuple[list[int], list[int]]  # open candidates, candidate of each municipality


def _solve(value: np.ndarray, k: int, floor: tuple[np.ndarray, float] | None = None) -> _Solution:
    """Minimise sum value[m, j] x_mj; optionally keep sum floor[0][m, j] x_mj >= floor[1]."""
    n_m, n_c = value.shape
    c = np.concatenate([np.zeros(n_c), value.ravel()])
    constraints = [
        LinearConstraint(_open_k(n_m, n_c), k, k),
        LinearConstraint(_assign_once(n_m, n_c), 1, 1),
        LinearConstraint(_assign_open_only(n_m, n_c), -np.inf, 0),
    ]
    if floor is not None:
        weights, minimum = floor
        row = np.concatenate([np.zeros(n_c), weights.ravel()])
        slack = OPTIMALITY_SLACK * max(1.0, abs(minimum))
        constraints.append(LinearConstraint(row, minimum - slack, np.inf))
    result = milp(c, constraints=constraints, integrality=np.ones(c.size), bounds=Bounds(0, 1))
    if not result.success:
        raise RuntimeError(f"the location MILP was not solved: {result.message}")
    x = np.round(result.x).astype(int)
    opened = [j for j in range(n_c) if x[j]]
    assigned = [int(np.argmax(x[n_c + m * n_c : n_c + (m + 1) * n_c])) for m in range(n_m)]
    return _Solution(float(result.fun), (opened, assigned))


def _open_k(n_m: int, n_c: int) -> csr_array:
    return csr_array(np.concatenate([np.ones(n_c), np.zeros(n_m * n_c)])[None, :])


def _assign_once(n_m: int, n_c: int) -> csr_array:
    rows = np.repeat(np.arange(n_m), n_c)
    cols = n_c + np.arange(n_m * n_c)
    return coo_array((np.ones(n_m * n_c), (rows, cols)), shape=(n_m, n_c + n_m * n_c)).tocsr()


def _assign_open_only(n_m: int, n_c: int) -> csr_array:
    """x_mj - y_j <= 0, one row per (m, j)."""
    pairs = np.arange(n_m * n_c)
    rows = np.concatenate([pairs, pairs])
    cols = np.concatenate([n_c + pairs, pairs % n_c])
    values = np.concatenate([np.ones(n_m * n_c), -np.ones(n_m * n_c)])
    return coo_array((values, (rows, cols)), shape=(n_m * n_c, n_c + n_m * n_c)).tocsr()


def _location(
    data: Demand, candidates: Sequence[str], opened: list[int], assigned: list[int]
) -> Location:
    population = data.total_population
    cost = data.cost()
    travel = math.fsum(float(cost[m, j]) for m, j in enumerate(assigned))
    within = {}
    for limit in THRESHOLDS_MINUTES:
        covered = data.covered(limit)
        within[limit] = math.fsum(float(covered[m, j]) for m, j in enumerate(assigned))
    return Location(
        stations=[candidates[j] for j in opened],
        assignment={m: candidates[j] for m, j in zip(data.municipalities, assigned, strict=True)},
        mean_minutes=travel / population if population > 0 else 0.0,
        within=within,
        population=population,
    )


def _check_candidates(network: TravelNetwork, candidates: Sequence[str]) -> None:
    if not candidates:
        raise ValueError("give at least one candidate place")
    repeated = sorted({c for c in candidates if list(candidates).count(c) > 1})
    if repeated:
        raise ValueError(f"candidates repeat: {', '.join(repeated)}")
    unknown = [c for c in candidates if c not in network.graph]
    if unknown:
        raise ValueError(f"unknown candidate places: {', '.join(unknown)}")
