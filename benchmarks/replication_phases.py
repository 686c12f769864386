"""CPU seconds of each phase of a replication, for the later replications of one plan.

    .venv/bin/python -m benchmarks.replication_phases [SCENARIO] [--weeks 52] [--repeat 5]

The plan is compiled once and replicated once to build what replications of a plan share
(planned calendars, travel network); then each phase's CPU time is taken in `--repeat` more
replications (seeds 2, 3, ...) and the best of each is printed, with the best whole
replication. "other" is the whole less the phases (bed units, set-up, the result's tables).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any
from unittest import mock

import simulator.engine as engine
import simulator.engine.run as run
from benchmarks.engine_events import scenario_arguments
from simulator import load
from simulator.compiler import compile_plan

PHASES = {  # label: (module, attribute) timed where the replication calls it
    "districts": (run, "run_districts"),
    "timelines": (run, "physician_timelines"),
    "gp_offices": (run.OfficeSimulation, "run"),
    "evening_work": (run, "add_evening_work"),
    "kpis": (engine, "summarise"),
    "gp_hours": (engine, "gp_hours_kpis"),
    "findings": (engine, "run_findings"),
}


def _timed(cpu: dict[str, float], label: str, function: Callable) -> Callable:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            cpu[label] += time.process_time() - start

    return timed


def main() -> None:
    args = scenario_arguments()
    plan = compile_plan(load(args.scenario), args.weeks)
    engine.simulate(plan, 1, args.weeks)
    cpu: dict[str, float] = defaultdict(float)
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    with ExitStack() as patches:
        for label, (owner, name) in PHASES.items():
            timed = _timed(cpu, label, getattr(owner, name))
            patches.enter_context(mock.patch.object(owner, name, timed))
        for seed in range(2, 2 + args.repeat):
            cpu.clear()
            start = time.process_time()
            engine.simulate(plan, seed, args.weeks)
            cpu["whole replication"] = time.process_time() - start
            for label, seconds in cpu.items():
                best[label] = min(best[label], seconds)
    phases = sum(best[label] for label in PHASES)
    print(f"{args.scenario.stem}, {args.weeks} weeks, best of {args.repeat}, CPU seconds")
    for label in [*PHASES, "whole replication"]:
        print(f"{label:>18} {best[label]:.3f}")
    print(f"{'other':>18} {best['whole replication'] - phases:.3f}")


if __name__ == "__main__":
    main()
