"""Options are checked by their meaning before any work starts (exit 2), and `--out` never
lands in a file or in a result directory of the other kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands.common import default_scenario_path

runner = CliRunner()
DEMO = str(default_scenario_path())


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["run", "-n", "0"], "at least 1"),
        (["run", "-n", "-3"], "at least 1"),
        (["run", "-n", "auto", "--precision", "0"], "between 0 and 1"),
        (["run", "-n", "auto", "--precision", "-0.1"], "between 0 and 1"),
        (["run", "-n", "auto", "--precision", "nan"], "between 0 and 1"),
        (["run", "-n", "2", "--workers", "0"], "at least 1 or 'auto'"),
        (["run", "--seed", "-1"], "--seed"),
        (["compare", DEMO, DEMO, "--seed", "-5"], "--seed"),
        (
            ["sweep", DEMO, "--set", "policy.max_shift_frequency_days=4..6", "--points", "0"],
            "--points",
        ),
        (["rota", "make", DEMO, "--legevakt", "indre-namdal-lv", "--time-limit", "-1"], "above 0"),
        (
            [
                "sweep",
                DEMO,
                "--set",
                "policy.max_shift_frequency_days=4,",
                "-n",
                "1",
                "--lang",
                "en",
            ],
            "empty value",
        ),
        (
            [
                "sweep",
                DEMO,
                "--set",
                "policy.max_shift_frequency_days=[",
                "-n",
                "1",
                "--lang",
                "en",
            ],
            "is not a value",
        ),
    ],
)
def test_a_bad_option_value_is_refused_with_exit_2(args: list[str], fragment: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert fragment in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_a_bad_set_value_is_reported_in_the_located_style_without_a_web_link() -> None:
    result = runner.invoke(
        app, ["sweep", DEMO, "--set", "scenario.weeks=0", "-n", "1", "--lang", "en"]
    )
    assert result.exit_code == 2
    text = " ".join(result.output.split())
    assert "scenario.weeks: Input should be greater than or equal to 1" in text
    assert "errors.pydantic.dev" not in text


def test_out_naming_a_file_or_below_one_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine", encoding="utf-8")
    for out in (file, file / "below"):
        result = runner.invoke(app, ["run", "--weeks", "1", "--out", str(out), "--lang", "en"])
        assert result.exit_code == 2
        assert "is a file, not a directory" in result.output
    assert file.read_text(encoding="utf-8") == "mine"


def test_a_single_run_never_overwrites_a_trial_directory(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{}", encoding="utf-8")
    (tmp_path / "kpis.csv").write_text("trial table", encoding="utf-8")
    result = runner.invoke(app, ["run", "--weeks", "1", "--out", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 2
    assert "holds the results of a trial" in " ".join(result.output.split())
    assert (tmp_path / "kpis.csv").read_text(encoding="utf-8") == "trial table"


def test_a_trial_never_writes_into_a_single_run_directory(tmp_path: Path) -> None:
    (tmp_path / "kpis.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(
        app, ["run", "-n", "2", "--weeks", "1", "--out", str(tmp_path), "--lang", "en"]
    )
    assert result.exit_code == 2
    assert "holds the results of a single run" in " ".join(result.output.split())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kpis.json"]


def test_a_rota_folder_below_a_file_is_refused_before_solving(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine", encoding="utf-8")
    args = [
        "rota",
        "make",
        DEMO,
        "--legevakt",
        "indre-namdal-lv",
        "--out",
        str(file / "rota"),
        "--lang",
        "en",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "is a file, not a directory" in result.output
