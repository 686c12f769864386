"""One replication of the national scenario on 1 and on 2 worker processes: the legevakt
districts as tasks on the experiment layer's executors (`simulator/engine/district_tasks.py`).

    .venv/bin/python -m benchmarks.engine_districts [--weeks 52] [--workers 2]
        [--plan-cache FILE]

Builds the plan as `engine_national.py` does (or reads it from `--plan-cache`), then runs the
same replication in this process without an executor and on `--workers` local processes (each
on a fresh copy of the plan, so the second does not reuse the calendars and travel network the
engine keeps for the last plan and scenario), and checks that both give the same payload byte
for byte. Prints wall-clock and CPU seconds (this process and its workers, which are closed
with the replication so that their time counts) of each, the time spent in the districts, the
speed-up and the peak memory of the serial run (the one-core national year).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import pickle
import resource
import time
from pathlib import Path
from unittest import mock

from benchmarks.engine_national import cached_plan
from simulator.engine import run as engine_run
from simulator.engine import simulate
from simulator.experiment.executors import ProcessExecutor
from simulator.experiment.replication import payload
from simulator.rules import load_catalogue


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def timed_replication(plan, weeks: int, executor) -> tuple[str, float, float, float]:
    """(payload digest, wall, CPU, wall in the districts) of one replication."""
    districts = [0.0]
    original = engine_run.run_districts

    def run_districts(*args, **kwargs):
        start = time.perf_counter()
        original(*args, **kwargs)
        districts[0] += time.perf_counter() - start

    wall, used = time.perf_counter(), cpu()
    with mock.patch.object(engine_run, "run_districts", run_districts):
        result = simulate(plan, 1, weeks, executor=executor)
    if executor is not None:
        executor.close()  # the workers end, so their CPU time is counted
    wall, used = time.perf_counter() - wall, cpu() - used
    text = json.dumps(payload(plan.scenario, result), sort_keys=True).encode()
    return hashlib.sha256(text).hexdigest()[:16], wall, used, districts[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--plan-cache", type=Path, help="Pickle the plan here; reuse it if there.")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    load_catalogue()
    plan = cached_plan(args.weeks, args.plan_cache)
    print(f"{len(plan.scenario.legevakt)} legevakt districts, {args.weeks} weeks", flush=True)
    data = pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL)
    del plan
    rows = []
    for name, executor in (
        ("1 process", None),
        (f"{args.workers} workers", ProcessExecutor(args.workers)),
    ):
        fresh = pickle.loads(data)  # each run its own plan: nothing kept from the other run
        digest, wall, used, districts = timed_replication(fresh, args.weeks, executor)
        del fresh
        rows.append((name, digest, wall, used, districts))
        print(
            f"{name}: {wall:.1f} s wall, {used:.1f} s CPU, districts {districts:.1f} s wall, "
            f"payload {digest}",
            flush=True,
        )
        if executor is None:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"peak memory after the serial run: {peak:.0f} MB", flush=True)
    (_, serial, wall1, _, _), (_, parallel, wall2, _, _) = rows
    print(f"same payload: {'yes' if serial == parallel else 'NO'}")
    print(f"speed-up: {wall1 / wall2:.2f}")


if __name__ == "__main__":
    main()
