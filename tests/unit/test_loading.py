"""Loading scenario files: located problems, includes and limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.commands.common import default_scenario_path
from simulator.scenario import ScenarioError, dump_scenario, load_scenario, load_scenario_text


def test_default_scenario_loads_and_round_trips() -> None:
    scenario = load_scenario(default_scenario_path())
    assert load_scenario_text(dump_scenario(scenario)) == scenario


def test_all_problems_are_reported_with_locations(tmp_path: Path) -> None:
    text = default_scenario_path().read_text()
    text = text.replace("    fte: 1.0\n    list_size: 800", "    fte: 1.5\n    list_size: 800", 1)
    text = text.replace("place: trones\n", "place: gone\n", 1)
    fte_line = text.splitlines().index("    fte: 1.5") + 1
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    rendered = [str(p) for p in caught.value.problems]
    assert any(f":{fte_line}:5: physicians[grong-gp1].fte:" in r for r in rendered), rendered
    assert any("offices[namsskogan-uk].place: unknown places id 'gone'" in r for r in rendered)


def test_include_cycle_is_located(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("include: b.yaml\n")
    (tmp_path / "b.yaml").write_text("include: [a.yaml]\n")
    with pytest.raises(ScenarioError, match=r"b.yaml:1:\d+: include\[0\]: include cycle"):
        load_scenario(tmp_path / "a.yaml")
