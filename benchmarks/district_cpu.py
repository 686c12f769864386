"""CPU time of the legevakt districts of one national replication, in this process, and the
SimPy events per contact.

    .venv/bin/python -m benchmarks.district_cpu [--weeks 8] [--repeat 3] [--plan-cache FILE]

Builds the plan as `engine_national.py` does (or reads it from `--plan-cache`), then runs the
replication without an executor up to the end of the districts (the bed units before them
included in the run, not in the time) and stops it there: the districts' part is measured
with `process_time`, best of `--repeat`, after one run that counts the events (and warms the
travel network's rows, as a later replication of the same plan finds them).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import time
from pathlib import Path
from unittest import mock

from benchmarks.engine_events import CountingEnvironment
from benchmarks.engine_national import cached_plan
from simulator.engine import run as engine_run
from simulator.engine import simulate
from simulator.rules import load_catalogue


class _Done(Exception):
    """Raised after the districts: the rest of the replication is not wanted here."""


def districts(plan, weeks: int) -> tuple[float, int]:
    """(CPU seconds of the districts, contacts) of one replication of `plan`."""
    measured = []
    original = engine_run.run_districts

    def run_districts(run, *args, **kwargs):
        start = time.process_time()
        original(run, *args, **kwargs)
        measured.append((time.process_time() - start, run.contacts))
        raise _Done

    patched = mock.patch.object(engine_run, "run_districts", run_districts)
    with patched, contextlib.suppress(_Done):
        simulate(plan, 1, weeks)
    return measured[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3, help="Best of this many runs.")
    parser.add_argument("--plan-cache", type=Path, help="Pickle the plan here; reuse it if there.")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    load_catalogue()
    plan = cached_plan(args.weeks, args.plan_cache)
    CountingEnvironment.created.clear()
    with mock.patch("simulator.engine.district.simpy.Environment", CountingEnvironment):
        _, contacts = districts(plan, args.weeks)
    events = sum(env.events for env in CountingEnvironment.created)
    cpu = [districts(plan, args.weeks)[0] for _ in range(args.repeat)]
    print(f"{len(plan.scenario.legevakt)} legevakt districts, {args.weeks} weeks")
    print(f"SimPy events: {events}, contacts: {contacts}, {events / contacts:.2f} per contact")
    print(f"districts CPU: {', '.join(f'{c:.2f}' for c in cpu)} s; best {min(cpu):.2f} s")


if __name__ == "__main__":
    main()
