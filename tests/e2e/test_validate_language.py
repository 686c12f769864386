"""`samsim validate --lang nb` and `samsim check --lang nb` print the problems of a file in
bokmål, the same lines the app shows next to its fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator.cli import app
from simulator.failures import EXIT_INVALID
from simulator.scenario import ScenarioError, load_scenario

BROKEN = Path(__file__).parents[1] / "scenarios" / "broken" / "several-problems.yaml"
runner = CliRunner()


def _expected(lang: str) -> list[str]:
    with pytest.raises(ScenarioError) as raised:
        load_scenario(BROKEN)
    return raised.value.lines(lang)


@pytest.mark.parametrize("command", ["validate", "check"])
def test_problems_are_printed_in_the_language_asked_for(command: str) -> None:
    result = runner.invoke(app, [command, "--lang", "nb", str(BROKEN)])
    assert result.exit_code == EXIT_INVALID
    printed = "".join(result.output.split())  # rich wraps long lines at the terminal width
    *problems, count = _expected("nb")
    assert count == "5 feil funnet" and count.replace(" ", "") in printed
    assert all(line.replace(" ", "") in printed for line in problems)
    assert "unknown" not in result.output and "problems found" not in result.output


def test_english_stays_the_default_of_validate() -> None:
    result = runner.invoke(app, ["validate", str(BROKEN)])
    assert "5 problems found" in result.output
    assert "ukjent" not in result.output
