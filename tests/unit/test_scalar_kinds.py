"""Values of the wrong kind are refused, not converted (docs/scenario.md, "YAML 1.2 values")."""

from __future__ import annotations

import pytest

from simulator.commands.common import default_scenario_path
from simulator.scenario import ScenarioError, load_scenario_text

DEMO = default_scenario_path().read_text(encoding="utf-8")


def message(old: str, new: str) -> str:
    assert old in DEMO
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(DEMO.replace(old, new, 1))
    [problem] = caught.value.problems
    return str(problem)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("weeks: 52", "weeks: '2'", "scenario.weeks: expected a number, not the text '2'"),
        ("list_size: 800", "list_size: true", "list_size: expected a number, not the boolean"),
        ("legevakt_courses: true", "legevakt_courses: on", "not the text 'on'"),
        ("legevakt_courses: true", "legevakt_courses: 1", "expected true or false, not the number"),
        ("weeks: 52", "weeks: .inf", "finite number"),
        ("lat: 64.4640", "lat: .nan", "finite number"),
        ("population: 2322", "population: 2000000000", "less than or equal to 1000000"),
        ("km: 65,", "km: 1e300,", "less than or equal to 3000"),
    ],
)
def test_a_value_of_the_wrong_kind_or_size_is_refused(old: str, new: str, expected: str) -> None:
    assert expected in message(old, new)


def test_a_quoted_number_says_to_remove_the_quotes() -> None:
    assert message("weeks: 52", "weeks: '2'").endswith("remove the quotes")


def test_text_that_is_no_number_keeps_the_schema_message() -> None:
    assert "valid integer" in message("weeks: 52", "weeks: many")
