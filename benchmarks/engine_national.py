"""One simulated year of the synthetic national scenario that `samsim new --national` writes
(357 municipalities, 5.5 million inhabitants, about 170 legevakt stations).

    PYTHONPATH=$PWD python benchmarks/engine_national.py [--weeks 52] [--solver]
        [--plan-cache FILE]

By default the rotas come from the rota package's greedy rotation, so that building the plan
does not dominate: the figure of interest is the replication. `--solver` uses the CP-SAT solver
(`rota_for`) as `samsim run` does, which takes far longer for 169 legevakter. With
`--plan-cache FILE` the plan is pickled to FILE on the first run and read from it on later
runs, so a rerun measures the replication alone, in a fresh process whose peak memory is not
the plan building's. Prints wall-clock and CPU seconds of each step and the peak memory.
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
from simulator.engine import Plan, build_plan, simulate
from simulator.engine.travel import travel_for
from simulator.idealtypes.expansion import expand
from simulator.rota.greedy import greedy_rota
from simulator.rota.problem import OfficeRest, build_problem
from simulator.rules import load_catalogue
from simulator.scenario import Scenario


def step(name: str, action):
    wall, cpu = time.perf_counter(), time.process_time()
    value = action()
    print(
        f"{name}: {time.perf_counter() - wall:.1f} s ({time.process_time() - cpu:.1f} s CPU)",
        flush=True,
    )
    return value


def greedy_plan(scenario: Scenario, weeks: int) -> Plan:
    """The plan with every legevakt's rota from the greedy rotation."""
    meta = scenario.scenario
    total = meta.warmup_weeks + weeks
    rota = []
    for lv in scenario.legevakt:
        problem = build_problem(
            scenario, lv.id, meta.start_date, total, office_rest=OfficeRest.free_office
        )
        rota += greedy_rota(problem).assignments()
    contribution = expand(scenario.collaborations, scenario, travel_for(scenario))
    return Plan(scenario, contribution, tuple(rota))


def make_plan(weeks: int, solver: bool) -> Plan:
    """The national scenario as `samsim new --national` writes it, and its plan."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "norway.yaml"
        command = [sys.executable, "-m", "simulator", "new", "--national", "--out", str(path)]
        subprocess.run(command, check=True, capture_output=True)
        scenario = step("load", lambda: load(path))
    if solver:
        return step("plan (CP-SAT rotas)", lambda: build_plan(scenario, weeks))
    return step("plan (greedy rotas)", lambda: greedy_plan(scenario, weeks))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--solver", action="store_true", help="Solve the rotas with CP-SAT.")
    parser.add_argument("--plan-cache", type=Path, help="Pickle the plan here; reuse it if there.")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    load_catalogue()
    if args.plan_cache and args.plan_cache.exists():
        plan = step("read the cached plan", lambda: pickle.loads(args.plan_cache.read_bytes()))
    else:
        plan = make_plan(args.weeks, args.solver)
        if args.plan_cache:
            args.plan_cache.write_bytes(pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL))
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
