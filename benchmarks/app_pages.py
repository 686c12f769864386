"""Time the app's pages for a regional plan (Andøy and Sortland from the starter, 14 GPs):
each tab, an edit with the reload that validates it, and the rule check; median of 5.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/app_pages.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from simulator.app.web import create_app

REPEATS = 5


def _median(call: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="samsim-app-bench-") as folder:
        client = TestClient(create_app(Path(folder)), base_url="http://127.0.0.1:8765")
        made = client.post("/plans/new", data={"municipalities": "1871, 1870", "layout": "shared"})
        url = str(made.url.path)
        beds = iter(["3", "2"] * REPEATS)
        cases = {
            "legevakt tab": lambda: client.get(f"{url}?section=legevakt"),
            "physicians tab (14 GPs, 336 fields)": lambda: client.get(f"{url}?section=physicians"),
            "edit one value + reload": lambda: client.post(
                f"{url}/edit", data={"section": "kad", "kad/0/beds": next(beds)}
            ),
            "rule check tab": lambda: client.get(f"{url}?section=rules"),
        }
        for label, call in cases.items():
            print(f"{label}: {_median(call) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
