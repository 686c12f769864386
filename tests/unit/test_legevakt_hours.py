"""Legevakt coverage by the hour: windows, the check that every municipality has exactly one
legevakt at every minute (holidays included), and the cost-sharing key."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.engine.sharing import share_cost
from simulator.plan.plan import CostSharing
from simulator.scenario import ScenarioError, load_scenario
from simulator.scenario.legevakt_hours import DAY, WEEK, CoverWindow, served_runs, week_shares
from tests.support.steigen import GAP, OWN_HOURS, SPLIT, variant


def _window(days: list[str], start: str, end: str) -> CoverWindow:
    return CoverWindow.model_validate({"days": days, "start": start, "end": end})


def test_a_window_ending_at_or_before_its_start_runs_into_the_next_day() -> None:
    assert _window(["mon"], "22:00", "08:00").minutes == 10 * 60
    assert _window(["mon"], "08:00", "08:00").minutes == DAY
    assert _window(["mon"], "08:00", "22:00").minutes == 14 * 60


def test_a_holiday_follows_the_sunday_windows() -> None:
    windows = [_window(["mon"], "08:00", "16:00"), _window(["sun"], "10:00", "12:00")]
    assert served_runs(windows) == [(8 * 60, 16 * 60), (6 * DAY + 600, 6 * DAY + 720)]
    assert served_runs(windows, frozenset({0})) == [(600, 720), (6 * DAY + 600, 6 * DAY + 720)]
    assert served_runs(None) == [(0, WEEK)]


def test_the_split_example_shares_steigen_by_the_hours_each_legevakt_serves() -> None:
    scenario = load_scenario(SPLIT)
    own, shared = (week_shares(lv) for lv in scenario.legevakt)
    own_hours = 4 * 14 + 7.5  # Monday–Thursday 08–22, Friday 08–15:30 [S124]
    assert own["steigen"] == pytest.approx(own_hours / 168)
    assert shared["steigen"] == pytest.approx(1 - own_hours / 168)
    assert shared["hamaroy"] == shared["tysfjord"] == 1.0


def test_costs_are_shared_by_population_and_served_hours() -> None:
    scenario = load_scenario(SPLIT)
    people = {m.id: m.population for m in scenario.municipalities}
    costs = dict.fromkeys(people, 0.0)
    shares = week_shares(scenario.legevakt[1])
    share_cost(scenario, costs, 1000.0, list(people), CostSharing.population, shares)
    weights = {m: people[m] * shares[m] for m in people}
    total = sum(weights.values())
    assert costs == pytest.approx({m: 1000.0 * w / total for m, w in weights.items()})
    assert costs["steigen"] < 1000.0 * people["steigen"] / sum(people.values())


def _problems(path: Path) -> list[str]:
    with pytest.raises(ScenarioError) as error:
        load_scenario(path)
    return [str(p) for p in error.value.problems]


def test_two_legevakter_serving_one_municipality_at_the_same_hour_are_refused(tmp_path) -> None:
    path = variant(tmp_path, 'start: "08:00", end: "22:00"', 'start: "08:00", end: "23:00"')
    [problem] = _problems(path)
    line = next(
        i + 1
        for i, text in enumerate(path.read_text().splitlines())
        if text.strip() == "steigen: # [S124]"
    )
    assert problem.startswith(f"{path}:{line}:")
    assert "legevakt[steigen-lv].hours.steigen" in problem
    assert "'steigen-lv' and 'nord-salten-lv' both serve 'steigen' from mon 22:00" in problem


def test_a_legevakt_without_hours_overlaps_every_other_one(tmp_path) -> None:
    [problem] = _problems(variant(tmp_path, OWN_HOURS, ""))
    assert "legevakt[steigen-lv].municipalities" in problem
    assert "both serve 'steigen' from mon 00:00" in problem


def test_hours_served_by_no_legevakt_are_refused_with_the_gap_named(tmp_path) -> None:
    [problem] = _problems(variant(tmp_path, *GAP))
    assert "municipalities[steigen].id" in problem
    assert "no legevakt serves 'steigen' from sun 08:00 to mon 08:00" in problem
    assert "legevakt_gap_deliberate" in problem


def test_a_deliberate_gap_loads(tmp_path) -> None:
    deliberate = (
        "    centre: leinesfjord\n",
        "    centre: leinesfjord\n    legevakt_gap_deliberate: true\n",
    )
    path = variant(tmp_path, *GAP, base=deliberate)
    assert load_scenario(path).by_id("municipalities")["steigen"].legevakt_gap_deliberate


def test_a_gap_that_opens_only_on_a_holiday_is_refused(tmp_path) -> None:
    """Sunday's window ends at midnight and Monday's night starts at 00:00: an ordinary week is
    covered, but a holiday Monday follows Sunday's windows and leaves 00:00–08:00 empty."""
    path = variant(
        tmp_path,
        '        - { days: [sat, sun], start: "08:00", end: "08:00" }',
        '        - { days: [sat], start: "08:00", end: "08:00" }\n'
        '        - { days: [sun], start: "08:00", end: "00:00" }\n'
        '        - { days: [mon], start: "00:00", end: "08:00" }',
    )
    [problem] = _problems(path)
    assert "from mon 00:00 to mon 08:00 when mon is a public holiday" in problem


def test_hours_for_a_municipality_the_legevakt_does_not_serve_are_refused(tmp_path) -> None:
    path = variant(
        tmp_path,
        "municipalities: [hamaroy, tysfjord, steigen]",
        "municipalities: [hamaroy, tysfjord]",
    )
    problems = _problems(path)
    assert any("`hours` names steigen, not among `municipalities`" in p for p in problems)
