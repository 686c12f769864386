"""Bakvakt (backup) for doctors on duty who lack the competence of kompetansekravforskriften
§ 3a (akuttmedisinforskriften § 7): in the plan and, shift by shift, in the rota."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from simulator.plan.assignment import Assignment
from simulator.rules.catalogue import Rule, Severity, Subject, Version
from simulator.rules.context import PlanContext, RotaContext
from simulator.rules.coverage import FRONT, describe, gaps, shift_coverage
from simulator.rules.duty import competent_alone, excused, pool, takers
from simulator.rules.findings import Finding, finding
from simulator.scenario.legevakt import LONGEST_SHIFT_HOURS, Legevakt, ShiftMode, ShiftTemplate
from simulator.scenario.physicians import Physician

BACKUP = frozenset({ShiftMode.backup})
LONGEST_SHIFT = dt.timedelta(hours=LONGEST_SHIFT_HOURS)


def _alone(p: Physician, version: Version) -> bool:
    return competent_alone(p.competence, version.parameters["alone_if_any_of"])


def plan_bakvakt(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    """A legevakt whose pool has doctors lacking § 3a competence needs bakvakt shifts over its
    front shifts and a competent doctor to take them."""
    for legevakt in ctx.scenario.legevakt:
        members = [p for p in pool(ctx.scenario, legevakt) if not excused(p, ctx.on, ctx.catalogue)]
        lacking = [p.id for p in members if not _alone(p, version)]
        if not lacking:
            continue
        names = ", ".join(lacking)
        backup = shift_coverage(legevakt.shifts, BACKUP)
        backups = [t for t in legevakt.shifts if t.mode is ShiftMode.backup]
        if not backup.any():
            yield finding(
                rule,
                version,
                legevakt.id,
                f"leger uten kompetanse for vakt uten bakvakt ({names}), men legevakten har "
                "ingen bakvakt",
                f"doctors without the competence to be on duty without bakvakt ({names}), but "
                "the legevakt has no bakvakt shift",
            )
            continue
        uncovered = gaps(backup | ~shift_coverage(legevakt.shifts, FRONT))
        if uncovered:
            listed = ", ".join(describe(s, e) for s, e in uncovered)
            yield finding(
                rule,
                version,
                legevakt.id,
                f"ingen bakvakt {listed}: {names} kan ikke settes opp da",
                f"no bakvakt {listed}: {names} cannot be rostered then",
                severity=Severity.warning,
                measured=round(sum(e - s for s, e in uncovered) / 60, 2),
                limit=0,
                unit="h/week",
            )
        if any(not _competent_takers(ctx, legevakt, t, members, version) for t in backups):
            yield finding(
                rule,
                version,
                legevakt.id,
                "ingen lege i vaktpuljen oppfyller kompetansekravet og kan ta bakvakt",
                "no doctor in the pool meets the competence requirement to take bakvakt",
            )


def _competent_takers(
    ctx: PlanContext,
    legevakt: Legevakt,
    template: ShiftTemplate,
    members: list[Physician],
    version: Version,
) -> list[str]:
    """The doctors not excused who may take bakvakt `template` and meet § 3a."""
    ids = {p.id for p in members if _alone(p, version)}
    return [p.id for p in takers(ctx.scenario, legevakt, template) if p.id in ids]


def rota_bakvakt(rule: Rule, version: Version, ctx: RotaContext) -> Iterator[Finding]:
    """Every front shift of a doctor lacking § 3a competence is covered minute by minute by
    bakvakt shifts of competent doctors at the same legevakt; bakvakt doctors are competent."""
    physicians = ctx.scenario.by_id("physicians")
    competent: dict[str, list[Assignment]] = defaultdict(list)
    front: list[tuple[Assignment, Version]] = []
    for a in sorted(ctx.assignments, key=lambda a: a.start):
        day_version = rule.version(a.start.date())
        if day_version is None:
            continue
        alone = _alone(physicians[a.physician], day_version)
        if a.mode is ShiftMode.backup:
            if alone:
                competent[a.legevakt].append(a)
            else:
                yield _incompetent_backup(rule, day_version, a)
        elif not alone:
            front.append((a, day_version))
    for a, day_version in front:
        missing = _minutes_without(a, competent[a.legevakt])
        if missing > 0:
            yield finding(
                rule,
                day_version,
                a.physician,
                f"på vakt {a.shift} ved {a.legevakt} uten kompetanse for vakt alene og uten "
                f"bakvakt i {missing} minutter",
                f"on shift {a.shift} at {a.legevakt} without the competence to work alone and "
                f"without bakvakt for {missing} minutes",
                subject_kind=Subject.physician,
                measured=missing,
                limit=0,
                unit="min",
                start=a.start,
                end=a.end,
            )


def _incompetent_backup(rule: Rule, version: Version, a: Assignment) -> Finding:
    return finding(
        rule,
        version,
        a.physician,
        f"bakvakt {a.shift} ved {a.legevakt}, men oppfyller ikke kompetansekravet selv",
        f"bakvakt {a.shift} at {a.legevakt} without meeting the competence requirement",
        subject_kind=Subject.physician,
        start=a.start,
        end=a.end,
    )


def _minutes_without(shift: Assignment, backups: list[Assignment]) -> int:
    """Minutes of `shift` not covered by any of `backups` (sorted by start)."""
    first = bisect.bisect_left(backups, shift.start - LONGEST_SHIFT, key=lambda b: b.start)
    last = bisect.bisect_left(backups, shift.end, key=lambda b: b.start)
    covered = dt.timedelta(0)
    cursor = shift.start
    for b in sorted(backups[first:last], key=lambda b: b.start):
        start, end = max(b.start, cursor), min(b.end, shift.end)
        if end > start:
            covered += end - start
            cursor = end
    return int((shift.end - shift.start - covered).total_seconds() // 60)
