"""No rota: the binding rule and period are named, by counting or by the solver's core."""

from __future__ import annotations

import datetime as dt

from simulator.rota.diagnosis import diagnose
from simulator.rota.feasibility import explain
from simulator.rota.make import make_rota
from simulator.rota.model import Rule
from simulator.rota.preferences import Preferences
from simulator.rota.problem import OfficeRest, build_problem
from simulator.rota.solver import SolverSettings
from simulator.scenario.legevakt import ShiftMode
from tests.unit.rota.builders import DAY_24, EVENING_NIGHT, doctor, scenario

START = dt.date(2026, 1, 5)


def _no_office(count: int, **fields: object) -> list[dict]:
    return [doctor(i, office=None, **fields) for i in range(count)]


def _pool(doctors: list[dict]) -> dict:
    return {"pool": [d["id"] for d in doctors]}


def test_frequency_policy_shortage_is_counted() -> None:
    doctors = _no_office(3)
    s = scenario(
        doctors, shifts=[DAY_24], policy={"max_shift_frequency_days": 4}, legevakt=_pool(doctors)
    )
    findings = explain(build_problem(s, "lv", START, 2))
    assert [f.rule for f in findings] == [Rule.frequency]
    assert "7 doctor-shifts a week with at most one shift in 4 days need at least 4 doctors" in (
        findings[0].message
    )
    assert findings[0].short == 1


def test_night_before_office_day_is_the_binding_rule_when_office_days_stand() -> None:
    s = scenario([doctor(i) for i in range(6)], shifts=[EVENING_NIGHT])
    findings = explain(build_problem(s, "lv", START, 1, office_rest=OfficeRest.keep_office))
    assert findings and findings[0].rule is Rule.office
    assert "only 0 of 6" in findings[0].message
    freed = build_problem(s, "lv", START, 1, office_rest=OfficeRest.free_office)
    assert explain(freed) == []


def test_a_daytime_shift_may_replace_the_office_day_only_when_the_template_says_so() -> None:
    day = {"id": "day", "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00"}
    day |= {"end": "16:00"}
    doctors = [doctor(i) for i in range(3)]
    blocked = explain(build_problem(scenario(doctors, shifts=[day]), "lv", START, 1))
    assert blocked and blocked[0].rule is Rule.office and "only 0 of 3" in blocked[0].message
    replaced = scenario(doctors, shifts=[{**day, "office_days": "replaced"}])
    assert explain(build_problem(replaced, "lv", START, 1)) == []
    outcome = make_rota(build_problem(replaced, "lv", START, 1), SolverSettings(time_limit=1))
    assert outcome.staffing is not None


def test_exemptions_leave_too_few_doctors() -> None:
    doctors = _no_office(2, age=62) + _no_office(1)
    doctors[2]["id"] = "young"
    s = scenario(doctors, shifts=[{**EVENING_NIGHT, "doctors": 2}], legevakt=_pool(doctors))
    findings = explain(build_problem(s, "lv", START, 1))
    assert findings[0].rule is Rule.exemption
    assert "needs 2 doctor(s) but only 1 of 3" in findings[0].message


def test_solver_core_names_competence_and_frequency() -> None:
    """Pairs need the one competent doctor every day, which the 2-day policy forbids; no
    single count shows it, the solver's core does."""
    doctors = [*_no_office(3, competence={}), doctor(9, office=None)]
    s = scenario(
        doctors,
        shifts=[{**EVENING_NIGHT, "doctors": 2}],
        policy={"max_shift_frequency_days": 2},
        legevakt=_pool(doctors),
    )
    problem = build_problem(s, "lv", START, 1)
    assert explain(problem) == []
    rules = {rule for rule, _period in diagnose(problem, 5.0).core}
    assert rules == {Rule.competence, Rule.frequency}
    outcome = make_rota(problem, SolverSettings(time_limit=5.0))
    assert outcome.staffing is None and "week 2 2026" in outcome.why_not()[0]


def test_one_competent_doctor_may_take_bakvakt_every_day() -> None:
    """Bakvakt 16:00-08:00 every day leaves the only competent doctor 8 h between shifts, even
    with 11 h rest: no rest is planned after a bakvakt (SFS 2305 § 7.4 as
    `simulator.plan.rest_after_duty` reads it), only after the work it is called in for."""
    doctors = [*_no_office(4, competence={}), doctor(9, office=None)]
    backup = {**EVENING_NIGHT, "id": "bakvakt", "mode": "backup"}
    s = scenario(
        doctors,
        shifts=[EVENING_NIGHT, backup],
        policy={"rest_hours_after_duty": 11},
        legevakt=_pool(doctors),
    )
    problem = build_problem(s, "lv", START, 1)
    after_backup = [t for s, t in problem.conflicts if problem.shifts[s].mode is ShiftMode.backup]
    assert after_backup == []
    assert not any(f.rule is Rule.rest for f in explain(problem))


def test_a_long_horizon_is_diagnosed_in_the_block_without_a_rota() -> None:
    """A vacation in the seventh week (ISO week 8) leaves one competent doctor for pairs under a
    2-day policy; counting sees enough doctors per shift and per window, the block solver finds
    no rota, and the core of that block names the week."""
    doctors = [*_no_office(3, competence={}), doctor(8, office=None), doctor(9, office=None)]
    s = scenario(
        doctors,
        shifts=[{**EVENING_NIGHT, "doctors": 2}],
        policy={"max_shift_frequency_days": 2},
        legevakt=_pool(doctors),
    )
    away = frozenset(START + dt.timedelta(days=42 + i) for i in range(7))
    prefs = Preferences(off={"gp09": away}, vacation={"gp09": away})
    problem = build_problem(s, "lv", START, 8, prefs)
    assert explain(problem) == []
    outcome = make_rota(problem, SolverSettings(time_limit=4.0))
    assert outcome.staffing is None
    assert outcome.result is not None and outcome.result.infeasible_part is not None
    assert {period for _rule, period in outcome.diagnosis.core} == {"week 8 2026"}
