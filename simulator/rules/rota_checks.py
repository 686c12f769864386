"""Checks of a rota per doctor: rest between duties, and the local frequency and night limits.

Shifts of one doctor that touch or overlap form one duty (a Saturday day shift followed by the
Saturday night shift is one duty), so rest and frequency are judged between duties.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from simulator.plan.assignment import Assignment
from simulator.plan.rest_after_duty import rest_follows
from simulator.rules.catalogue import Rule, Version
from simulator.rules.context import RotaContext, TimelineContext
from simulator.rules.findings import Finding, finding
from simulator.scenario.base import clock_minutes

HOUR = dt.timedelta(hours=1)
REST_RULE = "rest-between-work-periods"


@dataclass(frozen=True)
class Duty:
    physician: str
    start: dt.datetime
    end: dt.datetime
    rested: bool = True  # rest is due after it (`simulator.plan.rest_after_duty`)


def duties(assignments: list[Assignment]) -> dict[str, list[Duty]]:
    """Each doctor's duties in time order: touching or overlapping shifts merged."""
    by_doctor: dict[str, list[Assignment]] = defaultdict(list)
    for a in assignments:
        by_doctor[a.physician].append(a)
    merged: dict[str, list[Duty]] = {}
    for doctor, shifts in by_doctor.items():
        runs: list[Duty] = []
        for a in sorted(shifts, key=lambda a: a.start):
            rested = rest_follows(a.mode)
            if runs and a.start <= runs[-1].end:
                last = runs[-1]
                rested = rested if a.end >= last.end else last.rested
                runs[-1] = Duty(doctor, last.start, max(last.end, a.end), rested)
            else:
                runs.append(Duty(doctor, a.start, a.end, rested))
        merged[doctor] = runs
    return merged


def rest_hours(version: Version, ctx: RotaContext | TimelineContext) -> float | None:
    """The rest a version asks for: its own `hours`, or the scenario policy field it names
    when that asks for more than SFS 2305 § 7.4 (otherwise None: nothing to check)."""
    if "hours" in version.parameters:
        return version.parameters["hours"]
    wanted = getattr(ctx.scenario.policy, version.parameters["policy_field"])
    agreement = ctx.catalogue.rule(REST_RULE).version(ctx.on)
    floor = agreement.parameters["hours"] if agreement else 0
    return wanted if wanted > floor else None


def rota_rest(rule: Rule, version: Version, ctx: RotaContext) -> Iterator[Finding]:
    hours = rest_hours(version, ctx)
    if hours is None:
        return
    for doctor, runs in duties(ctx.assignments).items():
        for before, after in itertools.pairwise(runs):
            gap = (after.start - before.end) / HOUR
            if gap < hours and before.rested:
                yield finding(
                    rule,
                    version,
                    doctor,
                    f"bare {gap:g} timer fri mellom vakter",
                    f"only {gap:g} hours off between duties",
                    measured=round(gap, 2),
                    limit=hours,
                    unit="h",
                    start=before.end,
                    end=after.start,
                )


def shift_frequency(rule: Rule, version: Version, ctx: RotaContext) -> Iterator[Finding]:
    """At most one duty starting in any `max_shift_frequency_days` calendar days."""
    days = ctx.scenario.policy.max_shift_frequency_days
    if days is None:
        return
    for doctor, runs in duties(ctx.assignments).items():
        for before, after in itertools.pairwise(runs):
            apart = (after.start.date() - before.start.date()).days
            if apart < days:
                yield finding(
                    rule,
                    version,
                    doctor,
                    f"vakter med {apart} dagers mellomrom; lokal norm er høyst én vakt per "
                    f"{days} dager",
                    f"duties {apart} days apart; the local policy is at most one duty in any "
                    f"{days} days",
                    measured=apart,
                    limit=days,
                    unit="days",
                    start=before.start,
                    end=after.end,
                )


def nights_worked(runs: list[Duty], version: Version) -> set[dt.date]:
    """Evenings `d` whose night (d night_start to d+1 night_end) the duties cover for more than
    `min_night_hours`."""
    start = dt.timedelta(minutes=clock_minutes(version.parameters["night_start"]))
    end = dt.timedelta(days=1, minutes=clock_minutes(version.parameters["night_end"]))
    minimum = version.parameters["min_night_hours"] * HOUR
    nights: Counter[dt.date] = Counter()
    for duty in runs:
        day = duty.start.date() - dt.timedelta(days=1)
        while day <= duty.end.date():
            midnight = dt.datetime.combine(day, dt.time())
            overlap = min(duty.end, midnight + end) - max(duty.start, midnight + start)
            if overlap > dt.timedelta(0):
                nights[day] += int(overlap / dt.timedelta(minutes=1))
            day += dt.timedelta(days=1)
    return {day for day, minutes in nights.items() if minutes > minimum / dt.timedelta(minutes=1)}


def nights_per_month(rule: Rule, version: Version, ctx: RotaContext) -> Iterator[Finding]:
    limit = ctx.scenario.policy.max_nights_per_month
    if limit is None:
        return
    for doctor, runs in duties(ctx.assignments).items():
        per_month = Counter((d.year, d.month) for d in nights_worked(runs, version))
        for (year, month), count in sorted(per_month.items()):
            if count > limit:
                first = dt.datetime(year, month, 1)
                following = dt.datetime(year + month // 12, month % 12 + 1, 1)
                yield finding(
                    rule,
                    version,
                    doctor,
                    f"{count} nattevakter i {year}-{month:02d}; lokal norm er høyst {limit}",
                    f"{count} night duties in {year}-{month:02d}; the local policy is at most "
                    f"{limit}",
                    measured=count,
                    limit=limit,
                    unit="nights/month",
                    start=first,
                    end=following,
                )
