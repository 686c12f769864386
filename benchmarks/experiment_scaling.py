"""Experiment layer: speed-up of replications on 2 workers, and its overhead.

Runs N replications of a scenario through the experiment layer on 1 and on 2 worker processes
(each with a fresh result directory, so its rota cache starts cold and every trial builds its
plan), round after round. This machine's speed drifts by a quarter within minutes (other
tenants of the host), so the speed-up is the median of the rounds' ratios, and the overhead is
measured within the 1-worker trial itself: its time less the plan and the `simulate` calls it
made, over those calls. Wall-clock and CPU seconds count this process and its workers.

    .venv/bin/python -m benchmarks.experiment_scaling scenarios/nordhordland.yaml -n 30
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from simulator.compiler import compile_plan
from simulator.engine import simulate
from simulator.experiment import api
from simulator.experiment.replication import payload, replication_entropy
from simulator.plan.plan import Plan
from simulator.scenario import Scenario, load_scenario

SIMULATED: list[float] = []  # seconds in `simulate` of each replication of a 1-worker trial


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenario", type=Path)
    parser.add_argument("-n", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    scenario = load_scenario(args.scenario)
    compile_plan(scenario)  # warm imports and caches, as the trials below find them
    print(f"{args.scenario.name}: {args.n} replications; load average {_load()}")
    print("| round | plan | trial, 1 worker | trial, 2 workers | speed-up | overhead |")
    speedups, overheads = [], []
    for number in range(1, args.rounds + 1):
        started, cpu = time.perf_counter(), _cpu()
        compile_plan(scenario)
        planning = time.perf_counter() - started, _cpu() - cpu
        SIMULATED.clear()
        one = _trial(scenario, args.n, 1)
        two = _trial(scenario, args.n, 2)
        speedups.append(one[0] / two[0])
        overheads.append((one[0] - planning[0] - sum(SIMULATED)) / sum(SIMULATED))
        cells = [_cell(planning), _cell(one), _cell(two)]
        print(f"| {number} | {' | '.join(cells)} | {speedups[-1]:.2f} | {overheads[-1]:+.1%} |")
    print(
        f"median speed-up on 2 workers {statistics.median(speedups):.2f}, "
        f"median overhead {statistics.median(overheads):+.1%}; load average {_load()}"
    )


def timed_replication(plan: Plan, seed: np.random.SeedSequence) -> dict[str, Any]:
    """`simulate_replication`, noting the time `simulate` takes."""
    started = time.perf_counter()
    result = simulate(plan, replication_entropy(seed))
    SIMULATED.append(time.perf_counter() - started)
    return payload(plan.scenario, result)


def _trial(scenario: Scenario, n: int, workers: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as out:
        settings = api.Settings(
            replications=n, workers=workers, out=Path(out), function=timed_replication
        )
        started, cpu = time.perf_counter(), _cpu()
        api.trial(scenario, settings)
        return time.perf_counter() - started, _cpu() - cpu


def _cell(timing: tuple[float, float]) -> str:
    return f"{timing[0]:.1f} s ({timing[1]:.1f} s CPU)"


def _cpu() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
