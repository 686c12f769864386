"""Experiment layer: speed-up of replications on 2 workers, and its overhead.

Runs N replications of a scenario serially and on 2 worker processes through the experiment
layer (with a result directory, fresh for each run, so the rota cache in it starts cold), and
the same replications as bare `simulate` calls. Prints the speed-up and the overhead of the
experiment layer (pickling, payloads, checksummed files, tables) relative to the simulation
time, with wall-clock and CPU seconds (this process and its workers) and the load average.

    PYTHONPATH=$PWD python benchmarks/experiment_scaling.py scenarios/nordhordland.yaml -n 30
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

from simulator.engine import build_plan, simulate
from simulator.experiment import api
from simulator.experiment.design import replication_seed
from simulator.experiment.replication import replication_entropy
from simulator.scenario import load_scenario


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenario", type=Path)
    parser.add_argument("-n", type=int, default=30)
    args = parser.parse_args()
    scenario = load_scenario(args.scenario)
    seed = scenario.scenario.seed

    build_plan(scenario)  # warm imports and caches, as the trials below find them
    print(f"load average before: {_load()}")
    started, cpu = time.perf_counter(), _cpu()
    plan = build_plan(scenario)  # experiments build the plan (rota included) once, too
    planning, planning_cpu = time.perf_counter() - started, _cpu() - cpu
    started, cpu = time.perf_counter(), _cpu()
    for index in range(args.n):
        simulate(plan, replication_entropy(replication_seed(seed, index)))
    bare, bare_cpu = time.perf_counter() - started, _cpu() - cpu

    timings, cpus = {}, {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as out:
            settings = api.Settings(replications=args.n, workers=workers, out=Path(out))
            started, cpu = time.perf_counter(), _cpu()
            api.trial(scenario, settings)
            timings[workers], cpus[workers] = time.perf_counter() - started, _cpu() - cpu

    overhead = (timings[1] - planning - bare) / bare
    parallel = (timings[1] - planning) / (timings[2] - planning)
    print(f"{args.scenario.name}: {args.n} replications")
    print(f"plan (expansions, CP-SAT rota), once {planning:8.1f} s ({planning_cpu:.1f} s CPU)")
    print(f"bare simulate, serial                {bare:8.1f} s ({bare_cpu:.1f} s CPU)")
    print(
        f"experiment layer, 1 worker           {timings[1]:8.1f} s ({cpus[1]:.1f} s CPU)"
        f"  overhead {overhead:+.1%}"
    )
    print(f"experiment layer, 2 workers          {timings[2]:8.1f} s ({cpus[2]:.1f} s CPU)")
    print(
        f"speed-up on 2 workers: {timings[1] / timings[2]:.2f} in all, {parallel:.2f} "
        "for the replications (the plan is built once, serially)"
    )
    print(f"load average after: {_load()}")


def _cpu() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
