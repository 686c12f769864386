"""`samsim network` and `samsim locate` on the test region."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest
from scipy.optimize import OptimizeResult
from typer.testing import CliRunner, Result

import simulator.network.location as location
from simulator.cli import app
from simulator.commands.common import console

from .builders import REGION

runner = CliRunner()


@pytest.fixture(autouse=True)
def _wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables as on a wide terminal, whatever the terminal running the tests."""
    monkeypatch.setattr(console, "width", 200)


def _run(*args: object, lang: str = "en") -> Result:
    return runner.invoke(app, [*(str(a) for a in args), "--lang", lang])


def test_network_summary_shows_branch_distances_and_bridges() -> None:
    result = _run("network", REGION)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()  # piped: plain columns, whole names
    branch = next(line for line in lines if line.startswith("Skaland utekontor "))
    assert "Finnsnes legekontor" in branch and "55" in branch and "60" in branch
    bridge = next(line for line in lines if line.startswith("gp1 "))
    assert "Kommuneoverlege Berg" in bridge
    assert "Norway 2011 (S65)" in result.output


def test_export_writes_a_readable_graph(tmp_path: Path) -> None:
    graphml, dot = tmp_path / "g.graphml", tmp_path / "g.dot"
    assert _run("network", REGION, "--export", "graphml", "--output", graphml).exit_code == 0
    assert nx.read_graphml(graphml).number_of_nodes() == 20
    travel = _run("network", REGION, "--export", "dot", "--graph", "travel", "--output", dot)
    assert travel.exit_code == 0
    assert '"finnsnes" -- "skaland" [minutes="55.0"' in dot.read_text()
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["g.dot", "g.graphml"]  # no temporary files left behind


def test_export_over_a_directory_is_explained(tmp_path: Path) -> None:
    result = _run("network", REGION, "--export", "gexf", "--output", tmp_path)
    assert result.exit_code == 2
    assert "cannot write" in result.output


def test_locate_one_station() -> None:
    result = _run("locate", REGION, "--k", "1", "--candidates", "finnsnes,skaland,vangsvik")
    assert result.exit_code == 0, result.output
    chosen = [line.split("  ")[0] for line in result.output.splitlines() if "Lenvik, Berg" in line]
    assert chosen == ["Finnsnes"]
    assert "13,000 (93 %)" in result.output and "13,700 (98 %)" in result.output
    bokmal = _run("locate", REGION, "--k", "1", "--candidates", "finnsnes,skaland", lang="nb")
    assert "13\u00a0000 (93 %)" in bokmal.output and "Tilordning" in bokmal.output


def test_locate_explains_bad_requests() -> None:
    unknown = _run("locate", REGION, "--candidates", "finnsnes,atlantis")
    assert unknown.exit_code == 2 and "unknown candidate places: atlantis" in unknown.output
    cover = _run("locate", REGION, "--candidates", "finnsnes", "--objective", "cover")
    assert cover.exit_code == 2 and "needs --within" in cover.output


def test_unreachable_office_is_named(tmp_path: Path) -> None:
    island = REGION.read_text().replace(
        "    - {from: finnsnes, to: vangsvik, minutes: 25, km: 22}\n", ""
    )
    path = tmp_path / "island.yaml"
    path.write_text(island)
    result = _run("network", path)
    assert result.exit_code == 2
    assert re.search(r"no route from '\w+' to '\w+'", result.output)  # located at load
    assert "vangsvik" in result.output


def test_a_failed_solve_is_said_in_the_language_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    failed = OptimizeResult(success=False, message="Time limit reached.")
    monkeypatch.setattr(location, "milp", lambda *args, **kwargs: failed)
    for lang, words in (("nb", "feil: lokaliseringsproblemet"), ("en", "error: the location")):
        result = _run("locate", REGION, "--candidates", "finnsnes,skaland", lang=lang)
        assert result.exit_code == 1
        assert words in result.output and "Time limit reached." in result.output
