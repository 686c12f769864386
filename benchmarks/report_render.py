"""Time `render_report` on synthetic result directories: a two-plan comparison of a small
region (the test fixture, 30 replications) and a one-plan trial of the national scenario
(3 064 places on the map).

    .venv/bin/python -m benchmarks.report_render
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.national_scenario import national_scenario
from simulator.report.render import render_report
from tests.unit.report.synthetic import SHARED, SOLO, scenario, write_result_dir


def _timed(label: str, directory: Path) -> None:
    started = time.perf_counter()
    path = render_report(directory)
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s, {path.stat().st_size / 1e6:.2f} MB")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="samsim-report-bench-") as name:
        root = Path(name)
        small = write_result_dir(root / "small", [scenario(SHARED), scenario(SOLO)], 30)
        _timed("comparison, 2 plans, 4 physicians, 30 replications", small)
        national = write_result_dir(root / "national", [national_scenario()], 5)
        _timed("trial, national scenario, 3 064 places, 5 replications", national)


if __name__ == "__main__":
    main()
