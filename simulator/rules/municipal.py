"""Duties of each municipality: a kommuneoverlege and acute 24-hour beds (KAD)."""

from __future__ import annotations

from collections.abc import Iterator

from simulator.rules.catalogue import Rule, Version
from simulator.rules.context import PlanContext
from simulator.rules.findings import Finding, finding
from simulator.scenario import Scenario
from simulator.scenario.physicians import Role
from simulator.scenario.registry import registered


def kommuneoverlege_cover(scenario: Scenario) -> set[str]:
    """Municipalities with a kommuneoverlege: a physician's KOL share, a physician in the
    kommuneoverlege role at an office there, or a shared-KOL collaboration."""
    offices = {o.id: o.municipality for o in scenario.offices}
    covered = {share.municipality for p in scenario.physicians for share in p.kommuneoverlege}
    covered |= {
        offices[p.office]
        for p in scenario.physicians
        if p.role is Role.kommuneoverlege and p.office is not None
    }
    for c in scenario.collaborations:
        covered |= set(registered(c).kommuneoverlege(c))
    return covered


def kommuneoverlege(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    covered = kommuneoverlege_cover(ctx.scenario)
    for m in ctx.scenario.municipalities:
        if m.id not in covered:
            yield finding(
                rule,
                version,
                m.id,
                "kommunen har ingen kommuneoverlege, heller ikke delt med andre kommuner",
                "the municipality has no kommuneoverlege, not even shared with others",
            )


def kommuneoverlege_fte(scenario: Scenario) -> dict[str, float]:
    """Kommuneoverlege FTE per municipality: the physicians' own shares, a physician in the
    role (their FTE), and shared positions split as the collaboration says (else by people)."""
    offices = {o.id: o.municipality for o in scenario.offices}
    fte: dict[str, float] = {}
    for p in scenario.physicians:
        for share in p.kommuneoverlege:
            fte[share.municipality] = fte.get(share.municipality, 0.0) + share.fte
        if p.role is Role.kommuneoverlege and p.office is not None and not p.kommuneoverlege:
            fte[offices[p.office]] = fte.get(offices[p.office], 0.0) + p.fte
    for c in scenario.collaborations:
        for m, share in registered(c).kommuneoverlege_fte(c, scenario).items():
            fte[m] = fte.get(m, 0.0) + share
    return fte


def kommuneoverlege_position(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    """A position below the recommendation: a full post from `full_post_from` inhabitants, and
    at least one FTE per `gps_per_fte` GPs (a municipality without one is the law's finding)."""
    fte = kommuneoverlege_fte(ctx.scenario)
    covered = kommuneoverlege_cover(ctx.scenario)
    offices = {o.id: o.municipality for o in ctx.scenario.offices}
    gps: dict[str, int] = {}
    for p in ctx.scenario.physicians:
        if p.office and p.list_size:
            gps[offices[p.office]] = gps.get(offices[p.office], 0) + 1
    full_from, per_fte = version.parameters["full_post_from"], version.parameters["gps_per_fte"]
    for m in ctx.scenario.municipalities:
        wanted = max(1.0 if m.population >= full_from else 0.0, gps.get(m.id, 0) / per_fte)
        have = fte.get(m.id, 0.0)
        if m.id in covered and have < wanted - 1e-9:
            yield finding(
                rule,
                version,
                m.id,
                f"kommuneoverlegestilling {have:.0%} av et årsverk, anbefalt {wanted:.0%}",
                f"kommuneoverlege position {have:.0%} of an FTE, recommended {wanted:.0%}",
                measured=round(have, 3),
                limit=round(wanted, 3),
                unit="fte",
            )


def kad_cover(scenario: Scenario, mental_health: bool) -> set[str]:
    """Municipalities served by a KAD unit (for mental health: one that takes those patients),
    directly or through a kad_unit collaboration."""
    units = {k.id: k for k in scenario.kad if k.mental_health or not mental_health}
    covered = {m for k in units.values() for m in k.municipalities}
    for c in scenario.collaborations:
        if any(kind == "kad" and item in units for kind, item in registered(c).governs(c)):
            covered |= set(c.municipalities)
    return covered


PATIENTS = {
    "somatic": ("somatiske pasienter", "somatic patients"),
    "mental_health": (
        "pasienter med psykisk helse- og rusproblemer",
        "mental health and substance use patients",
    ),
}


def kad(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    patients = version.parameters["patients"]
    covered = kad_cover(ctx.scenario, mental_health=patients == "mental_health")
    nb, en = PATIENTS[patients]
    for m in ctx.scenario.municipalities:
        if m.id not in covered:
            yield finding(
                rule,
                version,
                m.id,
                f"ingen KAD-plass (øyeblikkelig hjelp døgnopphold) for {nb}",
                f"no KAD beds (acute 24-hour stays) for {en}",
            )
