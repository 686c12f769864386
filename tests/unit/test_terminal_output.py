"""Terminal tables that survive: piped output prints whole ids, --format csv and json print
every cell, and nothing is cut with an ellipsis."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands.output import Grid, plain
from simulator.idealtypes.library import load_library

runner = CliRunner()


def test_idealtypes_list_piped_prints_every_id_whole() -> None:
    result = runner.invoke(app, ["idealtypes", "list"])  # CliRunner output is no terminal
    assert result.exit_code == 0, result.output
    first_cells = {line.split()[0] for line in result.output.splitlines() if line.strip()}
    assert set(load_library()) <= first_cells
    assert "…" not in result.output


def test_idealtypes_list_as_csv_and_json_hold_the_same_rows() -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(runner.invoke(app, ["idealtypes", "list", "--format", "csv"]).output)
        )
    )
    document = json.loads(runner.invoke(app, ["idealtypes", "list", "--format", "json"]).output)
    assert [r["id"] for r in rows] == [r["id"] for r in document[0]["rows"]] == list(load_library())


def test_plain_columns_keep_long_cells_whole_and_aligned() -> None:
    grid = Grid("t", ["kpi", "value"], [["a" * 120, "1"], ["b", "22"]])
    lines = plain(grid).splitlines()
    assert lines[2].startswith("a" * 120) and lines[2].endswith("1")
    assert lines[3].index("22") == lines[2].index("1")


def test_show_and_network_print_their_tables_as_csv_and_json() -> None:
    solo = str(Path(__file__).resolve().parents[2] / "scenarios" / "senja-solo.yaml")
    shown = runner.invoke(app, ["show", solo, "--format", "csv", "--lang", "en"])
    assert shown.exit_code == 0, shown.output
    rows = list(csv.reader(io.StringIO(shown.output)))
    assert rows[0][:3] == ["id", "number", "name"] and rows[2][:3] == ["berg", "1929", "Berg"]
    network = runner.invoke(app, ["network", solo, "--format", "json", "--lang", "en"])
    assert network.exit_code == 0, network.output
    titles = [table["title"] for table in json.loads(network.output)]
    assert titles[0].startswith("Travel minutes") and len(titles) > 2


def test_check_and_rules_list_print_whole_rows_as_csv() -> None:
    solo = str(Path(__file__).resolve().parents[2] / "scenarios" / "senja-solo.yaml")
    checked = runner.invoke(app, ["check", solo, "--format", "csv", "--lang", "nb"])
    assert checked.exit_code == 0  # the shipped plans are legal; a warning remains
    rows = list(csv.DictReader(io.StringIO(checked.output)))
    assert rows and all(r["rule"] and r["source"] for r in rows)
    assert all("third paragraph" not in r["source"] for r in rows)
    listed = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["rules", "list", "--format", "csv"]).output))
    )
    assert listed and all(r["rule"] and r["source"] for r in listed)


def test_idealtypes_show_prints_its_tables_whole_as_csv() -> None:
    result = runner.invoke(
        app, ["idealtypes", "show", "weekly_interdisciplinary_meeting", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    blocks = result.output.split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [
        "parameter,default,unit,source",
        "KPI,direction,why",
    ]
    parameters = list(csv.DictReader(io.StringIO(blocks[0])))
    assert {"interval_weeks", "duration_minutes"} <= {row["parameter"] for row in parameters}
