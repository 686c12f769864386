"""Experiment layer: speed-up of replications on 2 workers, and its overhead.

Runs N replications of a scenario serially and on 2 worker processes through the experiment
layer (with a result directory), and the same replications as bare `simulate` calls. Prints
the speed-up and the overhead of the experiment layer (pickling, payloads, checksummed files,
tables) relative to the simulation time.

    PYTHONPATH=$PWD python benchmarks/experiment_scaling.py scenarios/nordhordland.yaml -n 30
"""

from __future__ import annotations

import argparse
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
    started = time.perf_counter()
    plan = build_plan(scenario)  # experiments build the plan (rota included) once, too
    planning = time.perf_counter() - started
    started = time.perf_counter()
    for index in range(args.n):
        simulate(plan, replication_entropy(replication_seed(seed, index)))
    bare = time.perf_counter() - started

    timings = {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as out:
            settings = api.Settings(replications=args.n, workers=workers, out=Path(out))
            started = time.perf_counter()
            api.trial(scenario, settings)
            timings[workers] = time.perf_counter() - started

    overhead = (timings[1] - planning - bare) / bare
    parallel = (timings[1] - planning) / (timings[2] - planning)
    print(f"{args.scenario.name}: {args.n} replications")
    print(f"plan (expansions, CP-SAT rota), once {planning:8.1f} s")
    print(f"bare simulate, serial                {bare:8.1f} s")
    print(f"experiment layer, 1 worker           {timings[1]:8.1f} s  overhead {overhead:+.1%}")
    print(f"experiment layer, 2 workers          {timings[2]:8.1f} s")
    print(
        f"speed-up on 2 workers: {timings[1] / timings[2]:.2f} in all, {parallel:.2f} "
        "for the replications (the plan is built once, serially)"
    )


if __name__ == "__main__":
    main()
