"""Bakvakt on demand: a bakvakt template with `when_needed` is staffed only where a front doctor
lacking the competence of kompetansekravforskriften § 3a is on duty, the only duty for which
akuttmedisinforskriften § 7 requires a bakvakt. Its other places are dropped from the rota
made with them all, so they cost no on-call hours (dropping a duty never breaks a rule)."""

from __future__ import annotations

from simulator.plan.assignment import Assignment, Cover
from simulator.rota.competence import competent_alone
from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt, ShiftMode


def needed_only(
    scenario: Scenario, legevakt: Legevakt, assignments: list[Assignment]
) -> list[Assignment]:
    """`assignments` without the places of `when_needed` bakvakt templates that overlap no
    front duty of a pool doctor lacking § 3a competence (locums and neighbours have it)."""
    on_demand = {t.id for t in legevakt.shifts if t.when_needed}
    if not on_demand:
        return assignments
    physicians = scenario.by_id("physicians")
    lacking = [
        a
        for a in assignments
        if a.mode is not ShiftMode.backup
        and a.cover is Cover.pool
        and not competent_alone(physicians[a.physician], a.start.date())
    ]
    return [
        a
        for a in assignments
        if a.shift not in on_demand or any(f.start < a.end and a.start < f.end for f in lacking)
    ]
