"""One simulated year of the synthetic national scenario that `samsim new --national` writes
(357 municipalities, 5.5 million inhabitants, about 170 legevakt stations).

    .venv/bin/python -m benchmarks.engine_national [--weeks 52] [--plan-only]
        [--plan-cache FILE]

The plan is built as `samsim run` builds it (`compile_plan`): with 169 legevakter to generate, the
engine's rota budget gives each too little for CP-SAT, so every rota is the greedy rotation
(docs/rota.md, the engine). `--plan-only` stops before the replication. With `--plan-cache FILE`
the plan is pickled to FILE on the first run and read from it on later runs, so a rerun measures
the replication alone, in a fresh process whose peak memory is not the plan building's. Prints
wall-clock and CPU seconds of each step and the peak memory.
"""

from __future__ import annotations

import argparse
import logging
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from simulator import load
from simulator.compiler import compile_plan
from simulator.engine import Plan, simulate
from simulator.rules import load_catalogue


def step(name: str, action):
    wall, cpu = time.perf_counter(), time.process_time()
    value = action()
    print(
        f"{name}: {time.perf_counter() - wall:.1f} s ({time.process_time() - cpu:.1f} s CPU)",
        flush=True,
    )
    return value


def make_plan(weeks: int) -> Plan:
    """The national scenario as `samsim new --national` writes it, and its plan."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "norway.yaml"
        command = [sys.executable, "-m", "simulator", "new", "--national", "--out", str(path)]
        subprocess.run(command, check=True, capture_output=True)
        scenario = step("load", lambda: load(path))
    plan = step("plan (expansions and rotas)", lambda: compile_plan(scenario, weeks))
    print(f"{len(scenario.legevakt)} legevakter, {len(plan.rota)} shifts", flush=True)
    return plan


def cached_plan(weeks: int, cache: Path | None) -> Plan:
    """`make_plan(weeks)`, pickled to `cache` the first time and read from it later."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    plan = make_plan(weeks)
    if cache:
        cache.write_bytes(pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL))
    return plan


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--plan-only", action="store_true", help="Stop after the plan.")
    parser.add_argument("--plan-cache", type=Path, help="Pickle the plan here; reuse it if there.")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    load_catalogue()
    if args.plan_cache and args.plan_cache.exists():
        plan = step("read the cached plan", lambda: pickle.loads(args.plan_cache.read_bytes()))
    else:
        plan = make_plan(args.weeks)
        if args.plan_cache:
            args.plan_cache.write_bytes(pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL))
    if args.plan_only:
        return
    print(
        f"before the replication: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
    )
    result = step("replication", lambda: simulate(plan, 1, args.weeks))
    scenario = plan.scenario
    c = result.conservation
    print(
        f"{len(scenario.municipalities)} municipalities, {len(scenario.physicians)} physicians, "
        f"{len(scenario.legevakt)} legevakter, {len(plan.rota)} shifts, {c.contacts:,} contacts, "
        f"{c.queued:,} doctor jobs, {len(result.findings):,} findings"
    )
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
