"""A rota problem: the shifts, the doctors and the hard rules between them, in the plain form
the greedy rotation, the CP-SAT solver and the feasibility explanations all read."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from simulator.plan.rest_after_duty import rest_follows
from simulator.rota.competence import lacking_days
from simulator.rota.office_days import OfficeHours, workplace
from simulator.rota.pool import exempt_days, legevakt_by_id, template_takers
from simulator.rota.preferences import Preferences
from simulator.rota.shifts import Kind, Shift, expand, kinds_of
from simulator.rules.duty import by_versions, pool_members, pools
from simulator.scenario import Scenario
from simulator.scenario.legevakt import OfficeDays, ShiftMode
from simulator.scenario.physicians import Physician
from simulator.vacation import scenario_vacations


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
    consecutive_on_site_nights: bool = False
    max_days_in_a_row: int | None = None
    consecutive_weekends: bool = True


@dataclass
class RotaProblem:
    """Shifts s and doctors d. `blocked[(d, s)]` says why doctor d may not work shift s;
    `conflicts` are shift pairs too close for one doctor; `lacking` holds (d, s) when doctor d
    lacks the competence to work shift s without bakvakt (kompetansekravforskriften § 3a);
    `covered[s]` is true when bakvakt shifts cover shift s, so such doctors may work it."""

    legevakt: str
    start: dt.date
    weeks: int
    shifts: list[Shift]
    doctors: list[Physician]
    rules: Rules
    lacking: set[tuple[int, int]]
    covered: list[bool]
    blocked: dict[tuple[int, int], str] = field(default_factory=dict)
    conflicts: list[tuple[int, int]] = field(default_factory=list)
    wishes: dict[tuple[int, int], int] = field(default_factory=dict)

    def allowed(self, d: int, s: int) -> bool:
        return (d, s) not in self.blocked

    @cached_property
    def kinds(self) -> list[tuple[Kind, ...]]:
        """The burdens each shift counts towards."""
        return [kinds_of(shift) for shift in self.shifts]

    @cached_property
    def allowed_doctors(self) -> list[list[int]]:
        """The doctors allowed on each shift (read once `blocked` is complete)."""
        out: list[set[int]] = [set() for _ in self.shifts]
        for d, s in self.blocked:
            out[s].add(d)
        doctors = range(len(self.doctors))
        return [[d for d in doctors if d not in gone] for gone in out]

    def competent(self, d: int, s: int) -> bool:
        return (d, s) not in self.lacking

    @cached_property
    def night_pairs(self) -> list[tuple[int, int]]:
        """On-site night shifts on consecutive days (s, t), s first: one doctor may not work
        both unless the policy allows on-site nights in a row."""
        if self.rules.consecutive_on_site_nights:
            return []
        nights: dict[dt.date, list[int]] = {}
        for s, shift in enumerate(self.shifts):
            if shift.night and shift.mode is ShiftMode.on_site:
                nights.setdefault(shift.day, []).append(s)
        return [
            (s, t)
            for day, first in nights.items()
            for s in first
            for t in nights.get(day + dt.timedelta(days=1), [])
        ]

    @cached_property
    def weekend_pairs(self) -> list[tuple[int, int]]:
        """Weekend shifts (Saturday, Sunday) of consecutive weekends (s, t), s first: one doctor
        may not work both unless the policy allows weekends in a row."""
        if self.rules.consecutive_weekends:
            return []
        weekends: dict[int, list[int]] = {}  # weeks from the start: weekend shifts
        for s, shift in enumerate(self.shifts):
            if shift.weekend:
                weekends.setdefault((shift.day - self.start).days // 7, []).append(s)
        return [
            (s, t)
            for week, first in weekends.items()
            for s in first
            for t in weekends.get(week + 1, [])
        ]

    @property
    def apart(self) -> list[tuple[int, int]]:
        """Every pair of shifts one doctor may not both work, whatever the rule."""
        return self.conflicts + self.night_pairs + self.weekend_pairs

    def windows(self) -> list[list[int]]:
        """Shift groups a doctor may work at most one of (policy: one shift in N days)."""
        n = self.rules.frequency_days
        return self._day_windows(n, 1) if n and n > 1 else []

    def streaks(self) -> list[list[int]]:
        """Shift groups of N + 1 consecutive days a doctor may work at most N of (policy: at
        most N duty days in a row)."""
        n = self.rules.max_days_in_a_row
        return self._day_windows(n + 1, n) if n else []

    def _day_windows(self, days: int, most: int) -> list[list[int]]:
        """The shifts starting in each run of `days` consecutive days, where more than `most`
        of them start (repeats dropped)."""
        by_day: dict[dt.date, list[int]] = {}
        for s, shift in enumerate(self.shifts):
            by_day.setdefault(shift.day, []).append(s)
        calendar = [self.start + dt.timedelta(days=i) for i in range(self.weeks * 7)]
        groups: list[list[int]] = []
        for i in range(len(calendar)):
            group = [s for day in calendar[i : i + days] for s in by_day.get(day, [])]
            if len(group) > most and (not groups or group != groups[-1]):
                groups.append(group)
        return groups

    def part(self, first: int, stop: int, weeks: int) -> RotaProblem:
        """The problem cut to shifts [first, stop), `weeks` weeks from the first one's Monday.
        It is a relaxation: if the part has no rota, the whole has none."""
        day = self.shifts[first].day
        inside = range(first, stop)

        def cut(keys: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
            return [(a, b) for a, b in keys if b in inside]

        return RotaProblem(
            self.legevakt,
            day - dt.timedelta(days=day.weekday()),
            weeks,
            self.shifts[first:stop],
            self.doctors,
            self.rules,
            {(d, s - first) for d, s in cut(self.lacking)},
            self.covered[first:stop],
            {(d, s - first): self.blocked[(d, s)] for d, s in cut(self.blocked)},
            [(s - first, t - first) for s, t in self.conflicts if s in inside and t in inside],
            {(d, s - first): self.wishes[(d, s)] for d, s in cut(self.wishes)},
        )

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
        policy.consecutive_on_site_nights,
        policy.max_duty_days_in_a_row,
        policy.consecutive_weekends,
    )
    shifts = expand(legevakt, start, weeks)
    team = list(pool_members(scenario)[legevakt.id]) if doctors is None else doctors
    by_day = _by_day(shifts)
    versions = by_versions(by_day)
    problem = RotaProblem(
        legevakt.id,
        start,
        weeks,
        shifts,
        team,
        rules,
        _lacking(team, by_day, versions),
        _covered_by_backup(shifts),
    )
    prefs = preferences or Preferences()
    _block(problem, scenario, prefs, by_day, versions)
    problem.conflicts = _rest_conflicts(shifts, rules.rest_hours, rules.frequency_days)
    wishful = [(d, p) for d, p in enumerate(team) if p.id in prefs.wishful]
    problem.wishes = {
        (d, s): prefs.weights[(p.id, shift.day)]
        for d, p in wishful
        for s, shift in enumerate(shifts)
        if (p.id, shift.day) in prefs.weights
    }
    return problem


def _by_day(shifts: list[Shift]) -> dict[dt.date, list[int]]:
    """The shifts starting on each day, by day."""
    by_day: dict[dt.date, list[int]] = {}
    for s, shift in enumerate(shifts):
        by_day.setdefault(shift.day, []).append(s)
    return dict(sorted(by_day.items()))


def _lacking(
    team: list[Physician], by_day: dict[dt.date, list[int]], versions: list[list[dt.date]]
) -> set[tuple[int, int]]:
    """(d, s) where doctor d lacks the competence to work shift s without bakvakt."""
    return {
        (d, s) for d, p in enumerate(team) for day in lacking_days(p, versions) for s in by_day[day]
    }


def _block(
    problem: RotaProblem,
    scenario: Scenario,
    prefs: Preferences,
    by_day: dict[dt.date, list[int]],
    versions: list[list[dt.date]],
) -> None:
    """Record why each doctor may not work each shift they may not (the first reason found:
    exemption, the template's takers, vacation (the engine's, `simulator.vacation`, and the
    preferences'), the preferences' blocked dates, competence, an office day). Each doctor's
    shifts are looked at only where some reason may hold: on the days they are exempt, away
    or off, on the templates they may not take, where they lack competence, where their
    office days meet the shift."""
    shifts = problem.shifts
    vacations = scenario_vacations(scenario, pools(scenario))
    clashes = _OfficeClashes(problem, OfficeHours(scenario))
    in_week = _by_iso_week(clashes.horizon)
    narrowed = template_takers(scenario, legevakt_by_id(scenario, problem.legevakt))
    takers = [narrowed.get(shift.template) for shift in shifts]
    of_template: dict[str, list[int]] = {}
    for s, shift in enumerate(shifts):
        of_template.setdefault(shift.template, []).append(s)
    competence = [_competence_reason(problem, s) for s in range(len(shifts))]
    lacks: dict[int, set[int]] = {}
    for d, s in problem.lacking:
        if competence[s]:
            lacks.setdefault(d, set()).add(s)
    blocked = problem.blocked
    for d, doctor in enumerate(problem.doctors):
        exempt = exempt_days(doctor, versions)
        weeks = vacations.get(doctor.id, set())
        away = prefs.vacation.get(doctor.id, frozenset()) | {
            day for week in weeks for day in in_week.get(week, ())
        }
        off = prefs.off.get(doctor.id, frozenset())
        found = clashes.of(doctor)
        suspects = lacks.get(d, set()) | found.keys()
        for template, allowed in narrowed.items():
            if doctor.id not in allowed:
                suspects.update(of_template.get(template, ()))
        for day in itertools.chain(exempt, away, off):
            suspects.update(by_day.get(day, ()))
        for s in sorted(suspects):
            shift = shifts[s]
            day = shift.day
            if why_exempt := exempt.get(day):
                blocked[(d, s)] = f"exempt: {why_exempt}"
            elif (allowed := takers[s]) is not None and doctor.id not in allowed:
                blocked[(d, s)] = f"pool: not among who may take {shift.template}"
            elif day in away:
                blocked[(d, s)] = "vacation"
            elif day in off:
                blocked[(d, s)] = "blocked date"
            elif s in lacks.get(d, ()):
                blocked[(d, s)] = competence[s]
            elif clash := _first_clash(found.get(s, ()), away):
                blocked[(d, s)] = clash


def _by_iso_week(days: list[dt.date]) -> dict[int, list[dt.date]]:
    """`days` by the number of their ISO week (`simulator.vacation.on_vacation` reads no year)."""
    weeks: dict[int, list[dt.date]] = {}
    for day in days:
        weeks.setdefault(day.isocalendar().week, []).append(day)
    return weeks


def _competence_reason(problem: RotaProblem, s: int) -> str | None:
    """Why a doctor lacking § 3a competence may not work shift s, if they may not."""
    shift = problem.shifts[s]
    if shift.mode is ShiftMode.backup:
        return "bakvakt needs § 3a competence (akuttmedisinforskriften § 7)"
    if not problem.covered[s] and shift.doctors == 1:
        return "competence: alone on duty without bakvakt needs § 3a (kompetansekravforskriften)"
    return None


class _OfficeClashes:
    """The office days each shift overlaps or (keeping office days) leaves too little rest
    before; office hours that end before the shift starts need no rest. Worked out once per
    workplace, then filtered by each doctor's days away."""

    def __init__(self, problem: RotaProblem, hours: OfficeHours) -> None:
        self.problem = problem
        self.hours = hours
        keep = problem.rules.office_rest is OfficeRest.keep_office
        after = dt.timedelta(hours=problem.rules.rest_hours) if keep else dt.timedelta()
        last = max((shift.end for shift in problem.shifts), default=None)
        stop = max(last.date() + dt.timedelta(days=2), problem.start) if last else problem.start
        self.horizon = _days(problem.start, stop)
        # the shifts worked away from the office, with the end of the rest they call for: a
        # shift that replaces the office hours, or is worked from the office, meets none
        self.reach = [
            (s, shift, shift.end + (after if rest_follows(shift.mode) else dt.timedelta()))
            for s, shift in enumerate(problem.shifts)
            if shift.office_days is OfficeDays.excluded
        ]
        farthest = max((reach for _, _, reach in self.reach), default=None)
        # every day a shift's rest reaches into, and the day after it (where the search stops)
        self.days = _days(problem.start, farthest.date() + dt.timedelta(days=2)) if farthest else []
        self._found: dict[Hashable, dict[int, list[tuple[dt.date, str]]]] = {}

    def of(self, doctor: Physician) -> dict[int, list[tuple[dt.date, str]]]:
        """The office days each shift meets, for the shifts that meet any; shared by every
        doctor of the same `workplace`."""
        place = workplace(doctor)
        if place not in self._found:
            self._found[place] = self._clashes(doctor)
        return self._found[place]

    def _clashes(self, doctor: Physician) -> dict[int, list[tuple[dt.date, str]]]:
        days = self.days
        periods = self.hours.periods(doctor, days)
        if not any(periods):
            return {}
        midnights = [dt.datetime.combine(day, dt.time()) for day in days]
        found: dict[int, list[tuple[dt.date, str]]] = {}
        for s, shift, reach in self.reach:
            i = (shift.start.date() - self.problem.start).days
            while midnights[i] < reach:
                period = periods[i]
                if period and period[0] < reach and period[1] > shift.start:
                    day = days[i]
                    text = f"office day {day:%a %d %b} {period[0]:%H:%M}-{period[1]:%H:%M}"
                    found.setdefault(s, []).append((day, text))
                i += 1
        return found


def _first_clash(clashes: Iterable[tuple[dt.date, str]], away: frozenset[dt.date]) -> str | None:
    """The first of a shift's office clashes outside the days away."""
    return next((text for day, text in clashes if day not in away), None)


def _days(first: dt.date, stop: dt.date) -> list[dt.date]:
    """The days from `first` up to `stop`."""
    return [first + dt.timedelta(days=i) for i in range((stop - first).days)]


def _rest_conflicts(
    shifts: list[Shift], rest_hours: float, frequency_days: int | None
) -> list[tuple[int, int]]:
    """Pairs (s, t), s before t, with less than the rest after s between them (SFS 2305 § 7.4,
    read by `simulator.plan.rest_after_duty`).

    Pairs starting fewer than `frequency_days` days apart are left out: the frequency policy
    already keeps them apart (`RotaProblem.windows`)."""
    rest = dt.timedelta(hours=rest_hours)
    apart = frequency_days if frequency_days and frequency_days > 1 else 0
    pairs = []
    for s, first in enumerate(shifts):
        if not rest_follows(first.mode):
            continue  # a bakvakt, rested only after the work it is called in for
        for t in range(s + 1, len(shifts)):
            if shifts[t].start >= first.end + rest:
                break  # later shifts start later still
            if (shifts[t].day - first.day).days >= apart:
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
