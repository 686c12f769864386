"""Why no rota exists, found by counting before any search.

Each check compares what a period needs (doctor-shifts) with what the rules leave (doctors who
may take them) and speaks in planner's words: the binding rule, the period, how many short.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from simulator.rota.model import Rule, rule_of, week_of
from simulator.rota.problem import RotaProblem
from simulator.scenario.legevakt import ShiftMode

MAX_LISTED = 3  # periods spelled out per finding


@dataclass(frozen=True)
class Finding:
    """No rota can meet `rule` in `period`: `message` says why; `short` doctors are missing."""

    rule: Rule
    period: str
    message: str
    short: int

    def __str__(self) -> str:
        return f"{self.period}: {self.message} [{self.rule.value}]"


def explain(problem: RotaProblem) -> list[Finding]:
    """Reasons by arithmetic that the problem has no rota; empty if none is found this way.

    Shifts that too few doctors may work at all are reported once, by the rule that rules out
    most doctors; the later checks look only at periods without such shifts.
    """
    short = _short_shifts(problem)
    return [
        *_headcount(problem, short),
        *_frequency(problem, short),
        *_rest(problem, short),
        *_nights(problem, short),
        *_competence(problem, short),
    ]


def _short_shifts(problem: RotaProblem) -> set[int]:
    return {s for s, shift in enumerate(problem.shifts) if _available(problem, [s]) < shift.doctors}


def _headcount(problem: RotaProblem, short: set[int]) -> list[Finding]:
    """Shifts with fewer doctors allowed to work them than they need, grouped by template and
    by the rule that rules out most doctors."""
    groups: dict[tuple[str, Rule], list[tuple[int, int, Counter[Rule]]]] = {}
    for s in sorted(short):
        free = _available(problem, [s])
        why = Counter(
            rule_of(problem.blocked[(d, s)])
            for d in range(len(problem.doctors))
            if not problem.allowed(d, s)
        )
        binding = why.most_common(1)[0][0] if why else Rule.exemption
        groups.setdefault((problem.shifts[s].template, binding), []).append((s, free, why))
    findings = []
    for (template, binding), cases in groups.items():
        s, free, why = cases[0]
        shift = problem.shifts[s]
        causes = ", ".join(f"{n} by {rule.value}" for rule, n in why.most_common())
        first = ", ".join(problem.shifts[c[0]].label for c in cases[:MAX_LISTED])
        more = f" and {len(cases) - MAX_LISTED} more" if len(cases) > MAX_LISTED else ""
        message = (
            f"shift '{template}' needs {shift.doctors} doctor(s) but only {free} of "
            f"{len(problem.doctors)} in the pool may work it ({causes}); on {len(cases)} "
            f"occasion(s): {first}{more}"
        )
        findings.append(
            Finding(binding, _span(problem, [c[0] for c in cases]), message, shift.doctors - free)
        )
    return findings


def _frequency(problem: RotaProblem, short: set[int]) -> list[Finding]:
    n = problem.rules.frequency_days
    windows = [group for group in problem.windows() if short.isdisjoint(group)]
    failing = []
    for group in (part for window in windows for part in _parts(problem, window)):
        need = sum(problem.shifts[s].doctors for s in group)
        available = _available(problem, group)
        if need > available:
            failing.append((group, need, available))
    if not failing:
        return []
    group, need, available = failing[0]
    per_week = sum(s.doctors for s in problem.shifts) / problem.weeks
    least = math.ceil(per_week * (n or 1) / 7)
    message = (
        f"{per_week:g} doctor-shifts a week with at most one shift in {n} days need at least "
        f"{least} doctors; in the {n} days from {problem.shifts[group[0]].day} {need} "
        f"doctor-shifts fall on only {available} doctors who may work them"
        f"{_ruled_out(problem, group)} ({len(failing)} such window(s))"
    )
    return [Finding(Rule.frequency, _span(problem, group), message, need - available)]


def _rest(problem: RotaProblem, short: set[int]) -> list[Finding]:
    """Shifts that overlap once the rest after each is added need different doctors: with the
    rest added, shifts are intervals, and the shifts reaching past a shift's start are all
    pairwise too close."""
    near: dict[int, set[int]] = {}
    for s, t in problem.conflicts:
        near.setdefault(t, set()).add(s)
    findings = []
    cliques = (
        part
        for t, earlier in sorted(near.items())
        for part in _parts(problem, [*sorted(earlier), t])
        if short.isdisjoint(part)
    )
    for group in cliques:
        t = group[-1]
        need = sum(problem.shifts[s].doctors for s in group)
        available = _available(problem, group)
        if need > available:
            labels = " and ".join(problem.shifts[s].label for s in group)
            message = (
                f"{labels} are less than {problem.rules.rest_hours:g} h apart, so they need "
                f"{need} different doctors, but only {available} may work them"
                f"{_ruled_out(problem, group)}"
            )
            findings.append(
                Finding(Rule.rest, week_of(problem.shifts[t].day), message, need - available)
            )
    return findings[:MAX_LISTED]


def _nights(problem: RotaProblem, short: set[int]) -> list[Finding]:
    cap = problem.rules.max_nights_per_month
    if cap is None:
        return []
    findings = []
    for (year, month), nights in problem.months().items():
        if not short.isdisjoint(nights):
            continue
        need = sum(problem.shifts[s].doctors for s in nights)
        available = _available(problem, nights)
        if need > cap * available:
            message = (
                f"{need} night shifts with at most {cap} nights a month per doctor need "
                f"{math.ceil(need / cap) if cap else 'more than 0'} doctors; {available} may work"
                f" nights that month{_ruled_out(problem, nights)}"
            )
            short = math.ceil(need / cap) - available if cap else need
            findings.append(Finding(Rule.nights_per_month, f"{year}-{month:02d}", message, short))
    return findings


def _competence(problem: RotaProblem, short: set[int]) -> list[Finding]:
    failing = [
        s
        for s in range(len(problem.shifts))
        if s not in short
        and not problem.covered[s]
        and not any(
            problem.competent(d, s) and problem.allowed(d, s) for d in range(len(problem.doctors))
        )
    ]
    if not failing:
        return []
    labels = ", ".join(problem.shifts[s].label for s in failing[:MAX_LISTED])
    message = (
        f"{len(failing)} shift(s) without bakvakt have no § 3a-competent doctor who may work "
        f"them, and doctors lacking the competence may not work alone: {labels}"
    )
    return [Finding(Rule.competence, _span(problem, failing), message, 1)]


def _parts(problem: RotaProblem, group: list[int]) -> list[list[int]]:
    """A group of shifts one doctor can work at most one of, and its bakvakt shifts alone:
    only competent doctors may take those, so they can run short on their own."""
    backup = [s for s in group if problem.shifts[s].mode is ShiftMode.backup]
    return [group, backup] if 0 < len(backup) < len(group) else [group]


def _ruled_out(problem: RotaProblem, shifts: list[int]) -> str:
    """Why the other doctors of the pool may work none of `shifts`: the rule that keeps each
    off the first of them (vacation, exemption, office days...), most common first."""
    why = Counter(
        rule_of(problem.blocked[(d, shifts[0])])
        for d in range(len(problem.doctors))
        if not any(problem.allowed(d, s) for s in shifts)
    )
    if not why:
        return ""
    return (
        " (the others: " + ", ".join(f"{n} by {rule.value}" for rule, n in why.most_common()) + ")"
    )


def _available(problem: RotaProblem, shifts: list[int]) -> int:
    """Doctors allowed to work at least one of `shifts`."""
    return sum(any(problem.allowed(d, s) for s in shifts) for d in range(len(problem.doctors)))


def _span(problem: RotaProblem, shifts: list[int]) -> str:
    first, last = problem.shifts[shifts[0]].day, problem.shifts[shifts[-1]].day
    return str(first) if first == last else f"{first} to {last}"
