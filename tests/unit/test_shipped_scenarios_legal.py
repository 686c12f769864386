"""The shipped scenarios are legal plans: `samsim check` finds no breach in any of them (a
finding that models a real situation would carry a comment at its place instead)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.rules import Severity, check_scenario
from simulator.scenario import load_scenario

SCENARIOS = sorted((Path(__file__).parents[2] / "scenarios").glob("*.yaml"))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_check_finds_no_breach_in_a_shipped_scenario(path: Path) -> None:
    breaches = [
        f"{f.rule_id} {f.subject_id}"
        for f in check_scenario(load_scenario(path))
        if f.severity is Severity.breach
    ]
    assert breaches == []
