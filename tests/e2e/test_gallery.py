"""The gallery (scenarios/gallery/): every system runs with its region's baseline for a few
weeks under the same seed, and moves each KPI the gallery claims in the claimed direction;
`samsim examples` lists and copies it; a built wheel carries it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator import simulate
from simulator.cli import app
from simulator.gallery.catalogue import SOURCE, System, load_systems, regions
from simulator.gallery.page import headline_kpis, horizon
from simulator.scenario import load_scenario
from tests.support.packaging import build_package, probe

SYSTEMS = load_systems(SOURCE)
WEEKS = 1  # no warm-up, so that meetings every 13 or 52 weeks fall in week 0
SEED = 11
runner = CliRunner()


@cache
def kpis(path: Path) -> dict[str, float]:
    scenario = horizon(load_scenario(path), WEEKS)
    meta = scenario.scenario.model_copy(update={"warmup_weeks": 0})
    return simulate(scenario.model_copy(update={"scenario": meta}), SEED).kpis


@pytest.mark.parametrize("system", SYSTEMS, ids=lambda s: s.name)
def test_each_system_moves_the_kpis_the_gallery_claims(system: System) -> None:
    without, with_ = kpis(system.baseline), kpis(system.scenario)
    assert system.effects
    for kpi, direction in system.effects.items():
        change = with_[kpi] - without[kpi]
        sign = {"up": 1, "down": -1, "same": 0}[direction]
        assert (change > 0) - (change < 0) == sign, (kpi, without[kpi], with_[kpi])


def test_every_region_has_a_baseline_and_every_variant_is_in_the_index() -> None:
    indexed = {s.scenario for s in SYSTEMS}
    for region in regions(SOURCE):
        variants = set((SOURCE / region).glob("*.yaml")) - {SOURCE / region / "without.yaml"}
        assert variants and variants <= indexed, region
    assert all(headline_kpis(s)[: len(s.effects)] == list(s.effects) for s in SYSTEMS)


def test_every_gallery_scenario_validates_and_passes_the_rule_check() -> None:
    files = sorted(str(p) for p in SOURCE.glob("*/*.yaml"))
    assert runner.invoke(app, ["validate", *files]).exit_code == 0
    result = runner.invoke(app, ["check", *files])
    assert result.exit_code == 0, result.output  # warnings, no breach


def test_examples_lists_the_systems_and_copies_a_region(tmp_path: Path) -> None:
    listed = runner.invoke(app, ["examples"])
    assert listed.exit_code == 0
    assert all(s.name in listed.output for s in SYSTEMS)
    target = tmp_path / "mine"
    copied = runner.invoke(app, ["examples", "midt-troms", "--out", str(target)])
    assert copied.exit_code == 0, copied.output
    assert load_scenario(target / "vake.yaml").scenario.id == "midt-troms-vake"
    again = runner.invoke(app, ["examples", "midt-troms", "--out", str(target)])
    assert again.exit_code == 2 and "finnes allerede" in again.output  # bokmål by default
    in_english = runner.invoke(
        app, ["examples", "midt-troms", "--out", str(target), "--lang", "en"]
    )
    assert in_english.exit_code == 2 and "exists" in in_english.output
    unknown = runner.invoke(app, ["examples", "atlantis", "--out", str(tmp_path / "x")])
    assert unknown.exit_code == 2 and "midt-troms" in unknown.output


def test_a_built_wheel_carries_the_gallery(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_package(site)
    code = (
        "from simulator.gallery.catalogue import gallery_dir, load_systems; "
        "print(gallery_dir()); print(len(load_systems()))"
    )
    packaged = site / "simulator" / "gallery" / "scenarios"
    assert probe(site, code) == [str(packaged), str(len(SYSTEMS))]
    assert (packaged / "midt-troms" / "base" / "region.yaml").is_file()
