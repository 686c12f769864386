"""How long `samsim` takes to start, measured as whole processes: wall time and peak memory of
`samsim --help`, `samsim validate scenarios/nordhordland.yaml` and `samsim idealtypes list`.

Run from the repository root with the project's environment:

    .venv/bin/python -m benchmarks.startup [--runs 10]

Each command runs once untimed, then `--runs` times one after the other; the table gives the
fastest and the median wall time, the median CPU time (user + system, less disturbed by other
jobs on a shared machine) and the largest peak resident memory (the child's ru_maxrss, from
wait4). The commands run as an installed user runs them, with their bytecode cached: the
untimed run writes it even where the environment says PYTHONDONTWRITEBYTECODE (set on the
development machines), which would otherwise compile every module's source at every start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
SAMSIM = Path(sys.executable).parent / "samsim"
COMMANDS = (
    ("--help",),
    ("validate", "scenarios/nordhordland.yaml"),
    ("idealtypes", "list"),
)


ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(args: tuple[str, ...]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory in MB of one run of `samsim args`."""
    start = time.perf_counter()
    command = [str(SAMSIM), *args]
    pid = subprocess.Popen(command, cwd=ROOT, env=ENVIRONMENT, stdout=subprocess.DEVNULL).pid
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"samsim {' '.join(args)} failed")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    print(f"load average {os.getloadavg()[0]:.1f}; {runs} runs each")
    print("| command | fastest wall | median wall | median CPU | peak memory |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for args in COMMANDS:
        measure(args)  # writes the bytecode a user's first run writes
        walls, cpus, peaks = zip(*(measure(args) for _ in range(runs)), strict=True)
        print(
            f"| `samsim {' '.join(args)}` | {min(walls):.2f} s | {statistics.median(walls):.2f} s"
            f" | {statistics.median(cpus):.2f} s | {max(peaks):.0f} MB |"
        )


if __name__ == "__main__":
    main()
