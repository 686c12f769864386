"""Where to put legevakt stations: p-median and maximal covering, solved exactly as MILPs.

A legevakt serves whole municipalities (`legevakt.municipalities`), so each municipality is
assigned to one open station, and its settlements travel there. Given candidate places and k:

* `median`: minimise the population-weighted travel time to the assigned station (p-median,
  Hakimi 1964, ReVelle & Swain 1970);
* `cover`: maximise the population within T minutes of its assigned station (maximal
  covering, Church & ReVelle 1974); among the optimal choices, the least travel time.

Both are the same assignment MILP over a per-(municipality, station) value, solved with
SciPy's HiGHS (`scipy.optimize.milp`): binary y_j opens candidate j, x_mj assigns
municipality m to j, with sum_j y_j = k, sum_j x_mj = 1 and x_mj <= y_j. Only y is declared
integral: once the open stations are fixed, assigning each municipality wholly to its best
open station is optimal, so the relaxed x take 0/1 values at the optimum.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array, csr_array

from simulator.errors import Sentence, WordedError
from simulator.network.accessibility import THRESHOLDS_MINUTES
from simulator.network.travel import TravelNetwork
from simulator.scenario.model import Scenario

OPTIMALITY_SLACK = 1e-9  # of the scaled covering optimum, kept while minimising time after it


class SolverError(RuntimeError):
    """The MILP solver did not return an optimum: a sentence the command words in its
    language, with the solver's own reason."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        super().__init__(f"{sentence.key} {dict(sentence.values)}")


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


@dataclass(frozen=True)
class Assigned:
    """A municipality, its station, and how its inhabitants reach it."""

    municipality: str
    station: str
    population: float
    mean_minutes: float  # population-weighted
    within: dict[float, float]  # minutes -> inhabitants within them of the station


@dataclass(frozen=True)
class Location:
    stations: list[str]
    assigned: list[Assigned]

    @property
    def assignment(self) -> dict[str, str]:
        """Municipality -> station."""
        return {a.municipality: a.station for a in self.assigned}

    @property
    def population(self) -> float:
        return math.fsum(a.population for a in self.assigned)

    @property
    def mean_minutes(self) -> float:
        """Population-weighted travel time to the assigned station."""
        total = self.population
        travel = math.fsum(a.mean_minutes * a.population for a in self.assigned)
        return travel / total if total > 0 else 0.0

    @property
    def within(self) -> dict[float, float]:
        """Inhabitants within 40 and 60 minutes of their station."""
        return {t: math.fsum(a.within[t] for a in self.assigned) for t in THRESHOLDS_MINUTES}


def demand(scenario: Scenario, network: TravelNetwork, candidates: Sequence[str]) -> Demand:
    """Travel times from every settlement to every candidate."""
    _check_candidates(network, candidates)
    places = [s.place for m in scenario.municipalities for s in m.settlement_shares()]
    # rows from the few candidates, read backwards: every leg runs both ways
    times = network.between(candidates, places)[0].T
    municipalities, populations, minutes = [], [], []
    start = 0
    for municipality in scenario.municipalities:
        shares = municipality.settlement_shares()
        municipalities.append(municipality.id)
        populations.append(np.array([municipality.population * s.share for s in shares]))
        minutes.append(times[start : start + len(shares)])
        start += len(shares)
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
        raise WordedError(Sentence("net.k_range", {"count": len(candidates)}))
    cost = data.cost()
    if objective is Objective.cover:
        if within is None:
            raise WordedError(Sentence("net.cover_within"))
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
        scale = max(float(weights.max(initial=0.0)), abs(minimum), 1.0)  # coefficients <= 1
        row = np.concatenate([np.zeros(n_c), weights.ravel() / scale])
        constraints.append(LinearConstraint(row, minimum / scale - OPTIMALITY_SLACK, np.inf))
    # only y needs to be integral: with y fixed, each municipality's best assignment is whole
    integrality = np.concatenate([np.ones(n_c), np.zeros(n_m * n_c)])
    result = milp(c, constraints=constraints, integrality=integrality, bounds=Bounds(0, 1))
    if not result.success:
        raise SolverError(Sentence("net.not_solved", {"reason": result.message}))
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
    cost = data.cost()
    covered = {t: data.covered(t) for t in THRESHOLDS_MINUTES}
    rows = []
    for m, j in enumerate(assigned):
        population = float(data.populations[m].sum())
        rows.append(
            Assigned(
                municipality=data.municipalities[m],
                station=candidates[j],
                population=population,
                mean_minutes=float(cost[m, j]) / population if population > 0 else 0.0,
                within={t: float(covered[t][m, j]) for t in THRESHOLDS_MINUTES},
            )
        )
    return Location([candidates[j] for j in opened], rows)


def _check_candidates(network: TravelNetwork, candidates: Sequence[str]) -> None:
    if not candidates:
        raise WordedError(Sentence("net.no_candidates"))
    repeated = sorted({c for c in candidates if list(candidates).count(c) > 1})
    if repeated:
        raise WordedError(Sentence("net.repeated", {"places": ", ".join(repeated)}))
    unknown = [c for c in candidates if c not in network.graph]
    if unknown:
        raise WordedError(Sentence("net.unknown_places", {"places": ", ".join(unknown)}))
