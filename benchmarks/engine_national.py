"""One simulated year of the synthetic national scenario that `samsim new --national` writes
(357 municipalities, 5.5 million inhabitants, about 170 legevakt stations).

    PYTHONPATH=$PWD python benchmarks/engine_national.py [--weeks 52] [--solver-seconds 1]

The rota solver gets `--solver-seconds` of CP-SAT deterministic time per legevakt (the greedy
rotation takes over where it finds nothing), so that building the plan does not dominate; the
figure of interest is the replication. Prints wall-clock and CPU seconds of each step and the
peak memory.
"""

from __future__ import annotations

import argparse
import logging
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from simulator import load
from simulator.engine import build_plan, simulate
from simulator.rota.solver import SolverSettings
from simulator.rules import load_catalogue


def step(name: str, action):
    wall, cpu = time.perf_counter(), time.process_time()
    value = action()
    print(
        f"{name}: {time.perf_counter() - wall:.1f} s ({time.process_time() - cpu:.1f} s CPU)",
        flush=True,
    )
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--solver-seconds", type=float, default=1.0)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    load_catalogue()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "norway.yaml"
        command = [sys.executable, "-m", "simulator", "new", "--national", "--out", str(path)]
        subprocess.run(command, check=True, capture_output=True)
        scenario = step("load", lambda: load(path))
    settings = SolverSettings(time_limit=args.solver_seconds, wall_limit=10 * args.solver_seconds)
    plan = step("plan (rotas)", lambda: build_plan(scenario, args.weeks, None, settings))
    result = step("replication", lambda: simulate(plan, 1, args.weeks))
    c = result.conservation
    print(
        f"{len(scenario.municipalities)} municipalities, {len(scenario.physicians)} physicians, "
        f"{len(scenario.legevakt)} legevakter, {len(plan.rota)} shifts, {c.contacts:,} contacts, "
        f"{c.queued:,} doctor jobs, {len(result.findings):,} findings"
    )
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
