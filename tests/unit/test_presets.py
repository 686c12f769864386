"""Presets in scenarios: any idealtype id is a valid `type:`, and a preset becomes its base
model with the preset's values as defaults."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from simulator.commands.common import default_scenario_path
from simulator.idealtypes import Collaboration
from simulator.idealtypes.cooperation_forum import CooperationForum
from simulator.idealtypes.library import load_library
from simulator.scenario import ScenarioError, dump_scenario, load_scenario_text
from simulator.scenario.schema import json_schema

LIBRARY = load_library()
COLLABORATION: TypeAdapter[Any] = TypeAdapter(Collaboration)
# Values for the parameters a scenario must give, by base model (references are checked by
# the scenario, not by the union on its own).
REQUIRED = {
    "shared_kommuneoverlege": {"physicians": ["gp1"]},
    "ambulatory_team": {"base": "hospital"},
    "intermunicipal_legevakt": {"legevakt": "lv"},
    "sykestue": {"sykestue": "stue"},
}


def scenario_with(collaborations: str) -> str:
    """The demo scenario with `collaborations` (YAML list items) first in its list."""
    text = default_scenario_path().read_text()
    assert "\ncollaborations:\n" in text
    return text.replace("\ncollaborations:\n", "\ncollaborations:\n" + collaborations, 1)


@pytest.mark.parametrize("info", [i for i in LIBRARY.values() if i.preset_of], ids=lambda i: i.id)
def test_every_preset_validates_as_its_base_with_its_values(info: Any) -> None:
    item = {"type": info.id, "id": "x", **REQUIRED.get(info.base, {})}
    instance = COLLABORATION.validate_python(item)
    assert instance.type == info.base
    assert instance.preset == info.id
    for name, value in info.preset_values.items():
        held = getattr(instance, name)
        assert (held.model_dump(mode="json") if hasattr(held, "model_dump") else held) == value


def test_weekly_meeting_in_a_scenario_is_a_weekly_45_minute_forum() -> None:
    scenario = load_scenario_text(
        scenario_with("  - type: weekly_interdisciplinary_meeting\n    id: onsdag\n")
    )
    forum = scenario.collaborations[0]
    assert isinstance(forum, CooperationForum)
    assert (forum.preset, forum.interval_weeks, forum.duration_minutes) == (
        "weekly_interdisciplinary_meeting",
        1.0,
        45.0,
    )


def test_keys_the_scenario_gives_win_over_preset_values() -> None:
    scenario = load_scenario_text(
        scenario_with(
            "  - type: emergency_team_training_large_municipality\n"
            "    id: alta-team\n"
            "    duration_hours: 6\n"
        )
    )
    training = scenario.collaborations[0]
    assert training.duration_hours == 6.0  # given
    assert training.interval_weeks == 52.0  # from the preset
    assert training.during_shift is True  # from the preset


def test_an_error_inside_a_preset_item_is_located_at_its_key() -> None:
    text = scenario_with(
        "  - type: weekly_interdisciplinary_meeting\n    id: onsdag\n    duration_minutes: -3\n"
    )
    line = text.splitlines().index("    duration_minutes: -3") + 1
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(text, "s.yaml")
    assert [str(p) for p in caught.value.problems] == [
        f"s.yaml:{line}:5: collaborations[onsdag].duration_minutes: "
        "Input should be greater than 0 (got -3)"
    ]


def test_an_unknown_type_lists_every_known_idealtype() -> None:
    text = scenario_with("  - id: onsdag\n    type: wednesday_meeting\n")
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(text, "s.yaml")
    (problem,) = caught.value.problems
    assert problem.path == "collaborations[onsdag].type"
    assert problem.line == text.splitlines().index("    type: wednesday_meeting") + 1
    assert "unknown type 'wednesday_meeting'" in problem.message
    assert all(ident in problem.message for ident in LIBRARY)


def test_a_preset_of_another_base_is_an_error() -> None:
    item = {"type": "cooperation_forum", "id": "x", "preset": "practice_consultant_scheme"}
    with pytest.raises(ValidationError, match="not a preset of 'cooperation_forum'"):
        COLLABORATION.validate_python(item)


def test_a_scenario_with_presets_round_trips() -> None:
    scenario = load_scenario_text(
        scenario_with(
            "  - type: committed_mental_health_substance_cooperation\n"
            "    id: romerike\n"
            "    attendees: {physicians: [grong-gp1]}\n"
            "  - type: sick_leave_followup_ferskvare_1234\n"
            "    id: ferskvare\n"
            "    hours: 1.5\n"
        )
    )
    assert load_scenario_text(dump_scenario(scenario)) == scenario


def test_a_value_set_back_to_the_base_default_survives_the_round_trip() -> None:
    scenario = load_scenario_text(
        scenario_with(
            "  - type: emergency_team_training_large_municipality\n"
            "    id: alta-team\n"
            "    interval_weeks: 6\n"
        )
    )
    again = load_scenario_text(dump_scenario(scenario))
    assert again.collaborations[0].interval_weeks == 6.0
    assert again == scenario


def test_the_json_schema_accepts_preset_types() -> None:
    defs = json_schema()["$defs"]
    assert defs["CooperationForum"]["properties"]["type"]["enum"] == [
        "cooperation_forum",
        "weekly_interdisciplinary_meeting",
        "committed_mental_health_substance_cooperation",
    ]
    assert defs["KadUnit"]["properties"]["type"]["const"] == "kad_unit"


def test_an_explicit_null_preset_is_the_base_model() -> None:
    item = {"type": "cooperation_forum", "id": "x", "preset": None}
    assert COLLABORATION.validate_python(item).interval_weeks == 1.0
