"""Whether the machine gives two cores now: a pure-Python loop run twice in this process, then
once in each of 2 worker processes (`concurrent.futures`, nothing shared).

    .venv/bin/python -m benchmarks.two_cores [--tries 5]

Prints each try's speed-up (one process's time over the 2 workers'). A speed-up near 2 says
that a parallel benchmark measured in the same minutes can show its own; well below 2, the
cores are shared with other work (or the host's), and a parallel figure says little.
"""

from __future__ import annotations

import argparse
import os
import time
from concurrent.futures import ProcessPoolExecutor

STEPS = 30_000_000


def loop(steps: int) -> int:
    total = 0
    for i in range(steps):
        total += i * i
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tries", type=int, default=5)
    tries = parser.parse_args().tries
    with ProcessPoolExecutor(2) as pool:
        pool.submit(int).result()  # the workers started before the clock
        for _ in range(tries):
            start = time.perf_counter()
            for _ in range(2):
                loop(STEPS)
            one = time.perf_counter() - start
            start = time.perf_counter()
            list(pool.map(loop, [STEPS, STEPS]))
            two = time.perf_counter() - start
            load = os.getloadavg()[0]
            print(
                f"1 process {one:.2f} s, 2 workers {two:.2f} s: {one / two:.2f}× (load {load:.1f})"
            )


if __name__ == "__main__":
    main()
