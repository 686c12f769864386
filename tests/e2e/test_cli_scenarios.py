"""The scenario commands end to end: `samsim validate`, `samsim show` and `samsim schema`.

Most tests use Typer's CliRunner; one runs the real process so that exit code and output are
exactly what a planner sees (in particular: no traceback, whatever the input)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from simulator.cli import app
from simulator.scenario.schema import schema_text

ROOT = Path(__file__).parents[2]
SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml"))
BROKEN = sorted((ROOT / "tests" / "scenarios" / "broken").glob("*.yaml"))
runner = CliRunner()


def samsim(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_validate_accepts_every_shipped_scenario() -> None:
    result = runner.invoke(app, ["validate", *map(str, SCENARIOS)])
    assert result.exit_code == 0, result.output
    assert result.output.count("ok ") == len(SCENARIOS)


def test_validate_rejects_every_broken_file_with_exit_2_and_no_traceback() -> None:
    process = samsim("validate", *(str(p.relative_to(ROOT)) for p in BROKEN))
    assert process.returncode == 2
    output = process.stdout + process.stderr
    assert "Traceback" not in output
    for path in BROKEN:
        assert path.name in process.stderr, f"nothing reported for {path.name}"


def test_validate_reports_valid_files_and_fails_when_any_is_invalid() -> None:
    broken = ROOT / "tests/scenarios/broken/fte-too-high.yaml"
    result = runner.invoke(app, ["validate", "--lang", "en", str(SCENARIOS[0]), str(broken)])
    assert result.exit_code == 2
    assert f"ok {SCENARIOS[0]}" in result.output
    assert f"{broken}:7:5: physicians[gp2].fte: " in result.output
    assert f"{broken}: 1 problem found" in result.output


def test_validate_a_missing_file_is_a_located_problem_not_a_crash(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    result = runner.invoke(app, ["validate", "--lang", "en", str(missing)])
    assert result.exit_code == 2
    assert f"{missing}:1:1: cannot read the file" in result.output


def test_validate_a_directory_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--lang", "en", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path}:1:1: cannot read the file: Is a directory" in result.output


def test_show_summarises_a_scenario() -> None:
    result = runner.invoke(
        app, ["show", str(ROOT / "scenarios/senja-senjalegen.yaml"), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    for expected in ("Senjalegen", "Lenvik", "Tranøy", "14,500", "skaland-uk", "kommuneoverlege"):
        assert expected in result.output


def test_show_without_a_file_shows_the_embedded_demo() -> None:
    result = runner.invoke(app, ["show"])
    assert result.exit_code == 0, result.output
    assert "Grong and Namsskogan" in result.output
    assert "3\u00a0132" in result.output and "sum" in result.output  # 2 322 + 810, in bokmål


def test_show_of_a_broken_file_exits_2_with_the_problem() -> None:
    broken = ROOT / "tests/scenarios/broken/ref-kad-place.yaml"
    result = runner.invoke(app, ["show", str(broken), "--lang", "en"])
    assert result.exit_code == 2
    assert "kad[kad].place: unknown places id 'sykehjem'" in result.output


def test_schema_prints_the_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["required"] == ["scenario", "municipalities", "places"]
    assert result.output == schema_text()


def test_schema_output_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "scenario.schema.json"
    result = runner.invoke(app, ["schema", "--output", str(target)])
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == schema_text()
