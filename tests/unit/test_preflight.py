"""What `run` would fail on is refused when the scenario is loaded, located in the file:
places the plan cannot reach, dates outside the rules catalogue, unreadable rota files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from simulator.commands.common import default_scenario_path
from simulator.compiler import compile_plan
from simulator.experiment import api
from simulator.preflight import load_runnable
from simulator.preflight.coverage import earliest_covered
from simulator.scenario import Problem, ScenarioError

DEMO = default_scenario_path().read_text(encoding="utf-8")
ROTA_HEADER = "legevakt,shift,physician,start,end,mode\n"


def problems(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "scenario.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_runnable(path)
    return caught.value.problems


def with_rota_file(target: str) -> str:
    return DEMO.replace(
        "    host: grong\n    shifts:", f"    host: grong\n    rota_file: {target}\n    shifts:"
    )


def test_the_demo_is_runnable() -> None:
    assert load_runnable(default_scenario_path()).scenario.id


def test_a_place_without_a_route_is_refused_where_it_is_named(tmp_path: Path) -> None:
    text = DEMO.replace("    - { from: medja, to: trones, km: 65, minutes: 55 }\n", "")
    [problem] = problems(tmp_path, text)
    line = text.splitlines()[problem.line - 1]
    assert "trones" in line
    assert "no route from 'trones'" in problem.message
    assert "travel.links" in problem.message


def test_a_start_before_the_catalogue_names_the_earliest_date(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, DEMO.replace("start_date: 2026-01-05", "start_date: 2001-01-01"))
    assert problem.path == "scenario.start_date"
    assert str(earliest_covered()) in problem.message


def test_a_rules_date_before_the_catalogue_is_refused(tmp_path: Path) -> None:
    text = DEMO.replace(
        "start_date: 2026-01-05", "start_date: 2026-01-05\n  rules_date: 2010-06-01"
    )
    [problem] = problems(tmp_path, text)
    assert problem.path == "scenario.rules_date"


def test_a_period_ending_past_the_catalogue_is_refused_not_an_overflow(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, DEMO.replace("start_date: 2026-01-05", "start_date: 9999-12-27"))
    assert "must end by" in problem.message


def test_the_earliest_covered_date_is_runnable(tmp_path: Path) -> None:
    monday = earliest_covered() + dt.timedelta(days=-earliest_covered().weekday() % 7)
    path = tmp_path / "scenario.yaml"
    path.write_text(DEMO.replace("2026-01-05", monday.isoformat()), encoding="utf-8")
    compile_plan(load_runnable(path), 1)  # looks up every rule on the plan's days


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "rota.csv:1: cannot read the file"),
        (b"\x00\xff\xfe binary", "rota.csv:1: not UTF-8 text"),
        (b"a,b\n1,2\n", "rota.csv:1: missing column(s)"),
        (
            (
                ROTA_HEADER
                + "indre-namdal-lv,x,nobody,2026-01-05T15:30,2026-01-06T08:00,home_call\n"
            ),
            "rota.csv:2: unknown physician 'nobody'",
        ),
    ],
)
def test_a_bad_rota_file_is_refused_at_its_line(
    tmp_path: Path, content: bytes | str | None, message: str
) -> None:
    if content is not None:
        data = content.encode() if isinstance(content, str) else content
        (tmp_path / "rota.csv").write_bytes(data)
    [problem] = problems(tmp_path, with_rota_file("rota.csv"))
    assert problem.path == "legevakt[indre-namdal-lv].rota_file"
    assert message in problem.message


def test_a_special_file_as_rota_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, with_rota_file("/dev/zero"))
    assert "limited" in problem.message


def test_a_rota_file_is_found_beside_the_scenario_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "rota.csv").write_text(ROTA_HEADER, encoding="utf-8")
    (folder / "scenario.yaml").write_text(with_rota_file("rota.csv"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    scenario = load_runnable(Path("plans/scenario.yaml"))
    monkeypatch.chdir(folder.parent.parent)
    assert compile_plan(scenario, 1).rota == ()  # read from plans/, whatever the folder now


def test_a_scenario_built_in_python_is_checked_before_a_trial() -> None:
    demo = load_runnable(default_scenario_path())
    meta = demo.scenario.model_copy(update={"start_date": dt.date(2001, 1, 1)})
    old = demo.model_copy(update={"scenario": meta})
    with pytest.raises(ScenarioError) as caught:
        api.trial(old, api.Settings(replications=1))
    [problem] = caught.value.problems
    assert (problem.file, problem.path) == (
        "<scenario demo-grong-namsskogan>",
        "scenario.start_date",
    )
