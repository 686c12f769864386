"""Exemption from legevakt: in the plan (a pool member who may refuse) and in the rota (an
exempt doctor on a shift)."""

from __future__ import annotations

from collections.abc import Iterator

from simulator.rules.catalogue import Rule, Severity, Version
from simulator.rules.context import PlanContext, RotaContext
from simulator.rules.duty import all_pool_members, exemption_applies, exemption_rules
from simulator.rules.findings import Finding, finding


def plan_exemption_right(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    """A warning per pool member covered by the exemption who has not opted in: the rota may
    not count on them. (Rostering them is the breach; see `rota_exemption_right`.)"""
    for p in all_pool_members(ctx.scenario):
        if not p.opted_in and exemption_applies(p, rule, version, ctx.on):
            nb, en = _ground(version, p.age_on(ctx.on))
            yield finding(
                rule,
                version,
                p.id,
                f"i legevaktpuljen med rett til fritak ({nb}) og har ikke valgt å delta",
                f"in the legevakt pool with a right to exemption ({en}) and has not opted in",
                severity=Severity.warning,
                measured=p.age_on(ctx.on) if "age" in version.parameters else None,
                limit=version.parameters.get("age"),
                unit="years" if "age" in version.parameters else "",
            )


def rota_exemption_right(rule: Rule, version: Version, ctx: RotaContext) -> Iterator[Finding]:
    """A breach per shift given to a doctor covered by the exemption on the shift's first day
    (the version in force that day applies) who has not opted in."""
    physicians = ctx.scenario.by_id("physicians")
    for a in ctx.assignments:
        p = physicians[a.physician]
        day = a.start.date()
        day_version = rule.version(day)
        if p.opted_in or day_version is None:
            continue
        if exemption_applies(p, rule, day_version, day):
            nb, en = _ground(day_version, p.age_on(day))
            yield finding(
                rule,
                day_version,
                p.id,
                f"satt opp på vakt {a.shift} ved {a.legevakt} tross rett til fritak ({nb})",
                f"rostered on shift {a.shift} at {a.legevakt} despite a right to exemption ({en})",
                start=a.start,
                end=a.end,
            )


def exemption_consideration(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    """Information on pool members from the consideration age who are not exempt: an
    application on health or social grounds must give their age particular weight."""
    age_limit = version.parameters["age"]
    for p in all_pool_members(ctx.scenario):
        age = p.age_on(ctx.on)
        if age >= age_limit and not exemption_rules(p, ctx.on, ctx.catalogue):
            yield finding(
                rule,
                version,
                p.id,
                f"{age} år: en søknad om fritak av helsemessige eller sosiale grunner skal "
                "vektlegge alderen særlig",
                f"aged {age}: an application for exemption on health or social grounds must "
                "give the age particular weight",
                severity=Severity.info,
                measured=age,
                limit=age_limit,
                unit="years",
            )


GROUNDS = {
    "pregnancy": ("graviditet", "pregnancy"),
    "breastfeeding": ("amming", "breastfeeding"),
}
GRANTED = ("innvilget fritak", "granted exemption")


def _ground(version: Version, age: int) -> tuple[str, str]:
    """The ground of the exemption in a few words, (nb, en)."""
    limit = version.parameters.get("age")
    if limit is not None:
        return f"{age} år, grense {limit}", f"aged {age}, limit {limit}"
    kind = version.parameters["exemption_kind"]
    return GROUNDS.get(kind, GRANTED) if isinstance(kind, str) else GRANTED
