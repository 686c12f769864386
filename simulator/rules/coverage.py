"""Which minutes of a week a legevakt's shift templates cover, and the 24/7 check.

A week is a boolean array of 7 × 1 440 minutes from Monday 00:00; a shift that runs past
Sunday midnight wraps to Monday. A public holiday uses the Sunday templates and closes offices,
so the check also tries each weekday as a holiday. A legevakt needs a doctor in the hours it
serves some municipality (its `hours`, all hours by default), and every municipality needs a
legevakt at every hour: akuttmedisinforskriften § 6 is met by the union of its legevakter.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator

import numpy as np

from simulator.plan.assignment import Assignment, Cover
from simulator.rules.catalogue import Catalogue, Rule, Subject, Version
from simulator.rules.context import PlanContext
from simulator.rules.findings import Finding, finding
from simulator.scenario import Scenario
from simulator.scenario.base import Weekday, clock_minutes
from simulator.scenario.legevakt import Daytime, Legevakt, ShiftMode, ShiftTemplate
from simulator.scenario.legevakt_hours import served_runs
from simulator.scenario.offices import Office

DAY = 24 * 60
WEEK = 7 * DAY
FRONT = frozenset({ShiftMode.on_site, ShiftMode.home_call})
RULE_24_7 = "legevakt-24-7"


def _mark(week: np.ndarray, start: int, length: int) -> None:
    week[(start + np.arange(length)) % WEEK] = True


def _starts_on(template: ShiftTemplate, day: int, holiday: int | None) -> bool:
    return template.starts_on(list(Weekday)[day], day == holiday)


def shift_coverage(
    shifts: Iterable[ShiftTemplate], modes: frozenset[ShiftMode], holiday: int | None = None
) -> np.ndarray:
    """Minutes of the week covered by the templates in `modes`; `holiday` is a weekday index
    (Monday 0) that follows the Sunday templates."""
    week = np.zeros(WEEK, dtype=bool)
    for template in shifts:
        if template.mode not in modes:
            continue
        for day in range(7):
            if _starts_on(template, day, holiday):
                _mark(week, day * DAY + clock_minutes(template.start), template.minutes)
    return week


def office_coverage(offices: Iterable[Office], holiday: int | None = None) -> np.ndarray:
    """Minutes of the week when at least one of `offices` is open (closed on `holiday`)."""
    week = np.zeros(WEEK, dtype=bool)
    for office in offices:
        hours = office.opening_hours
        for weekday in hours.days:
            if weekday.index != holiday:
                start = weekday.index * DAY + clock_minutes(hours.start)
                _mark(week, start, hours.minutes_per_day)
    return week


def gaps(covered: np.ndarray) -> list[tuple[int, int]]:
    """Uncovered runs as (start, end) minutes of the week; a run over Sunday midnight is one
    run whose end is past the week's end."""
    if covered.all():
        return []
    shift = int(np.argmax(covered))  # start the scan at a covered minute so runs do not split
    rolled = np.roll(covered, -shift)
    edges = np.flatnonzero(np.diff(np.concatenate(([1], rolled.astype(np.int8), [1]))))
    starts, ends = edges[::2], edges[1::2]
    return [
        (int(s + shift) % WEEK, int(s + shift) % WEEK + int(e - s))
        for s, e in zip(starts, ends, strict=True)
    ]


def describe(start: int, end: int) -> str:
    """'mon 15:30–16:00' for a run of minutes of the week."""
    day = list(Weekday)[start // DAY % 7].value
    return f"{day} {_clock(start)}–{_clock(end)}"


def _clock(minute: int) -> str:
    return f"{minute % DAY // 60:02d}:{minute % 60:02d}"


def daytime_offices(scenario: Scenario, legevakt: Legevakt) -> list[Office]:
    """Main offices with doctors in the served municipalities: they take daytime acute
    demand when the legevakt has `daytime: gp_offices`."""
    if legevakt.daytime is not Daytime.gp_offices:
        return []
    staffed = {p.office for p in scenario.physicians}
    served = set(legevakt.municipalities)
    return [
        o
        for o in scenario.offices
        if o.branch_of is None and o.municipality in served and o.id in staffed
    ]


def doctor_coverage(scenario: Scenario, legevakt: Legevakt, holiday: int | None) -> np.ndarray:
    """Minutes with a doctor for legevakt: front shifts, plus open offices by day if so set."""
    shifts = shift_coverage(legevakt.shifts, FRONT, holiday)
    return shifts | office_coverage(daytime_offices(scenario, legevakt), holiday)


def served_week(legevakt: Legevakt, municipality: str, holiday: int | None = None) -> np.ndarray:
    """Minutes of the week in which `legevakt` serves `municipality`."""
    week = np.zeros(WEEK, dtype=bool)
    holidays = frozenset() if holiday is None else frozenset({holiday})
    for start, end in served_runs(legevakt.hours_for(municipality), holidays):
        _mark(week, start, end - start)
    return week


def _open_week(legevakt: Legevakt, holiday: int | None) -> np.ndarray:
    """Minutes of the week in which `legevakt` serves any of its municipalities."""
    weeks = [served_week(legevakt, m, holiday) for m in legevakt.municipalities]
    return np.logical_or.reduce(weeks)


def legevakt_24_7(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    for legevakt in ctx.scenario.legevakt:
        yield from _uncovered(rule, version, ctx.scenario, legevakt)
    served = {m for lv in ctx.scenario.legevakt for m in lv.municipalities}
    for m in ctx.scenario.municipalities:
        if m.id in served:
            yield from _unserved_hours(rule, version, ctx.scenario, m.id)
        else:
            yield finding(
                rule,
                version,
                m.id,
                "ingen legevakt betjener kommunen",
                "no legevakt serves the municipality",
                subject_kind=Subject.municipality,
            )


def _unserved_hours(
    rule: Rule, version: Version, scenario: Scenario, municipality: str
) -> Iterator[Finding]:
    """Hours of the week no legevakt serves `municipality` (`legevakt_gap_deliberate`)."""
    serving = [lv for lv in scenario.legevakt if municipality in lv.municipalities]
    week = gaps(np.logical_or.reduce([served_week(lv, municipality) for lv in serving]))
    if week:
        listed = ", ".join(describe(s, e) for s, e in week)
        yield finding(
            rule,
            version,
            municipality,
            f"ingen legevakt betjener kommunen {listed}",
            f"no legevakt serves the municipality {listed}",
            measured=round(sum(e - s for s, e in week) / 60, 2),
            limit=0,
            unit="h/week uncovered",
            subject_kind=Subject.municipality,
        )


def _needed(scenario: Scenario, legevakt: Legevakt, holiday: int | None) -> np.ndarray:
    """Minutes of the week with a doctor, or in which the legevakt serves no one."""
    return doctor_coverage(scenario, legevakt, holiday) | ~_open_week(legevakt, holiday)


def _uncovered(
    rule: Rule, version: Version, scenario: Scenario, legevakt: Legevakt
) -> Iterator[Finding]:
    week = gaps(_needed(scenario, legevakt, None))
    if week:
        hours = sum(e - s for s, e in week) / 60
        listed = ", ".join(describe(s, e) for s, e in week)
        yield finding(
            rule,
            version,
            legevakt.id,
            f"ingen lege på vakt {listed}",
            f"no doctor on duty {listed}",
            measured=round(hours, 2),
            limit=0,
            unit="h/week uncovered",
        )
        return
    holidays = {
        list(Weekday)[day].value: gaps(_needed(scenario, legevakt, day)) for day in range(6)
    }
    bad = {day: runs for day, runs in holidays.items() if runs}
    if bad:
        listed = "; ".join(
            f"{day}: " + ", ".join(describe(s, e) for s, e in runs) for day, runs in bad.items()
        )
        yield finding(
            rule,
            version,
            legevakt.id,
            f"ingen lege på vakt når en helligdag faller på {listed} (søndagsvaktene gjelder)",
            f"no doctor on duty when a public holiday falls on {listed} (Sunday shifts apply)",
            measured=round(max(sum(e - s for s, e in r) for r in bad.values()) / 60, 2),
            limit=0,
            unit="h/holiday uncovered",
        )


def unstaffed(
    scenario: Scenario, assignments: Iterable[Assignment], on: dt.date, catalogue: Catalogue
) -> Iterator[Finding]:
    """A breach per legevakt whose rota leaves places on its shifts without a doctor
    (`staffing.gaps: unstaffed`, or a pool that can place no doctor at all)."""
    rule = catalogue.rule(RULE_24_7)
    version = rule.version_on(on)
    empty: dict[str, list[Assignment]] = {}
    for a in assignments:
        if a.cover is Cover.unstaffed:
            empty.setdefault(a.legevakt, []).append(a)
    places = Counter(a.legevakt for a in assignments)
    for legevakt in scenario.legevakt:
        missing = empty.get(legevakt.id)
        if not missing:
            continue
        first = min(missing, key=lambda a: a.start)
        n, total = len(missing), places[legevakt.id]
        yield finding(
            rule,
            version,
            legevakt.id,
            f"{n} av {total} vaktplasser er uten lege (første {first.start:%d.%m.%Y %H:%M}); "
            "pasientene venter på neste lege på vakt",
            f"{n} of {total} places on shifts have no doctor (first {first.start:%Y-%m-%d %H:%M}); "
            "patients wait for the next doctor on duty",
            measured=n,
            limit=0,
            unit="empty places",
            start=first.start,
            end=max(a.end for a in missing),
        )
