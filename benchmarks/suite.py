"""Every benchmark, one after another, with a summary table in the format of
benchmarks/README.md (`make bench`; many minutes).

    .venv/bin/python -m benchmarks.suite [NAME ...]

Each benchmark runs in a fresh interpreter as `python -m benchmarks.NAME ARGS`; its own output
goes to the terminal as it comes. The table then gives, per benchmark, its wall-clock and CPU
seconds (the process and any workers it started), its peak memory and the last line it
printed, so that a change can be measured before and after on the same machine.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

# (module, arguments): the order of the README's sections, the quick ones first.
SUITE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("startup", ()),
    ("scenario_loading", ()),
    ("rules_timelines", ()),
    ("network_matrix", ()),
    ("network_location", ()),
    ("new_national", ()),
    ("rota_solver", ()),
    ("report_render", ()),
    ("engine_events", ("scenarios/nordhordland.yaml",)),
    ("engine_events", ("scenarios/senja-senjalegen.yaml",)),
    ("replication_phases", ("scenarios/nordhordland.yaml",)),
    ("engine_year", ()),
    ("engine_national", ()),
    ("engine_districts", ()),
    ("district_cpu", ()),
    ("memory_phases", ()),
    ("two_cores", ()),
    ("calibration_national", ()),
    ("gp_week", ()),
    ("experiment_scaling", ("scenarios/nordhordland.yaml", "-n", "30")),
)


def run(module: str, arguments: tuple[str, ...]) -> tuple[float, float, float, str, int]:
    """(wall s, CPU s, peak MB, last line, exit status) of one benchmark."""
    start = time.perf_counter()
    command = [sys.executable, "-m", f"benchmarks.{module}", *arguments]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    last = ""
    assert process.stdout is not None
    for line in process.stdout:
        print(line, end="", flush=True)
        last = line.strip() or last
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, last, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*", help="Only these benchmarks (module names).")
    args = parser.parse_args()
    chosen = [(m, a) for m, a in SUITE if not args.names or m in args.names]
    rows = []
    for module, arguments in chosen:
        print(f"== {module} {' '.join(arguments)}", flush=True)
        rows.append((module, arguments, *run(module, arguments)))
    print("\n| benchmark | wall | CPU | peak MB | last line |")
    print("| --- | ---: | ---: | ---: | --- |")
    for module, arguments, wall, cpu, peak, last, status in rows:
        name = " ".join((module, *arguments))
        last = last.replace("|", "\\|")  # a table row of its own stays in its cell
        note = last if status == 0 else f"FAILED (exit {status}): {last}"
        print(f"| `{name}` | {wall:.1f} s | {cpu:.1f} s | {peak:.0f} | {note} |")
    if any(row[-1] for row in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
