"""One error path for every command: bad input exits 2 with a located message, a bug exits 3
with one line naming the file that holds its traceback, and nothing is read as markup."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands.common import default_scenario_path
from simulator.errors import InputError
from simulator.failures import EXIT_BUG, EXIT_INVALID, GuardedGroup

runner = CliRunner()


def failing_app(error: Exception) -> typer.Typer:
    guarded = typer.Typer(cls=GuardedGroup, pretty_exceptions_enable=False)

    @guarded.command()
    def fail() -> None:
        raise error

    @guarded.command()
    def other() -> None:
        """A second command, so that `fail` is a subcommand as in samsim."""

    return guarded


def test_input_error_exits_2_with_its_message() -> None:
    result = runner.invoke(failing_app(InputError("plan.yaml:3:1: bad\x07value")), ["fail"])
    assert result.exit_code == EXIT_INVALID
    assert "plan.yaml:3:1: bad\\x07value" in result.output
    assert "Traceback" not in result.output


def test_a_bug_exits_3_with_one_line_and_the_traceback_in_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = runner.invoke(failing_app(ZeroDivisionError("boom")), ["fail"])
    assert result.exit_code == EXIT_BUG
    [line] = result.output.strip().splitlines()
    assert "a bug (ZeroDivisionError: boom)" in line
    [written] = tmp_path.glob("samsim-traceback-*.txt")
    assert str(written) in line
    assert "ZeroDivisionError: boom" in written.read_text(encoding="utf-8")


def test_a_location_at_line_100_is_not_an_emoji(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("#\n" * 99 + "scenario: [\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == EXIT_INVALID
    assert f"{path}:100:" in result.output or f"{path}:101:" in result.output
    assert "💯" not in result.output


def test_a_special_file_is_refused_not_read_forever() -> None:
    result = runner.invoke(app, ["validate", "--lang", "en", "/dev/zero"])
    assert result.exit_code == EXIT_INVALID
    assert "/dev/zero:1:1: file is over 10 MB" in result.output


def test_a_newline_in_an_id_stays_on_its_problem_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text('scenario: {id: "a\\nb", title: t, start_date: 2026-01-05}\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == EXIT_INVALID
    [line] = [line for line in result.output.splitlines() if "scenario.id" in line]
    assert "a\\nb" in line


def test_a_file_name_with_markup_and_emoji_codes_is_printed_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "[bold]plans"
    folder.mkdir()
    path = folder / ":100:.yaml"
    path.write_text(default_scenario_path().read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert f"ok{path}" in "".join(result.output.split())  # wrapped at the width


def test_a_reader_that_stops_reading_is_no_bug() -> None:
    """`samsim show | head -1`: the pipe closes before samsim has written; it exits 1 quietly,
    as Rich's consoles do."""
    samsim = Path(sys.executable).with_name("samsim")
    process = subprocess.Popen(
        [samsim, "show", "--format", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the command has loaded its scenario
    complaint = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1, complaint
    assert complaint == ""
