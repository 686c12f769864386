"""The cost of the GP's week (`simulator.engine.gp_week`, `gp_hours`) on top of a replication:
the national subset of the calibration test (413 GPs), CPU seconds of the whole replication,
of placing the evening work and of the weekly-hours KPIs.

    .venv/bin/python -m benchmarks.gp_week [--weeks 52]
"""

from __future__ import annotations

import argparse
import logging
import time

import simulator.engine.run as engine_run
from simulator.compiler import compile_plan
from simulator.engine.gp_hours import gp_hours_kpis
from simulator.rota.rotation import GREEDY
from simulator.scenario import Scenario
from tests.validation import national_reference as ref
from tests.validation.test_national_rates import SEED, SUBSET


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weeks", type=int, default=52)
    weeks = parser.parse_args().weeks
    logging.disable(logging.WARNING)
    scenario = Scenario.model_validate(ref.national_document(SUBSET))
    plan = compile_plan(scenario, weeks, rota_settings=GREEDY)
    evening = engine_run.add_evening_work
    spent = {}

    def timed(run: engine_run.Run, streams: object) -> None:
        cpu = time.process_time()
        evening(run, streams)
        spent["evening"] = time.process_time() - cpu

    engine_run.add_evening_work = timed
    cpu = time.process_time()
    run = engine_run.replicate(plan, SEED, weeks)
    replication = time.process_time() - cpu
    cpu = time.process_time()
    gp_hours_kpis(run)
    kpis = time.process_time() - cpu
    gps = sum(1 for p in scenario.physicians if p.list_size)
    print(f"{gps} GPs, {weeks} weeks: replication {replication:.1f} s CPU, of which evening work")
    print(f"{spent['evening']:.1f} s; weekly-hours KPIs {kpis:.1f} s (CPU seconds)")


if __name__ == "__main__":
    main()
