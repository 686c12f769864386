"""The engine's vacation weeks in the rota, the rota cache and the engine's solver budget."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from simulator.plan.assignment import Cover
from simulator.rota.cache import RotaCache, fingerprint
from simulator.rota.fairness import Kind, fair_shares
from simulator.rota.feasibility import explain
from simulator.rota.model import Rule
from simulator.rota.problem import OfficeRest, build_problem
from simulator.rota.rotation import GREEDY, engine_settings, rota_for
from simulator.rota.solver import SolverSettings
from simulator.rules import Severity, check_rota
from simulator.rules.duty import pools
from simulator.vacation import scenario_vacations
from tests.unit.rota.builders import DAY_24, doctor, scenario

SUMMER = dt.date(2026, 6, 29)  # ISO week 27: the first colleague of an office is away 26–28
FAST = SolverSettings(time_limit=1.0)


def _pool(size: int, weeks: float) -> list[dict]:
    return [doctor(i, vacation_weeks=weeks) for i in range(size)]


def test_no_shift_falls_in_a_vacation_week_and_the_rota_stays_legal() -> None:
    s = scenario(_pool(12, 5), policy={"max_shift_frequency_days": 2})
    rota = rota_for(s, "lv", SUMMER, 6, settings=FAST)
    away = scenario_vacations(s, pools(s))
    assert rota and len(rota) == 6 * 7  # every night staffed
    for a in rota:
        assert a.start.date().isocalendar().week not in away[a.physician]
    assert [f for f in check_rota(s, rota) if f.severity is Severity.breach] == []


def test_vacation_blocks_the_shifts_and_shrinks_the_fair_share() -> None:
    s = scenario(_pool(4, 5), policy={})
    problem = build_problem(s, "lv", SUMMER, 2, office_rest=OfficeRest.keep_office)
    away = scenario_vacations(s, pools(s))
    for (d, shift_index), reason in problem.blocked.items():
        day = problem.shifts[shift_index].day
        if day.isocalendar().week in away[problem.doctors[d].id]:
            assert reason == "vacation"
    on_leave = [d for d in range(4) if 27 in away[problem.doctors[d].id]]
    assert on_leave and all(not problem.allowed(d, 0) for d in on_leave)
    shares = fair_shares(problem, Kind.shifts)
    present = [d for d in range(4) if d not in on_leave]
    assert max(shares[d] for d in on_leave) < min(shares[d] for d in present)


def test_counting_names_vacation_when_it_leaves_too_few_doctors() -> None:
    s = scenario(_pool(2, 5), policy={})  # weeks 27–28: one away, one cannot take every shift
    findings = explain(build_problem(s, "lv", SUMMER, 2))
    assert findings and findings[0].rule is Rule.vacation
    assert "vacation" in findings[0].message


def test_the_engine_is_told_which_blocks_had_no_rota(caplog: pytest.LogCaptureFixture) -> None:
    s = scenario(_pool(1, 5), policy={})  # the only doctor is away in weeks 26–28
    with caplog.at_level(logging.WARNING):
        rota = rota_for(s, "lv", SUMMER, 8, settings=FAST)
    assert "no legal rota from 2026-06-29" in caplog.text
    assert "vacation and blocked dates" in caplog.text
    away = scenario_vacations(s, pools(s))
    pool = [a for a in rota if a.cover is Cover.pool]
    assert all(a.start.date().isocalendar().week not in away[a.physician] for a in pool)
    locums = [a for a in rota if a.cover is Cover.locum]
    assert {a.start.date().isocalendar().week for a in locums} == {27, 28}  # the 14 nights away


def test_a_cached_rota_is_the_solved_one_and_a_damaged_file_is_solved_again(
    tmp_path: Path,
) -> None:
    s = scenario(_pool(5, 0), policy={"max_shift_frequency_days": 2})
    cache = RotaCache(tmp_path)
    solved = rota_for(s, "lv", SUMMER, 5, settings=FAST, cache=cache)
    (path,) = tmp_path.glob("*.json")
    record = json.loads(path.read_text())
    assert rota_for(s, "lv", SUMMER, 5, settings=FAST, cache=cache) == solved
    record["rota"]["doctors"][0] = record["rota"]["doctors"][1]  # tampered: checksum fails
    path.write_text(json.dumps(record))
    assert rota_for(s, "lv", SUMMER, 5, settings=FAST, cache=cache) == solved
    assert json.loads(path.read_text()) != record  # rewritten by a fresh solve


def test_the_fingerprint_changes_with_the_rota_problem_and_the_budget() -> None:
    s = scenario(_pool(5, 0))
    other = scenario(_pool(5, 0), policy={"rest_hours_after_duty": 11})
    problem = build_problem(s, "lv", SUMMER, 2)
    same = fingerprint(build_problem(s, "lv", SUMMER, 2), FAST)
    assert fingerprint(problem, FAST) == same
    assert fingerprint(build_problem(other, "lv", SUMMER, 2), FAST) != same
    assert fingerprint(problem, SolverSettings(time_limit=2.0)) != same


def test_many_legevakter_get_the_greedy_rotation_and_few_share_the_budget() -> None:
    assert engine_settings(1).time_limit == 1.0
    assert engine_settings(8).time_limit == 0.5
    assert engine_settings(169) == GREEDY
    s = scenario(_pool(5, 0), policy={"max_shift_frequency_days": 2})
    rota = rota_for(s, "lv", SUMMER, 3, settings=GREEDY)
    assert len(rota) == 21
    assert [f for f in check_rota(s, rota) if f.severity is Severity.breach] == []


def test_a_rest_finding_says_vacation_keeps_the_others_away() -> None:
    s = scenario(_pool(2, 5), shifts=[DAY_24], policy={})  # week 27: one of two away
    findings = [f for f in explain(build_problem(s, "lv", SUMMER, 2)) if f.rule is Rule.rest]
    assert findings and "1 by vacation and blocked dates" in findings[0].message
