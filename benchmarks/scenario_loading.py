"""How long loading scenario files takes, and how quickly hostile files are refused.

Run from the repository root:

    .venv/bin/python -m benchmarks.scenario_loading

Prints the median of several runs for each shipped scenario, for the refusal of an alias bomb,
a self-referencing alias and an oversized file, and for a large generated scenario (to show
how parse time grows with file size).
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from simulator.scenario import ScenarioError, load_scenario
from simulator.scenario.yamlfile import MAX_FILE_BYTES

ROOT = Path(__file__).parents[1]
BROKEN = ROOT / "tests" / "scenarios" / "broken"


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with contextlib.suppress(ScenarioError):
            action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def large_scenario(physicians: int) -> str:
    """The minimal broken-corpus base with many extra doctors (one flow mapping per line)."""
    base = (BROKEN / "includes" / "minimal.yaml").read_text(encoding="utf-8")
    lines = [
        f"  - {{ id: gp-{n}, office: a-lk, age: 40, fte: 1.0, list_size: 100 }}"
        for n in range(physicians)
    ]
    return base.replace("physicians:\n", "physicians:\n" + "\n".join(lines) + "\n", 1)


def main() -> None:
    rows: list[tuple[str, str, float]] = []
    for path in sorted((ROOT / "scenarios").glob("*.yaml")):
        rows.append(
            (
                path.name,
                f"{path.stat().st_size / 1000:.0f} kB",
                median_ms(lambda p=path: load_scenario(p)),
            )
        )
    for name in ("alias-bomb.yaml", "alias-recursive.yaml"):
        path = BROKEN / name
        rows.append(
            (
                f"refuse {name}",
                f"{path.stat().st_size} B",
                median_ms(lambda p=path: load_scenario(p)),
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        huge = Path(folder) / "huge.yaml"
        huge.write_bytes(b"# padding\n" * (MAX_FILE_BYTES // 10 + 1))
        rows.append(("refuse a file over 10 MB", "10 MB", median_ms(lambda: load_scenario(huge))))
        big = Path(folder) / "big.yaml"
        big.write_text(large_scenario(2_000), encoding="utf-8")
        size = f"{big.stat().st_size / 1e6:.1f} MB"
        rows.append(("2 000 extra physicians", size, median_ms(lambda: load_scenario(big), runs=1)))
    for name, size, ms in rows:
        print(f"{name:32} {size:>8} {ms:10.1f} ms")


if __name__ == "__main__":
    main()
