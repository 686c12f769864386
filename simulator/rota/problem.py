"""A rota problem: the shifts, the doctors and the hard rules between them, in the plain form
the greedy rotation, the CP-SAT solver and the feasibility explanations all read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from simulator.rota.competence import competent_alone
from simulator.rota.office_days import office_period
from simulator.rota.pool import exemption_on, legevakt_by_id, pool
from simulator.rota.preferences import Preferences
from simulator.rota.shifts import Shift, expand
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode
from simulator.scenario.physicians import Physician


class OfficeRest(StrEnum):
    """How rest after a shift meets the doctor's next office day."""

    keep_office = "keep_office"  # the office day stands: a shift must leave rest before it
    free_office = "free_office"  # the rest frees the doctor from office (SFS 2305 § 7.4 [S17])


@dataclass(frozen=True)
class Rules:
    """The hard rules' parameters (local policy and SFS 2305 § 7.4 rest [S17])."""

    rest_hours: float
    frequency_days: int | None
    max_nights_per_month: int | None
    office_rest: OfficeRest = OfficeRest.keep_office


@dataclass
class RotaProblem:
    """Shifts s and doctors d. `blocked[(d, s)]` says why doctor d may not work shift s;
    `conflicts` are shift pairs too close for one doctor; `covered[s]` is true when bakvakt
    shifts cover shift s, so doctors without § 3a competence may work it alone."""

    legevakt: str
    start: dt.date
    weeks: int
    shifts: list[Shift]
    doctors: list[Physician]
    rules: Rules
    competent: list[bool]
    covered: list[bool]
    blocked: dict[tuple[int, int], str] = field(default_factory=dict)
    conflicts: list[tuple[int, int]] = field(default_factory=list)
    wishes: dict[tuple[int, int], int] = field(default_factory=dict)

    def allowed(self, d: int, s: int) -> bool:
        return (d, s) not in self.blocked

    def windows(self) -> list[list[int]]:
        """Shift groups a doctor may work at most one of (policy: one shift in N days)."""
        n = self.rules.frequency_days
        if not n or n <= 1:
            return []
        by_day: dict[dt.date, list[int]] = {}
        for s, shift in enumerate(self.shifts):
            by_day.setdefault(shift.day, []).append(s)
        days = [self.start + dt.timedelta(days=i) for i in range(self.weeks * 7)]
        groups = []
        for i in range(len(days)):
            group = [s for day in days[i : i + n] for s in by_day.get(day, [])]
            if len(group) > 1 and (not groups or group != groups[-1]):
                groups.append(group)
        return groups

    def months(self) -> dict[tuple[int, int], list[int]]:
        """Night shifts by (year, month) of their start."""
        nights: dict[tuple[int, int], list[int]] = {}
        for s, shift in enumerate(self.shifts):
            if shift.night:
                nights.setdefault((shift.day.year, shift.day.month), []).append(s)
        return nights


def build_problem(
    scenario: Scenario,
    legevakt_id: str,
    start: dt.date,
    weeks: int,
    preferences: Preferences | None = None,
    office_rest: OfficeRest = OfficeRest.keep_office,
    doctors: list[Physician] | None = None,
) -> RotaProblem:
    """The rota problem of a legevakt over `weeks` weeks from `start` (its pool by default)."""
    legevakt = legevakt_by_id(scenario, legevakt_id)
    policy = scenario.policy
    rules = Rules(
        policy.rest_hours_after_duty,
        policy.max_shift_frequency_days,
        policy.max_nights_per_month,
        office_rest,
    )
    shifts = expand(legevakt, start, weeks)
    team = pool(scenario, legevakt) if doctors is None else doctors
    problem = RotaProblem(
        legevakt.id,
        start,
        weeks,
        shifts,
        team,
        rules,
        [competent_alone(p) for p in team],
        _covered_by_backup(shifts),
    )
    prefs = preferences or Preferences()
    _block(problem, scenario, prefs)
    problem.conflicts = _rest_conflicts(shifts, rules.rest_hours)
    problem.wishes = {
        (d, s): prefs.weights[(p.id, shift.day)]
        for d, p in enumerate(team)
        for s, shift in enumerate(shifts)
        if (p.id, shift.day) in prefs.weights
    }
    return problem


def _block(problem: RotaProblem, scenario: Scenario, prefs: Preferences) -> None:
    rest = dt.timedelta(hours=problem.rules.rest_hours)
    for d, doctor in enumerate(problem.doctors):
        away = prefs.vacation.get(doctor.id, frozenset())
        for s, shift in enumerate(problem.shifts):
            reason = _reason(problem, scenario, prefs, d, s, doctor, shift, away, rest)
            if reason:
                problem.blocked[(d, s)] = reason


def _reason(
    problem: RotaProblem,
    scenario: Scenario,
    prefs: Preferences,
    d: int,
    s: int,
    doctor: Physician,
    shift: Shift,
    away: frozenset[dt.date],
    rest: dt.timedelta,
) -> str | None:
    exempt = exemption_on(doctor, shift.day)
    if exempt:
        return f"exempt: {exempt}"
    if shift.day in away:
        return "vacation"
    if prefs.is_off(doctor.id, shift.day):
        return "blocked date"
    if shift.mode is ShiftMode.backup and not problem.competent[d]:
        return "bakvakt needs § 3a competence (akuttmedisinforskriften § 7)"
    if not problem.competent[d] and not problem.covered[s] and shift.doctors == 1:
        return "competence: alone on duty without bakvakt needs § 3a (kompetansekravforskriften)"
    clash = _office_clash(scenario, doctor, shift, away, rest, problem.rules.office_rest)
    return f"office day {clash}" if clash else None


def _office_clash(
    scenario: Scenario,
    doctor: Physician,
    shift: Shift,
    away: frozenset[dt.date],
    rest: dt.timedelta,
    office_rest: OfficeRest,
) -> str | None:
    """The office day the shift overlaps, or (keeping office days) leaves too little rest
    before; office hours that end before the shift starts need no rest."""
    after = rest if office_rest is OfficeRest.keep_office else dt.timedelta()
    day = shift.start.date()
    while dt.datetime.combine(day, dt.time()) < shift.end + after:
        period = office_period(scenario, doctor, day, away)
        if period and period[0] < shift.end + after and period[1] > shift.start:
            return f"{day:%a %d %b} {period[0]:%H:%M}-{period[1]:%H:%M}"
        day += dt.timedelta(days=1)
    return None


def _rest_conflicts(shifts: list[Shift], rest_hours: float) -> list[tuple[int, int]]:
    """Pairs (s, t), s before t, with less than the rest between them (SFS 2305 § 7.4)."""
    rest = dt.timedelta(hours=rest_hours)
    pairs = []
    for s, first in enumerate(shifts):
        for t in range(s + 1, len(shifts)):
            if shifts[t].start >= first.end + rest:
                break  # later shifts start later still
            pairs.append((s, t))
    return pairs


def _covered_by_backup(shifts: list[Shift]) -> list[bool]:
    """Is each shift's time fully covered by bakvakt shifts?"""
    backups = sorted((s for s in shifts if s.mode is ShiftMode.backup), key=lambda b: b.start)
    covered = []
    for shift in shifts:
        if shift.mode is ShiftMode.backup:
            covered.append(True)
            continue
        cursor = shift.start
        for b in backups:
            if b.start <= cursor < b.end:
                cursor = b.end
        covered.append(cursor >= shift.end)
    return covered
