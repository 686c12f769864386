"""`samsim rules` and `samsim check`: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from rules_testkit import BASE, gp, plan
from typer.testing import CliRunner

from simulator.cli import app

runner = CliRunner()


def write(tmp_path: Path, data: dict, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    with path.open("w") as out:
        YAML(typ="safe").dump(data, out)
    return path


def test_check_of_a_clean_plan_exits_zero(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(write(tmp_path, plan()))])
    assert result.exit_code == 0, result.output
    assert "0 brudd" in result.output  # the scenario is in bokmål, so is the output


def test_check_exits_one_on_a_breach_and_names_rule_and_source(tmp_path: Path) -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", list_ceiling=3000, list_size=2600)])
    result = runner.invoke(app, ["check", str(write(tmp_path, data)), "--lang", "en"])
    assert result.exit_code == 1
    assert "list-ceiling-max" in result.output and "FOR-2025-12-02-2405" in result.output
    assert "Law and regulation" in result.output


def test_check_exits_two_on_an_invalid_file_and_locates_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("scenario: {id: x}\n")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert "bad.yaml:1:" in result.output


def test_check_json_groups_findings_per_file_with_the_date_used(tmp_path: Path) -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", age=57)])
    path = write(tmp_path, data)
    result = runner.invoke(app, ["check", str(path), "--format", "json", "--date", "2013-03-01"])
    [report] = json.loads(result.stdout)
    assert report["date"] == "2013-03-01"
    found = {f["rule_id"]: f for f in report["findings"]}
    assert found["legevakt-exemption-age"]["limit"] == 55
    assert found["legevakt-exemption-age"]["source"]["lovdata"] == "FOR-2012-08-29-842"


def test_local_policy_is_reported_apart_from_law(tmp_path: Path) -> None:
    data = plan(physicians=[BASE["physicians"][0], gp("b", list_ceiling=3000, list_size=2600)])
    data["offices"].append(
        {
            "id": "branch",
            "name": "B",
            "place": "centre",
            "municipality": "town",
            "branch_of": "office",
        }
    )
    data["physicians"][1]["branch_days"] = [{"office": "branch", "days": ["tue"]}]
    result = runner.invoke(app, ["check", str(write(tmp_path, data)), "--lang", "en"])
    law, local = result.output.index("Law and regulation"), result.output.index("Local policy")
    assert (
        law < result.output.index("list-ceiling-max") < local < result.output.index("branch-office")
    )


@pytest.mark.parametrize(
    "args", [["check", "x.yaml", "--date", "2026-02-30"], ["rules", "show", "nope"]]
)
def test_bad_arguments_exit_two(args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


@pytest.mark.parametrize(
    ("args", "heading"),
    [([], "Regler i kraft 2026-01-05"), (["--lang", "en"], "Rules in force on 2026-01-05")],
)
def test_rules_list_speaks_bokmal_unless_asked(args: list[str], heading: str) -> None:
    """Headers and kinds follow --lang (bokmål by default); the sources cite the laws by name."""
    result = runner.invoke(app, ["rules", "list", "--date", "2026-01-05", *args])
    assert result.exit_code == 0
    assert heading in result.output
    assert ("lov og forskrift" in result.output) == (not args)


@pytest.mark.parametrize(("lang", "mark"), [("nb", "UVERIFISERT"), ("en", "UNVERIFIED")])
def test_rules_show_marks_unverified_versions(lang: str, mark: str) -> None:
    result = runner.invoke(app, ["rules", "show", "legevakt-exemption-age", "--lang", lang])
    assert result.exit_code == 0
    assert mark in result.output and "FOR-2012-08-29-842" in result.output


def test_rules_docs_writes_the_page(tmp_path: Path) -> None:
    target = tmp_path / "rules.md"
    result = runner.invoke(app, ["rules", "docs", "--output", str(target)])
    assert result.exit_code == 0 and target.read_text().startswith("# Rules")
