"""One simulated year of each scenario: time to build the plan (rota solving), time of the
replication, and peak memory, each scenario in a fresh interpreter.

    .venv/bin/python -m benchmarks.engine_year [SCENARIO ...] [--weeks 52]

Default: the embedded demo and every file in scenarios/. CPU seconds are reported next to
wall-clock seconds because the 2 cores are shared.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import subprocess
import sys
import time
from pathlib import Path

from simulator import load
from simulator.commands.common import default_scenario_path
from simulator.compiler import compile_plan
from simulator.engine import simulate
from simulator.rules import load_catalogue


def measure(path: Path, weeks: int) -> dict:
    """Plan and replication of one scenario, in this interpreter."""
    logging.disable(logging.WARNING)
    load_catalogue()
    scenario = load(path)
    wall, cpu = time.perf_counter(), time.process_time()
    plan = compile_plan(scenario, weeks)
    plan_wall, plan_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    result = simulate(plan, 1, weeks)
    return {
        "scenario": scenario.scenario.id,
        "physicians": len(scenario.physicians),
        "inhabitants": sum(m.population for m in scenario.municipalities),
        "contacts": result.conservation.contacts,
        "plan_s": round(plan_wall, 2),
        "plan_cpu_s": round(plan_cpu, 2),
        "run_s": round(time.perf_counter() - wall, 2),
        "run_cpu_s": round(time.process_time() - cpu, 2),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("scenarios", nargs="*", type=Path)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.scenarios[0], args.weeks)))
        return
    paths = args.scenarios or [default_scenario_path(), *sorted(Path("scenarios").glob("*.yaml"))]
    print(
        "| scenario | physicians | inhabitants | contacts | plan s (CPU) | run s (CPU) | peak MB |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in paths:
        command = [sys.executable, __file__, str(path), "--weeks", str(args.weeks), "--one"]
        row = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
        print(
            f"| {row['scenario']} | {row['physicians']} | {row['inhabitants']:,} | "
            f"{row['contacts']:,} | {row['plan_s']} ({row['plan_cpu_s']}) | "
            f"{row['run_s']} ({row['run_cpu_s']}) | {row['peak_mb']} |"
        )


if __name__ == "__main__":
    main()
