"""Editing a plan's YAML in place and validating it as `samsim validate` does."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from simulator.app import roundtrip
from simulator.app.plans import Plans, edit_section, save
from simulator.scenario import ScenarioError, load_scenario

REPOSITORY = Path(__file__).resolve().parents[3]


def _changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_an_unchanged_form_leaves_the_text_as_it_was(shared_text: str) -> None:
    plan = Plans().add(shared_text)
    fields = {"legevakt/0/name": "Felles legevakt", "legevakt/0/host": "sortland"}
    edit_section(plan, "legevakt", fields)
    assert plan.text == shared_text


def test_one_edit_changes_one_line_and_keeps_every_comment(shared_text: str) -> None:
    plan = Plans().add(shared_text)
    edit_section(plan, "kad", {"kad/0/beds": "3"})
    changed = _changed_lines(shared_text, plan.text)
    removed, added = changed
    assert removed[1:].replace("beds: 2", "beds: 3") == added[1:]
    assert "# ESTIMATE" in added  # the value's own comment stays on its line


def test_clearing_a_field_removes_the_key_and_the_default_applies(shared_text: str) -> None:
    plan = Plans().add(shared_text)
    edit_section(plan, "travel", {"travel/road_speed_kmh": ""})
    assert "road_speed_kmh" not in plan.text
    assert plan.load().travel.road_speed_kmh == 60.0  # the schema's default


def test_a_value_in_an_unwritten_section_is_added(shared_text: str) -> None:
    plan = Plans().add(shared_text)
    edit_section(plan, "policy", {"policy/max_nights_per_month": "5"})
    assert plan.load().policy.max_nights_per_month == 5
    assert "policy:\n  max_nights_per_month: 5\n" in plan.text


def test_problems_are_those_of_loading_the_saved_file(shared_text: str, tmp_path: Path) -> None:
    plan = Plans().add(shared_text)
    edit_section(plan, "scenario", {"scenario/weeks": "six"})
    edit_section(plan, "legevakt", {"legevakt/0/shifts/0/start": "25:00", "legevakt/0/host": "x"})
    target = save(plan, tmp_path / "plan.yaml")
    with pytest.raises(ScenarioError) as error:
        load_scenario(target)
    expected = error.value.problems
    assert plan.problems() == expected
    assert {p.path for p in expected} == {
        "scenario.weeks",
        "legevakt[felles-legevakt].shifts[weekday-evening].start",
        "legevakt[felles-legevakt].host",
    }


def test_includes_resolve_next_to_the_file_it_came_from(tmp_path: Path) -> None:
    shutil.copytree(REPOSITORY / "scenarios", tmp_path / "scenarios")
    source = tmp_path / "scenarios" / "senja-solo.yaml"
    plan = Plans().add(source.read_text(encoding="utf-8"), source)
    assert plan.problems() == []
    assert plan.load() == load_scenario(source)
    edit_section(plan, "scenario", {"scenario/weeks": "0"})
    (problem,) = plan.problems()
    assert (problem.file, problem.path) == (str(source), "scenario.weeks")


def test_save_writes_the_text_and_remembers_the_file(shared_text: str, tmp_path: Path) -> None:
    plan = Plans().add(shared_text)
    target = save(plan, tmp_path / "andoy.yaml")
    assert target.read_text(encoding="utf-8") == shared_text
    assert (plan.source, plan.name) == (target, "andoy.yaml")


def test_a_copied_item_gets_the_next_free_id() -> None:
    tree = roundtrip.load("physicians:\n  - {id: gp-01, age: 40}  # the first\n")
    index = roundtrip.append_copy(tree, ("physicians",), {"gp-01", "gp-02"})
    assert index == 1 and dict(tree["physicians"][1]) == {"id": "gp-03", "age": 40}
    roundtrip.remove(tree, ("physicians", 0))
    assert roundtrip.dump(tree) == "physicians:\n  - {id: gp-03, age: 40}\n"


def test_fresh_ids_keep_the_number_width() -> None:
    assert roundtrip.fresh_id("andoy-gp-09", {"andoy-gp-10"}) == "andoy-gp-11"
    assert roundtrip.fresh_id("night", set()) == "night-2"


@pytest.mark.parametrize(
    "path", sorted((REPOSITORY / "scenarios").rglob("*.yaml")), ids=lambda p: p.name
)
def test_every_shipped_scenario_round_trips_to_the_same_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert roundtrip.dump_like(roundtrip.load(text), text) == text


def test_a_copy_for_the_result_directory_still_finds_its_includes(tmp_path: Path) -> None:
    source = REPOSITORY / "scenarios" / "senja-solo.yaml"
    plan = Plans().add(source.read_text(encoding="utf-8"), source)
    copy = tmp_path / "elsewhere" / "senja-solo.yaml"
    copy.parent.mkdir()
    copy.write_text(plan.portable_text(), encoding="utf-8")
    assert load_scenario(copy) == load_scenario(source)
    assert f"include: {REPOSITORY / 'scenarios' / 'base' / 'senja-region.yaml'}" in copy.read_text()


def test_the_app_refuses_what_samsim_validate_refuses(tmp_path: Path) -> None:
    """The app loads a plan with the same load-time checks as the CLI: a place without a route
    is a located problem there too, not a crash when the plan runs."""
    from simulator.commands.common import default_scenario_path
    from simulator.scenario import ScenarioError

    text = default_scenario_path().read_text(encoding="utf-8")
    cut = text.replace("    - { from: medja, to: trones, km: 65, minutes: 55 }\n", "")
    source = tmp_path / "plan.yaml"
    source.write_text(cut, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        Plans().add(cut, source).load()
    assert "no route from 'trones'" in str(caught.value)
