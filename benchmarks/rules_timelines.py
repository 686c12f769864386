"""Benchmark: check a year of timelines for 500 physicians (target: under 5 seconds).

Run from the repository root:

    .venv/bin/python -m benchmarks.rules_timelines [--physicians 500] [--weeks 52]

Each synthetic physician works office days 08:00–16:00 on weekdays and takes a 16-hour
legevakt night (on call, with active episodes and call-out travel) every 5 to 9 days, so the
timelines have the interval counts and category mix of a busy rural GP. Generation is not
timed; only `check_timelines`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import time
import zlib

import numpy as np

from simulator.plan.timeline import Category, Timeline
from simulator.rules import check_timelines
from simulator.scenario import Scenario

DAY = 24 * 60
ORIGIN = dt.datetime(2026, 1, 5)


def rng(name: str) -> np.random.Generator:
    """A named, reproducible stream (keyed by CRC-32 of the name, never Python's hash())."""
    return np.random.default_rng(
        np.random.SeedSequence(2026, spawn_key=(zlib.crc32(name.encode()),))
    )


def plan(physicians: int) -> Scenario:
    doctors = [
        {
            "id": f"gp{i:04d}",
            "office": "office",
            "age": 45,
            "fte": 1.0,
            "employment": "salaried" if i % 5 == 0 else "self_employed",
        }
        for i in range(physicians)
    ]
    return Scenario.model_validate(
        {
            "scenario": {
                "id": "bench",
                "title": "Benchmark",
                "start_date": ORIGIN.date().isoformat(),
            },
            "municipalities": [
                {"id": "m", "number": "5601", "name": "M", "population": 100_000, "centre": "c"}
            ],
            "places": [{"id": "c", "name": "C", "lat": 70.0, "lon": 25.0, "municipality": "m"}],
            "offices": [{"id": "office", "name": "O", "place": "c", "municipality": "m"}],
            "physicians": doctors,
        }
    )


def duty_night(start: int, random: np.random.Generator) -> list[tuple[int, int, Category]]:
    """16:00–08:00 on call with 3–9 active episodes, some with call-out travel."""
    end = start + 16 * 60
    episodes = np.sort(
        random.choice(np.arange(start, end - 120, 10), size=random.integers(3, 10), replace=False)
    )
    blocks, t = [], start
    for begin in episodes:
        if begin < t:
            continue
        if begin > t:
            blocks.append((t, int(begin), Category.legevakt_on_call))
        length = int(random.integers(15, 90))
        if random.random() < 0.2:
            blocks.append((int(begin), int(begin) + 30, Category.travel))
            begin += 30
        blocks.append((int(begin), int(begin) + length, Category.legevakt_active))
        t = int(begin) + length
    blocks.append((t, end, Category.legevakt_on_call))
    return blocks


def year(physician: str, weeks: int) -> Timeline:
    random = rng(f"bench/{physician}")
    blocks: list[tuple[int, int, Category]] = []
    next_duty = int(random.integers(0, 7))
    t = 0
    for day in range(weeks * 7):
        base = day * DAY
        if day % 7 < 5 and t <= base + 8 * 60:  # an office day, unless resting after duty
            blocks += [
                (t, base + 8 * 60, Category.off),
                (base + 8 * 60, base + 16 * 60, Category.office_clinical),
            ]
            t = base + 16 * 60
        if day >= next_duty and t <= base + 16 * 60:
            blocks.append((t, base + 16 * 60, Category.off))
            blocks += duty_night(base + 16 * 60, random)
            blocks.append((base + 32 * 60, base + 40 * 60, Category.rest_after_duty))
            t = base + 40 * 60
            next_duty = day + int(random.integers(5, 10))
    blocks.append((t, weeks * 7 * DAY + 8 * 60, Category.off))
    blocks = [b for b in blocks if b[1] > b[0]]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(blocks)), "overlap"
    return Timeline.from_intervals(physician, ORIGIN, blocks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--physicians", type=int, default=500)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scenario = plan(args.physicians)
    timelines = [year(p.id, args.weeks) for p in scenario.physicians]
    intervals = sum(len(t.starts) for t in timelines)
    wall = cpu = float("inf")
    for _ in range(args.repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        findings = check_timelines(scenario, timelines)
        wall = min(wall, time.perf_counter() - began)
        cpu = min(cpu, time.process_time() - began_cpu)
    print(
        f"{args.physicians} physicians × {args.weeks} weeks, {intervals:,} intervals: "
        f"check_timelines best of {args.repeat}: {wall:.2f} s wall, {cpu:.2f} s CPU, "
        f"{len(findings)} findings"
    )


if __name__ == "__main__":
    main()
