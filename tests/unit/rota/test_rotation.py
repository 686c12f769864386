"""rota_for: the generated or file-based rota the engine uses."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from pathlib import Path

import pytest

from simulator.plan.assignment import Cover
from simulator.rota.gaps import cover_gaps
from simulator.rota.problem import build_problem
from simulator.rota.rotafile import write_rota
from simulator.rota.rotation import rota_for
from simulator.rota.shifts import expand
from simulator.rota.sizing import locum_need
from simulator.scenario import ScenarioError
from simulator.scenario.gaps import LOCUM_DAY_NOK, GapFill, GapPolicy
from tests.unit.rota.builders import DAY_24, EVENING_NIGHT, doctor, scenario

START = dt.date(2026, 3, 30)  # Easter week: Thursday, Friday and Sunday are holidays


def test_holidays_use_sunday_templates() -> None:
    weekday = {**EVENING_NIGHT, "days": ["mon", "tue", "wed", "thu", "fri"]}
    weekend = {**DAY_24, "id": "weekend", "days": ["sat", "sun"]}
    s = scenario([doctor(1)], shifts=[weekday, weekend])
    shifts = expand(s.legevakt[0], START, 1)
    by_day = {sh.day: sh.template for sh in shifts}
    assert by_day[dt.date(2026, 3, 31)] == "night"
    assert by_day[dt.date(2026, 4, 2)] == "weekend"  # skjærtorsdag
    holidays = {dt.date(2026, 4, 2), dt.date(2026, 4, 3), dt.date(2026, 4, 5)}
    assert {sh.day for sh in shifts if sh.holiday} == holidays


def test_generated_rota_covers_every_shift_with_rest_and_eligibility() -> None:
    s = scenario(
        [doctor(i, fte=0.5 + 0.25 * (i % 3)) for i in range(5)] + [doctor(9, age=64)],
        policy={"max_shift_frequency_days": 3},
    )
    rota = rota_for(s, "lv", START, 3)
    assert len(rota) == 21
    assert "gp09" not in {a.physician for a in rota}
    by_doctor: dict[str, list] = {}
    for a in rota:
        by_doctor.setdefault(a.physician, []).append(a)
    for shifts in by_doctor.values():
        for first, second in itertools.pairwise(shifts):
            assert (second.start.date() - first.start.date()).days >= 3
            assert second.start - first.end >= dt.timedelta(hours=8)
    assert rota == rota_for(s, "lv", START, 3)


def test_rota_file_is_read_and_cut_to_the_period(tmp_path: Path) -> None:
    s = scenario([doctor(1), doctor(2)], legevakt={"rota_file": str(tmp_path / "rota.csv")})
    generated = scenario([doctor(1), doctor(2)])
    rota = rota_for(generated, "lv", START, 2)
    write_rota(tmp_path / "rota.csv", rota)
    assert rota_for(s, "lv", START + dt.timedelta(days=7), 1) == rota[7:]


def test_without_a_legal_rota_the_engine_gets_the_greedy_rotation_and_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    s = scenario(
        [doctor(1, office=None)],
        policy={"rest_hours_after_duty": 11},
        legevakt={"pool": ["gp01"], "staffing": {"gaps": "unstaffed"}},
    )
    with caplog.at_level(logging.WARNING):
        rota = rota_for(s, "lv", START, 1)
    assert "no legal rota" in caplog.text and "rest between work periods" in caplog.text
    assert caplog.text.count("stay EMPTY") == 1
    pool = [a for a in rota if a.cover is Cover.pool]
    assert [a.start.day for a in pool] == [30, 1, 3, 5]  # every other night, rest kept
    empty = [a for a in rota if a.cover is Cover.unstaffed]
    assert [a.start.day for a in empty] == [31, 2, 4] and {a.physician for a in empty} == {""}


def test_locums_take_the_shifts_the_pool_cannot_and_keep_the_rest_rule(
    caplog: pytest.LogCaptureFixture,
) -> None:
    s = scenario(
        [doctor(1, office=None)],
        policy={"rest_hours_after_duty": 11},
        legevakt={"pool": ["gp01"]},
    )
    with caplog.at_level(logging.WARNING):
        rota = rota_for(s, "lv", START, 1)
    assert "1 locum(s) take them" in caplog.text
    locums = [a for a in rota if a.cover is Cover.locum]
    assert [a.start.day for a in locums] == [31, 2, 4]
    assert {a.physician for a in locums} == {"locum-lv-1"}
    for first, second in itertools.pairwise(locums):
        assert second.start - first.end >= dt.timedelta(hours=11)
    assert len(rota) == 7  # every night has its doctor


def test_an_empty_pool_is_all_locums_and_they_are_as_many_as_the_rules_need() -> None:
    s = scenario([], policy={"max_shift_frequency_days": 3})  # no doctor in the municipality
    rota = rota_for(s, "lv", START, 2)
    assert len(rota) == 14 and {a.cover for a in rota} == {Cover.locum}
    by_locum: dict[str, list] = {}
    for a in rota:
        by_locum.setdefault(a.physician, []).append(a)
    assert len(by_locum) == 3  # one shift in three days each: three locums, no more
    for shifts in by_locum.values():
        for first, second in itertools.pairwise(shifts):
            assert (second.start.date() - first.start.date()).days >= 3


def test_a_neighbour_takes_the_shifts_under_its_own_name() -> None:
    s = scenario([])
    shifts = expand(s.legevakt[0], START, 1)
    policy = GapPolicy(gaps=GapFill.neighbour, neighbour="other-lv")
    covers = cover_gaps(
        [(shift, 1) for shift in shifts], policy, build_problem(s, "lv", START, 1).rules
    )
    assert [a.start for a in covers] == [shift.start for shift in shifts]
    assert {(a.cover, a.physician) for a in covers} == {(Cover.neighbour, "neighbour-other-lv")}


def test_a_legevakt_cannot_be_its_own_neighbour() -> None:
    with pytest.raises(ScenarioError, match="names this legevakt itself"):
        scenario([], legevakt={"staffing": {"gaps": "neighbour", "neighbour": "lv"}})


def test_rota_size_counts_the_locums_a_year_the_pool_needs() -> None:
    alone = scenario(
        [doctor(1, office=None)],
        policy={"rest_hours_after_duty": 11},
        legevakt={"pool": ["gp01"]},
    )
    need = locum_need(alone, "lv", START)
    # 16:00-08:00 every night and 11 h rest: the doctor can take every other night at most.
    assert 52 * 7 // 2 <= need.places <= 52 * 7 // 2 + 3
    assert need.locums == 1 and need.hours == 16 * need.places
    assert need.cost_nok == need.places * LOCUM_DAY_NOK
    four = scenario(
        [doctor(i, office=None) for i in range(1, 5)],
        legevakt={"pool": ["gp01", "gp02", "gp03", "gp04"]},
    )
    assert locum_need(four, "lv", START).places == 0


def test_a_rota_file_without_a_doctor_for_the_period_is_a_loud_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rota_file = tmp_path / "rota.csv"  # as loading resolves it beside the scenario file
    s = scenario([doctor(1), doctor(2)], legevakt={"rota_file": str(rota_file)})
    write_rota(rota_file, rota_for(scenario([doctor(1), doctor(2)]), "lv", START, 1))
    with caplog.at_level(logging.WARNING):
        later = rota_for(s, "lv", START + dt.timedelta(weeks=4), 1)
    assert later == [] and "places NO doctor" in caplog.text
