"""`samsim validate` and `samsim check` print the problems of a file in the language of
--lang, else in the one the scenario states, else in bokmål: the lines the app shows next to
its fields."""

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


def _stating(lang: str, folder: Path) -> Path:
    """The broken scenario with `scenario.lang: LANG` (its includes beside it)."""
    (folder / "includes").symlink_to(BROKEN.parent / "includes")
    text = BROKEN.read_text(encoding="utf-8")
    stated = text.replace("  id: several-problems\n", f"  id: several-problems\n  lang: {lang}\n")
    assert stated != text
    (folder / "plan.yaml").write_text(stated, encoding="utf-8")
    return folder / "plan.yaml"


@pytest.mark.parametrize("command", ["validate", "check"])
def test_without_lang_problems_are_in_the_scenarios_language_else_bokmal(
    command: str, tmp_path: Path
) -> None:
    """The rule of every command: --lang, else the `lang` the file states, else bokmål; a file
    that states a language we do not have is read in bokmål, not refused twice."""
    english = runner.invoke(app, [command, str(_stating("en", tmp_path))]).output
    assert "5 problems found" in english and "feil funnet" not in english
    assert "5 feil funnet" in runner.invoke(app, [command, str(BROKEN)]).output
    asked = runner.invoke(app, [command, "--lang", "nb", str(tmp_path / "plan.yaml")]).output
    assert "5 feil funnet" in asked and "problems found" not in asked


def test_a_language_the_scenario_cannot_state_falls_back_to_bokmal(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(_stating("de", tmp_path))])
    assert result.exit_code == EXIT_INVALID
    assert "6 feil funnet" in result.output and "scenario.lang" in result.output
