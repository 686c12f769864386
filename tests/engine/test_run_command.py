"""`samsim run`."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
from openpyxl import load_workbook
from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands.common import default_scenario_path

runner = CliRunner()


def test_run_prints_kpis_and_writes_them(tmp_path):
    result = runner.invoke(
        app,
        ["run", "--weeks", "2", "--seed", "3", "--out", str(tmp_path), "--events", "--lang", "en"],
    )
    assert result.exit_code == 0, result.output
    assert "Red response: waiting time, p90" in result.output
    document = json.loads((tmp_path / "kpis.json").read_text())
    assert document["seed"] == 3 and document["weeks"] == 2
    assert document["kpis"]["physician.weekly_hours.mean"] > 0
    assert "kpi" in (tmp_path / "kpis.csv").read_text().splitlines()[0]
    intervals = pq.read_table(tmp_path / "intervals.parquet")
    assert set(intervals.column_names) == {"physician", "start", "end", "category"}
    assert pq.read_table(tmp_path / "events.parquet").num_rows > 0
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_run_reports_a_bad_file_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("scenario: {id: x}\n")
    result = runner.invoke(app, ["run", str(bad)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_run_lists_rule_findings(tmp_path):
    result = runner.invoke(app, ["run", "--weeks", "2", "--out", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Rule findings:" in result.output
    findings = json.loads((tmp_path / "kpis.json").read_text())["findings"]
    assert all({"rule_id", "severity", "source"} <= set(f) for f in findings)


def test_the_package_exposes_simulate():
    import simulator

    result = simulator.simulate(simulator.load(default_scenario_path()), 4, weeks=1)
    assert result.seed == 4 and result.weeks == 1


def test_one_replication_writes_its_workbook(tmp_path):
    book = tmp_path / "one.xlsx"
    result = runner.invoke(app, ["run", "--weeks", "2", "--excel", str(book), "--lang", "en"])
    assert result.exit_code == 0, result.output
    summary = list(load_workbook(book)["Summary"].iter_rows(values_only=True))
    assert summary[1][0] == "On-call hours a week per doctor, mean"
    assert isinstance(summary[1][2], float) and summary[1][3] is None  # no interval from one


def test_one_replication_on_two_workers_writes_the_same_kpis(tmp_path):
    def kpis(workers: str) -> dict:
        out = tmp_path / workers
        args = ["run", "--weeks", "2", "--seed", "3", "--workers", workers, "--out", str(out)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        return json.loads((out / "kpis.json").read_text())

    assert kpis("2") == kpis("1")
