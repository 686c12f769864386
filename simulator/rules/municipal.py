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
