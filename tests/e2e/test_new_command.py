"""`samsim new` end to end: files that load, and clear errors with exit code 2."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands import new as new_command
from simulator.data_sources import load_legevakt_stations, load_municipalities
from simulator.scenario import Scenario, load_scenario
from simulator.scenario.yamlfile import parse_document
from simulator.starter.build import Request, build_scenario
from simulator.starter.districts import Layout
from simulator.starter.request import HEADER
from simulator.starter.request import NATIONAL_TITLE as TITLE
from simulator.starter.yaml_text import plain, render

runner = CliRunner()
MONDAY = "2027-01-04"


def _new(*args: str) -> tuple[int, str]:
    """`samsim new` in English (its words in bokmål: tests/unit/report/test_one_language.py)."""
    result = runner.invoke(app, ["new", "--start-date", MONDAY, "--lang", "en", *args])
    return result.exit_code, result.output


def test_alver_scenario_is_written_and_loads(tmp_path: Path) -> None:
    out = tmp_path / "alver.yaml"
    code, output = _new("--municipalities", "4631", "--out", str(out))
    assert code == 0, output
    scenario = load_scenario(out)
    (alver,) = scenario.municipalities
    assert (alver.number, alver.name, alver.population) == ("4631", "Alver", 29_986)
    assert scenario.demand.profile == "national-2023"
    assert str(scenario.scenario.start_date) == MONDAY
    assert not list(tmp_path.glob(".alver.yaml.*")), "temporary file left behind"


def test_national_scenario_has_every_municipality_and_station(tmp_path: Path) -> None:
    """The written file is exactly the rendering of a document that validates as a scenario.

    Parsing the 2 MB file with the pure-Python YAML loader takes 15-60 s on the shared test
    machine, so the full `load_scenario` is measured in benchmarks/new_national.py instead;
    that rendering loads back as the same document is shown by the Hypothesis tests in
    tests/unit/test_starter_build.py and tests/unit/test_starter_yaml_text.py.
    """
    out = tmp_path / "norway.yaml"
    code, output = _new("--national", "--out", str(out))
    assert code == 0, output
    records = load_municipalities()
    request = Request(tuple(records), Layout.as_today, date(2027, 1, 4), "national-2024", TITLE)
    document = build_scenario(request)
    assert out.read_text(encoding="utf-8") == render(document, HEADER)
    scenario = Scenario.model_validate(plain(document))
    assert len(scenario.municipalities) == len(records) == 357
    assert sum(m.population for m in scenario.municipalities) == 5_550_203
    registered = {s.name for s in load_legevakt_stations()}
    assert registered <= {lv.name for lv in scenario.legevakt}
    assert len(scenario.legevakt) == len(registered) + 2  # Haram and Bremanger on their own
    sample = "\n".join(out.read_text(encoding="utf-8").splitlines()[:400])
    assert parse_document(sample, "head.yaml").data["scenario"]["id"] == "national-2024"


def test_unknown_number_exits_2_with_near_matches(tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    code, output = _new("--municipalities", "4931", "--out", str(out))
    assert code == 2
    assert "'4931' is not a 2024 kommunenummer; did you mean" in output
    assert not out.exists()


def test_a_number_from_before_2024_writes_the_municipality_it_became(tmp_path: Path) -> None:
    out = tmp_path / "senja.yaml"
    code, output = _new("--municipalities", "5421", "--out", str(out))
    assert code == 0, output
    assert "5421 Senja is part of 5530 Senja since 2024-01-01" in output
    assert [m.number for m in load_scenario(out).municipalities] == ["5530"]


def test_a_split_municipality_exits_2_naming_its_parts(tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    code, output = _new("--municipalities", "5012", "--out", str(out))
    assert code == 2
    assert "--municipalities 5055,5056,5059" in output
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "exactly one of --municipalities"),
        (("--national", "--municipalities", "4631"), "exactly one of --municipalities"),
        (("--municipalities", "4631", "--start-date", "2027-01-05"), "is not a Monday"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    code, output = _new(*args, "--out", str(tmp_path / "x.yaml"))
    assert code == 2
    assert message in output


def test_an_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "mine.yaml"
    out.write_text("my edits\n")
    code, output = _new("--municipalities", "4631", "--out", str(out))
    assert code == 2 and "--force" in output
    assert out.read_text() == "my edits\n"
    code, _ = _new("--municipalities", "4631", "--out", str(out), "--force")
    assert code == 0
    assert load_scenario(out).municipalities[0].number == "4631"


def test_a_missing_folder_exits_2(tmp_path: Path) -> None:
    code, output = _new("--municipalities", "4631", "--out", str(tmp_path / "no" / "x.yaml"))
    assert code == 2 and "does not exist" in output


def test_a_folder_as_output_exits_2(tmp_path: Path) -> None:
    code, output = _new("--municipalities", "4631", "--out", str(tmp_path), "--force")
    assert code == 2 and "is a folder" in output


def test_a_failed_write_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, text: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(new_command, "write_text_atomic", refuse)
    code, output = _new("--municipalities", "4631", "--out", str(tmp_path / "x.yaml"))
    assert code == 2 and "cannot write" in output and "Permission denied" in output
