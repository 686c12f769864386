"""Time `samsim new --national` and loading its output.

    .venv/bin/python -m benchmarks.new_national [--repeat 3]

Prints wall-clock seconds for each step (best of `--repeat`), the file size and the counts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from simulator.scenario import load_scenario


def timed_new(out: Path) -> float:
    """Seconds for the whole command in a fresh interpreter, as a user runs it."""
    command = [sys.executable, "-m", "simulator", "new", "--national", "--force", "--out", str(out)]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def timed_load(out: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `load_scenario` (CPU time is steadier on a shared box)."""
    start, cpu = time.perf_counter(), time.process_time()
    load_scenario(out)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "norway.yaml"
        new = min(timed_new(out) for _ in range(repeat))
        load, load_cpu = min(timed_load(out) for _ in range(repeat))
        scenario = load_scenario(out)
        size = out.stat().st_size
    print(f"samsim new --national: {new:.2f} s (best of {repeat})")
    print(f"load_scenario:         {load:.2f} s, {load_cpu:.2f} s CPU (best of {repeat})")
    print(
        f"file: {size / 1e6:.2f} MB; {len(scenario.municipalities)} municipalities, "
        f"{len(scenario.places)} places, {len(scenario.offices)} offices, "
        f"{len(scenario.physicians)} physicians, {len(scenario.legevakt)} legevakt, "
        f"{len(scenario.kad)} KAD units with {sum(k.beds for k in scenario.kad)} beds"
    )


if __name__ == "__main__":
    main()
