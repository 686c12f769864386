"""Events per second of the engine against a plain SimPy loop with the same number of events.

    .venv/bin/python -m benchmarks.engine_events [SCENARIO] [--weeks 52]

The engine's SimPy environment is swapped for one that counts processed events and times
`run()`; the plain loop is the textbook SimPy queue (an arrival process putting jobs into a
PriorityStore, doctor processes taking them and holding for the service time) sized to process
the same number of events (at least 400 000, so that its rate is steady). Both are measured in
this one process, one after the other, in CPU seconds (steadier than wall-clock on a shared
machine).

Fewer events for the same model make the events heavier, so the ratio of events per second
falls when events are saved; the ratio per doctor job (the plain loop's job is its four
events) compares the same work, whatever the number of events it takes.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path
from typing import ClassVar
from unittest import mock

import numpy as np
import simpy

from simulator import load
from simulator.commands.common import default_scenario_path
from simulator.compiler import compile_plan
from simulator.engine import simulate
from simulator.rules import load_catalogue

PLAIN_MIN_EVENTS = 400_000  # long enough for a steady rate on a shared machine


class CountingEnvironment(simpy.Environment):
    """A SimPy environment that counts the events it processes and the CPU time of run()."""

    created: ClassVar[list[CountingEnvironment]] = []  # every one made (one per legevakt district)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.events = 0
        self.cpu = 0.0
        CountingEnvironment.created.append(self)

    def step(self) -> None:
        self.events += 1
        super().step()

    def run(self, until=None):
        start = time.process_time()
        try:
            return super().run(until)
        finally:
            self.cpu += time.process_time() - start


def plain_loop(events: int, doctors: int = 2) -> tuple[int, float]:
    """A plain SimPy queue processing about `events` events; (events, CPU seconds)."""
    env = CountingEnvironment()
    store = simpy.PriorityStore(env)
    rng = np.random.default_rng(1)
    jobs = events // 4  # arrival timeout + put + get + service timeout per job
    gaps = rng.exponential(10.0, jobs).tolist()
    services = rng.exponential(10.0 * doctors * 0.8, jobs).tolist()

    def arrivals():
        for i, gap in enumerate(gaps):
            yield env.timeout(gap)
            store.put(simpy.PriorityItem((i % 3, env.now, i), services[i]))

    def doctor():
        while True:
            item = yield store.get()
            yield env.timeout(item.item)

    env.process(arrivals())
    for _ in range(doctors):
        env.process(doctor())
    env.run(until=sum(gaps) + 1)
    return env.events, env.cpu


def scenario_arguments() -> argparse.Namespace:
    """The scenario, weeks and repeats of a benchmark of replications, logging quiet."""
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", nargs="?", type=Path, default=default_scenario_path())
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--repeat", type=int, default=5, help="Best of this many runs.")
    logging.disable(logging.WARNING)
    return parser.parse_args()


def main() -> None:
    args = scenario_arguments()
    load_catalogue()  # cached: its one-off YAML parse is not engine time
    scenario = load(args.scenario)
    plan = compile_plan(scenario, args.weeks)
    runs = [_engine_run(plan, args.weeks) for _ in range(args.repeat)]
    events, contacts, jobs = runs[0][0], runs[0][3], runs[0][4]
    engine_cpu = min(r[1] for r in runs)
    total = min(r[2] for r in runs)
    plains = [plain_loop(max(events, PLAIN_MIN_EVENTS)) for _ in range(args.repeat)]
    plain_events, plain_cpu = plains[0][0], min(p[1] for p in plains)
    engine_rate, whole_rate = events / engine_cpu, events / total
    plain_rate = plain_events / plain_cpu
    print(f"scenario {scenario.scenario.id}, {args.weeks} weeks")
    print(f"best of {args.repeat} runs, CPU seconds")
    print(f"engine: {events} events, {engine_cpu:.2f} s in SimPy run(), {total:.2f} s in all")
    print(f"contacts: {contacts}, {events / contacts:.2f} events per contact")
    print(f"plain SimPy loop: {plain_events} events, {plain_cpu:.2f} s")
    print(
        f"events/s: engine run() {engine_rate:,.0f}, whole replication {whole_rate:,.0f}, "
        f"plain {plain_rate:,.0f}"
    )
    print(
        f"ratio engine/plain: run() {engine_rate / plain_rate:.2f}, "
        f"whole replication {whole_rate / plain_rate:.2f}"
    )
    per_job, plain_per_job = engine_cpu / jobs, plain_cpu / (plain_events / 4)
    print(
        f"run() CPU per doctor job: engine {per_job * 1e6:.1f} µs ({jobs} jobs queued), "
        f"plain {plain_per_job * 1e6:.1f} µs; ratio per job {plain_per_job / per_job:.2f}"
    )


def _engine_run(plan, weeks: int) -> tuple[int, float, float, int, int]:
    """(events, CPU seconds in SimPy run(), CPU seconds of the whole replication, contacts,
    doctor jobs queued), summed over the districts' environments."""
    CountingEnvironment.created.clear()
    with mock.patch("simulator.engine.district.simpy.Environment", CountingEnvironment):
        start = time.process_time()
        result = simulate(plan, 1, weeks)
        total = time.process_time() - start
    envs = CountingEnvironment.created
    contacts, jobs = result.conservation.contacts, result.conservation.queued
    return sum(e.events for e in envs), sum(e.cpu for e in envs), total, contacts, jobs


if __name__ == "__main__":
    main()
