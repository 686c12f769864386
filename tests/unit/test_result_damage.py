"""A result directory detects damage: every table is checksummed in the manifest, `report`
refuses a damaged table or replication file, and a rerun rebuilds them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from simulator.checksums import file_digest
from simulator.commands.common import default_scenario_path
from simulator.experiment import api
from simulator.report.results import ReportError, load_results
from simulator.scenario import Scenario, load_scenario


def stand_in(scenario: Scenario, seed: np.random.SeedSequence) -> dict:
    """A tiny replication: one KPI drawn from the replication's stream."""
    return {"kpis": {"wait|all": float(np.random.default_rng(seed).exponential())}}


def trial(out: Path) -> None:
    settings = api.Settings(
        replications=3, out=out, function=stand_in, prepare=lambda scenario: scenario
    )
    api.trial(load_scenario(default_scenario_path()), settings)


@pytest.fixture
def results(tmp_path: Path) -> Path:
    trial(tmp_path)
    return tmp_path


def test_every_table_is_checksummed_in_the_manifest(results: Path) -> None:
    tables = json.loads((results / "manifest.json").read_text(encoding="utf-8"))["tables"]
    assert {"kpis.csv", "kpis.parquet", "summary.csv"} <= set(tables)
    for name, digest in tables.items():
        assert file_digest(results / name) == digest
    load_results(results)  # intact: loads


@pytest.mark.parametrize("name", ["summary.csv", "kpis.parquet"])
def test_a_truncated_table_is_refused_by_report(results: Path, name: str) -> None:
    path = results / name
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ReportError, match=re.escape(f"{name}: missing or damaged")):
        load_results(results)


def test_an_emptied_table_is_refused_and_a_rerun_rebuilds_it(results: Path) -> None:
    before = (results / "kpis.csv").read_bytes()
    (results / "kpis.csv").write_text("", encoding="utf-8")
    with pytest.raises(ReportError, match=r"kpis\.csv: missing or damaged"):
        load_results(results)
    trial(results)
    assert (results / "kpis.csv").read_bytes() == before
    load_results(results)


def test_a_replication_file_with_a_changed_payload_is_refused(results: Path) -> None:
    [path, *_] = sorted((results / "replications").rglob("rep-*.json"))
    stored = json.loads(path.read_text(encoding="utf-8"))
    stored["payload"]["kpis"]["wait|all"] += 1.0
    path.write_text(json.dumps(stored), encoding="utf-8")
    with pytest.raises(ReportError, match="checksum does not match"):
        load_results(results)
