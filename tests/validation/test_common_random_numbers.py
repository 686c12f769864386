"""Trials with the real engine: the same KPIs for any number of workers and executors, and
common random numbers that make differences between plans sharper than independent draws."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from simulator.commands.common import default_scenario_path
from simulator.experiment.design import DesignRunner, Variant
from simulator.experiment.executors import DaskExecutor, ProcessExecutor, SerialExecutor
from simulator.experiment.replication import simulate_replication
from simulator.experiment.store import ResultStore
from simulator.experiment.sweep import apply
from simulator.scenario import Scenario, load_scenario


def same(payloads: dict) -> str:
    """Payloads as canonical JSON: equal bit for bit, NaN included (NaN != NaN as floats)."""
    return json.dumps(payloads, sort_keys=True)


@pytest.fixture(scope="module")
def demo() -> Scenario:
    scenario = load_scenario(default_scenario_path())
    meta = scenario.scenario.model_copy(update={"weeks": 6, "warmup_weeks": 1})
    return scenario.model_copy(update={"scenario": meta})


def test_kpis_are_identical_for_one_two_workers_and_dask(demo: Scenario) -> None:
    variants = [Variant("demo", demo)]
    serial = DesignRunner(variants, simulate_replication, 3, SerialExecutor()).run(4)
    processes = DesignRunner(variants, simulate_replication, 3, ProcessExecutor(2)).run(4)
    dask = DaskExecutor(workers=2)
    try:
        clustered = DesignRunner(variants, simulate_replication, 3, dask).run(4)
    finally:
        dask.close()
    assert same(serial.payloads) == same(processes.payloads) == same(clustered.payloads)


def test_common_random_numbers_shrink_the_variance_of_a_difference(demo: Scenario) -> None:
    """A plan where one GP works part time against the demo: with the same seeds the paired
    differences vary far less than with independent seeds. (A longer list draws a different
    number of requests, so its request stream shares fewer numbers; which pair shows the effect
    best depends on the rota.)"""
    busier = apply(demo, {"physicians[grong-gp1].fte": 0.8})
    n = 8
    same = _series(
        DesignRunner([Variant("a", demo), Variant("b", busier)], simulate_replication, 11).run(n)
    )
    other = DesignRunner([Variant("b", busier)], simulate_replication, 12).run(n)
    crn = np.subtract(same["b"], same["a"])
    independent = np.subtract(_series(other)["b"], same["a"])
    assert np.var(crn, ddof=1) < 0.5 * np.var(independent, ddof=1)


def _series(result) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    key = "gp.wait_days.mean|all"
    return {name: [p["kpis"][key] for p in payloads] for name, payloads in result.payloads.items()}


CALLS: list[str] = []


def counted(scenario: Scenario, seed: np.random.SeedSequence) -> dict:
    CALLS.append(scenario.scenario.id)
    return simulate_replication(scenario, seed)


def interrupted(scenario: Scenario, seed: np.random.SeedSequence) -> dict:
    if len(CALLS) >= 3:
        raise KeyboardInterrupt
    return counted(scenario, seed)


def test_an_interrupted_sweep_resumes_without_recomputing(demo: Scenario, tmp_path: Path) -> None:
    variants = [
        Variant(f"lists={size}", apply(demo, {"physicians[grong-gp1].list_size": size}))
        for size in (800, 1000)
    ]
    CALLS.clear()
    with pytest.raises(KeyboardInterrupt):
        DesignRunner(variants, interrupted, 5, store=ResultStore(tmp_path)).run(3)
    assert len(CALLS) == 3
    CALLS.clear()
    resumed = DesignRunner(variants, counted, 5, store=ResultStore(tmp_path)).run(3)
    assert len(CALLS) == 3  # only the three replications that had not finished
    fresh = DesignRunner(variants, simulate_replication, 5).run(3)
    assert same(resumed.payloads) == same(fresh.payloads)
