"""`samsim idealtypes list|show|docs` and the freshness of docs/idealtypes.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands import common
from simulator.idealtypes.docs_page import render_page
from simulator.idealtypes.library import load_library

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables as wide as the tests' COLUMNS, even where the environment fixed the width at
    import (pytest-xdist workers set COLUMNS=80)."""
    monkeypatch.setattr(common.console, "width", 250)


PAGE = Path(__file__).parents[2] / "docs" / "idealtypes.md"


def test_list_shows_all_23_report_idealtypes_with_section_level_and_base() -> None:
    result = runner.invoke(app, ["idealtypes", "list", "--lang", "en"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "23 idealtypes of the report and 2 building blocks" in result.output
    rows = {
        line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.strip()
    }
    assert rows["weekly_interdisciplinary_meeting"] == [
        "2.10",
        "1",
        "coordination",
        "cooperation_forum",
    ]
    assert rows["branch_office_gp_service"] == ["2.1", "2", "collaboration", "first-class"]
    assert all(ident in rows for ident in load_library())


def test_show_gives_parameters_with_sources_preconditions_and_kpis() -> None:
    result = runner.invoke(
        app, ["idealtypes", "show", "weekly_interdisciplinary_meeting"], env={"COLUMNS": "250"}
    )
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())  # undo the console's line wrapping
    assert "preset of cooperation_forum" in out
    assert "report 2.10 [L1116]: just under 45 minutes" in out
    assert "roles: [gp, lis1]" in out  # inherited from the base, not eaten as markup
    assert "(from cooperation_forum)" in out
    assert "checked as public-duties-max" in out
    assert "physician hours in meetings" in out


def test_show_of_an_unknown_id_exits_2_and_lists_the_known_ones() -> None:
    result = runner.invoke(app, ["idealtypes", "show", "onsdagsmote"])
    assert result.exit_code == 2
    assert "unknown idealtype 'onsdagsmote'" in result.output
    assert "weekly_interdisciplinary_meeting" in result.output


def test_docs_page_is_up_to_date() -> None:
    assert PAGE.read_text(encoding="utf-8") == render_page(), (
        "docs/idealtypes.md is out of date; run `samsim idealtypes docs --out docs/idealtypes.md`"
    )


def test_docs_page_has_a_section_with_kpis_for_every_idealtype() -> None:
    page = render_page()
    for info in load_library().values():
        section = page.split(f'<a id="{info.id}"></a>')[1].split("<a id=")[0]
        assert "KPIs it moves:" in section
        assert all(change.why in section for change in info.changes)


def test_docs_command_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "docs" / "idealtypes.md"
    result = runner.invoke(app, ["idealtypes", "docs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == render_page()
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind
