"""Resident memory of one national replication, phase by phase.

    .venv/bin/python -m benchmarks.memory_phases [--weeks 52] [--plan-cache FILE]

Builds the plan as `engine_national.py` does (or reads it from `--plan-cache`), then runs one
serial replication with each phase wrapped: after each it prints the process's resident
memory and its peak so far (`VmRSS`, `VmHWM` from /proc/self/status, Linux), so the growth of
each phase can be read off. The phases are those `replication_phases.py` times.
"""

from __future__ import annotations

import argparse
import logging
import re
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from unittest import mock

import simulator.engine as engine
from benchmarks.engine_national import cached_plan
from benchmarks.replication_phases import PHASES
from simulator.rules import load_catalogue


def resident() -> str:
    """The resident memory now and at its peak, in MB."""
    status = Path("/proc/self/status").read_text()
    now, peak = (
        int(re.search(rf"{k}:\s+(\d+)", status).group(1)) // 1024 for k in ("VmRSS", "VmHWM")
    )
    return f"{now} MB (peak {peak} MB)"


def _reported(label: str, function: Callable) -> Callable:
    def reported(*args: Any, **kwargs: Any) -> Any:
        value = function(*args, **kwargs)
        print(f"after {label}: {resident()}", flush=True)
        return value

    return reported


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--plan-cache", type=Path, help="Pickle the plan here; reuse it if there.")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    load_catalogue()
    print(f"libraries and the rules catalogue: {resident()}", flush=True)
    plan = cached_plan(args.weeks, args.plan_cache)
    print(f"with the plan: {resident()}", flush=True)
    with ExitStack() as patches:
        for label, (owner, name) in PHASES.items():
            reported = _reported(label, getattr(owner, name))
            patches.enter_context(mock.patch.object(owner, name, reported))
        engine.simulate(plan, 1, args.weeks)
    print(f"at the end: {resident()}")


if __name__ == "__main__":
    main()
