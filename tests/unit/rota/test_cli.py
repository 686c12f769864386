"""`samsim rota make|check|size` from the command line: outputs and exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands import rota as rota_commands
from tests.unit.rota.builders import EVENING_NIGHT, doctor, scenario

runner = CliRunner()


@pytest.fixture()
def scenario_file(tmp_path: Path) -> Path:
    doctors = [doctor(i) for i in range(5)] + [doctor(8, age=63)]
    neighbours = [doctor(20, office="b-lk"), doctor(21, office="b-lk")]
    s = scenario(
        doctors + neighbours,
        shifts=[EVENING_NIGHT],
        policy={"max_shift_frequency_days": 3},
        extra_municipality=True,
    )
    path = tmp_path / "s.yaml"
    path.write_text(json.dumps(s.model_dump(mode="json", by_alias=True, exclude_none=True)))
    return path


def _run(*args: str | Path, lang: str = "en") -> tuple[int, str]:
    result = runner.invoke(app, ["rota", *map(str, args), "--lang", lang])
    return result.exit_code, result.output


def test_make_writes_csv_and_calendars_and_check_passes(scenario_file: Path) -> None:
    out = scenario_file.parent / "out"
    code, output = _run(
        "make", scenario_file, "--legevakt", "lv", "--weeks", "2", "--out", out, "--free-after-duty"
    )
    assert code == 0, output
    assert "optimality gap" in output and "no breaches" in output
    assert (out / "lv-rota.csv").exists() and (out / "lv.ics").exists()
    assert not (out / "lv-gp08.ics").exists()  # exempt at 63
    code, output = _run("check", scenario_file, "--rota", out / "lv-rota.csv")
    assert code == 0 and "no findings in 14 shifts" in output


def test_check_lists_a_breach_per_doctor(scenario_file: Path, tmp_path: Path) -> None:
    rota = tmp_path / "rota.csv"
    rota.write_text(
        "legevakt,shift,physician,start,end,mode\n"
        "lv,night,gp08,2026-01-05T16:00,2026-01-06T08:00,home_call\n"
    )
    code, output = _run("check", scenario_file, "--rota", rota)
    assert code == 1
    assert "gp08" in output and "breach" in output


def test_make_without_a_rota_explains_and_exits_1(scenario_file: Path) -> None:
    code, output = _run(
        "make", scenario_file, "--legevakt", "lv", "--weeks", "1", "--keep-office-days"
    )
    assert code == 1
    assert "No rota" in output and "SFS 2305 § 7.4" in output and "--free-after-duty" in output


def test_bad_input_exits_2_with_location(scenario_file: Path, tmp_path: Path) -> None:
    code, _ = _run("make", scenario_file, "--legevakt", "nope")
    assert code == 2
    prefs = tmp_path / "prefs.csv"
    prefs.write_text("physician,date,kind\ngp01,2026-01-07,holiday\n")
    code, output = _run(
        "make", scenario_file, "--legevakt", "lv", "--preferences", prefs, "--weeks", "1"
    )
    assert code == 2 and "prefs.csv:2: kind 'holiday'" in output


def test_size_finds_smallest_pool_and_neighbours(scenario_file: Path) -> None:
    code, output = _run(
        "size",
        scenario_file,
        "--free-after-duty",
        "--max",
        "6",
        "--target-shifts",
        "8",
    )
    assert code == 0, output
    assert "Legevakt (lv): pool of 6 doctors, 5 without exemption" in output
    assert "smallest pool with a legal rota meeting the target: 4" in output
    assert "why 2 doctors are not enough" in output
    assert re.search(r"^b +2 +2 +2\.0 +7$", output, re.M)  # municipality b: pool of 7


def test_make_shows_progress_in_a_terminal_and_none_when_piped(
    scenario_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = scenario_file.parent
    args = ("make", scenario_file, "--legevakt", "lv", "--weeks", "1", "--out", out)
    code, output = _run(*args)  # CliRunner's output is not a terminal
    assert code == 0 and "CP-SAT (budget" not in output
    terminal = io.StringIO()
    monkeypatch.setattr(rota_commands, "console", Console(file=terminal, force_terminal=True))
    code, _ = _run(*args)
    assert code == 0 and "making the rota with CP-SAT (budget 10 s)" in terminal.getvalue()


def test_size_in_bokmal_and_as_json(scenario_file: Path) -> None:
    args = ("size", scenario_file, "--free-after-duty", "--max", "6", "--target-shifts", "8")
    code, output = _run(*args, lang="nb")
    assert code == 0, output
    assert "Legevakt (lv): pulje på 6 leger, 5 uten fritak" in output
    assert "minste pulje med lovlig turnus som når målet: 4" in output
    assert "pool" not in output.replace("--", "")
    result = runner.invoke(app, ["rota", *map(str, args), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    tables = json.loads(result.stdout)  # the sentences went to stderr
    assert [t["title"].split(" ")[0] for t in tables] == ["Burden", "Inter-municipal"]
    curve = tables[0]["rows"]
    assert [r["n"] for r in curve][:2] == ["1", "2"] and {"legal rota", "why"} <= set(curve[0])


def test_make_and_check_print_their_tables_as_csv(scenario_file: Path) -> None:
    out = scenario_file.parent / "out"
    args = ["make", scenario_file, "--legevakt", "lv", "--weeks", "1", "--out", out]
    made = runner.invoke(app, ["rota", *map(str, args), "--format", "csv", "--lang", "en"])
    assert made.exit_code == 0, made.output
    rows = list(csv.reader(io.StringIO(made.stdout)))
    assert rows[0] == ["doctor", "FTE", "shifts", "hours", "nights", "weekends", "holidays"]
    assert {r[0] for r in rows[1:]} == {f"gp0{i}" for i in (0, 1, 2, 3, 4, 8)}  # whole ids
    rota = str(out / "lv-rota.csv")
    checked = runner.invoke(
        app, ["rota", "check", str(scenario_file), "--rota", rota, "--format", "csv"]
    )
    assert checked.exit_code == 0 and checked.stdout.splitlines()[0] == (
        "gjelder,regel,alvorlighet,når,funn,rettskilde"
    )
