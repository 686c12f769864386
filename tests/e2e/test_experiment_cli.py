"""`samsim run -n`, `compare` and `sweep` from the command line: tables, result directories,
resuming, and user errors without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner, Result

from simulator.cli import app
from simulator.commands import common
from simulator.commands.common import default_scenario_path

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common.console, "width", 220)


def _succeeds(args: list[str], lang: str = "en") -> Result:
    result = runner.invoke(app, [*args, "--lang", lang])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path]:
    """The demo over 4 weeks, and the same plan with a longer list for one GP."""
    base = tmp_path / "base.yaml"
    base.write_text(
        f"include: {default_scenario_path()}\nscenario: {{weeks: 4, warmup_weeks: 1}}\n"
    )
    busier = tmp_path / "busier.yaml"
    busier.write_text(
        "include: base.yaml\nscenario: {id: busier}\n"
        "physicians:\n  - { id: grong-gp1, office: grong-lk, employment: salaried, age: 52,"
        " fte: 1.0, list_size: 1100 }\n"
    )
    return base, busier


def test_compare_prints_paired_differences_and_writes_a_result_directory(
    plans: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "results"
    args = ["compare", *map(str, plans), "-n", "3", "--out", str(out)]
    result = _succeeds([*args, "--lang", "en"])
    assert "busier − demo-grong-namsskogan" in result.output  # whole names, nothing cut
    assert "GP waiting time (working days)" in result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["kind"] == "compare" and manifest["replications"] == 3
    differences = pd.read_csv(out / "differences.csv")
    assert set(differences.variant) == {"busier"}
    again = runner.invoke(app, args)  # everything is reused from the result directory
    assert again.exit_code == 0
    assert pd.read_csv(out / "differences.csv").equals(differences)


def test_run_with_replications_writes_a_trial_and_a_report(
    plans: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "trial"
    args = ["run", str(plans[0]), "-n", "2", "--out", str(out), "--report", "--lang", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Summary: mean over 2 replications" in result.output
    assert (out / "report.en.html").stat().st_size > 10_000  # the scenario is in bokmål
    summary = pd.read_csv(out / "summary.csv")
    assert (summary.n <= 2).all() and "physician.weekly_hours.mean" in set(summary.kpi)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "many"], "not 'many'"),
        (["--report", "--lang", "en"], "error: --report needs --out"),
        (["--report"], "feil: --report trenger --out"),  # the scenarios are in bokmål
    ],
)
def test_bad_options_are_explained(plans: tuple[Path, Path], args: list[str], message: str) -> None:
    result = runner.invoke(app, ["compare", *map(str, plans), *args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_sweep_reports_each_point(plans: tuple[Path, Path], tmp_path: Path) -> None:
    setting = "physicians[grong-gp1].list_size=700,1000"
    out = tmp_path / "sweep"
    args = ["sweep", str(plans[0]), "--set", setting, "-n", "2", "--out", str(out)]
    result = runner.invoke(app, [*args, "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Summary: mean over 2 replications" in result.output
    assert "physicians[grong-gp1].list_size" in result.output
    assert "700 (baseline)" in result.output
    variants = set(pd.read_csv(out / "summary.csv").variant)
    assert variants == {f"physicians[grong-gp1].list_size={n}" for n in (700, 1000)}


def test_plans_with_the_same_scenario_id_are_named_by_their_files(
    plans: tuple[Path, Path], tmp_path: Path
) -> None:
    variant = tmp_path / "variant.yaml"
    variant.write_text("include: base.yaml\n")  # the same scenario.id as base.yaml
    out = tmp_path / "same"
    result = _succeeds(["compare", str(plans[0]), str(variant), "-n", "2", "--out", str(out)])
    assert result.output.count("share a scenario.id (demo-grong-namsskogan)") == 1
    assert "variant − base" in result.output
    assert set(pd.read_csv(out / "summary.csv").variant) == {"base", "variant"}


def test_excel_holds_the_summary_kpis_differences_and_municipalities_as_numbers(
    plans: tuple[Path, Path], tmp_path: Path
) -> None:
    book_path = tmp_path / "plans.xlsx"
    _succeeds(["compare", *map(str, plans), "-n", "2", "--excel", str(book_path)], lang="nb")
    book = load_workbook(book_path)
    assert book.sheetnames == ["Sammendrag", "Nøkkeltall", "Forskjeller", "Per kommune"]
    summary = list(book["Sammendrag"].iter_rows(values_only=True))
    assert summary[0][:3] == ("Nøkkeltall", "Gjelder", "demo-grong-namsskogan")
    assert summary[1][0] == "Vakttimer per uke per lege, snitt"
    assert all(isinstance(v, float) for v in summary[1][2:5])
    shares = [r for r in book["Nøkkeltall"].iter_rows(min_row=2) if r[0].value.endswith("§ 22)")]
    assert shares and shares[0][3].number_format == "0.0%"
    municipalities = next(book["Per kommune"].iter_rows(values_only=True))
    assert {"Grong", "Namsskogan"} <= set(municipalities)


def test_a_bad_set_is_refused_in_the_language_of_the_command(plans: tuple[Path, Path]) -> None:
    args = ["sweep", str(plans[0]), "--set", "policy.no_such_field=1", "-n", "2"]
    for lang, words in (
        ("nb", "feil: policy.no_such_field: ingen «no_such_field» her"),
        ("en", "error: policy.no_such_field: no 'no_such_field' here"),
    ):
        result = runner.invoke(app, [*args, "--lang", lang])
        assert result.exit_code == 2
        assert words in result.output and "Traceback" not in result.output
