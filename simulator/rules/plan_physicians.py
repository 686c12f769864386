"""Static checks of each physician in a plan: lists, other municipal tasks, agreement age,
employment on branch-office service."""

from __future__ import annotations

from collections.abc import Iterator

from simulator.rules.catalogue import Rule, Severity, Version
from simulator.rules.context import PlanContext
from simulator.rules.findings import Finding, finding
from simulator.scenario.physicians import Employment, Physician, Role
from simulator.scenario.registry import registered

LIST_WORDS = {True: ("listetak", "list ceiling"), False: ("listelengde", "list size")}


def _gps(ctx: PlanContext) -> Iterator[Physician]:
    return (p for p in ctx.scenario.physicians if p.role is Role.gp)


def list_ceiling_max(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    limit = version.parameters["max"]
    for p in ctx.scenario.physicians:
        ceiling = p.list_ceiling or 0
        size = max(ceiling, p.list_size)
        if size > limit:
            what_nb, what_en = LIST_WORDS[ceiling >= p.list_size]
            yield finding(
                rule,
                version,
                p.id,
                f"{what_nb} {size} er over høyeste tillatte {limit}",
                f"{what_en} {size} is above the maximum of {limit}",
                measured=size,
                limit=limit,
                unit="persons",
            )


def list_ceiling_min(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    limit = version.parameters["min_without_agreement"]
    for p in ctx.scenario.physicians:
        ceiling = p.list_ceiling
        if ceiling is not None and 0 < ceiling < limit and not p.list_ceiling_agreed:
            yield finding(
                rule,
                version,
                p.id,
                f"listetak {ceiling} er under {limit} uten avtale med kommunen "
                "(sett list_ceiling_agreed)",
                f"list ceiling {ceiling} is below {limit} without an agreement with the "
                "kommune (set list_ceiling_agreed)",
                measured=ceiling,
                limit=limit,
                unit="persons",
            )


def public_duties(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    """Other municipal tasks plus any extra weekly hours passed in (meetings with the kommune
    count within the limit), against 7.5 h × FTE (at most 1)."""
    per_week = version.parameters["max_hours_per_week"]
    for p in _gps(ctx):
        hours = sum(d.hours_per_week for d in p.public_duties)
        hours += ctx.extra_public_duty_hours.get(p.id, 0.0)
        limit = round(per_week * min(p.fte, 1.0), 2)
        if hours > limit + 1e-9:
            yield finding(
                rule,
                version,
                p.id,
                f"{hours:g} t/uke andre kommunale oppgaver, over {limit:g} t for {p.fte:g} "
                "årsverk; mer krever legens samtykke",
                f"{hours:g} h/week of other municipal tasks, above {limit:g} h for "
                f"{p.fte:g} FTE; more needs the GP's consent",
                measured=round(hours, 2),
                limit=limit,
                unit="h/week",
            )


def agreement_age(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    end_age = version.parameters["end_age"]
    last_age = version.parameters["max_extension_age"]
    for p in _gps(ctx):
        age = p.age_on(ctx.on)
        if p.list_size == 0 or age < end_age:
            continue
        if age >= last_age:
            yield finding(
                rule,
                version,
                p.id,
                f"fastlegen er {age} år; avtalen kan ikke forlenges til {last_age} år",
                f"the GP is {age}; the agreement cannot be extended to age {last_age}",
                measured=age,
                limit=last_age,
                unit="years",
            )
        else:
            yield finding(
                rule,
                version,
                p.id,
                f"fastlegen er {age} år: avtalen forutsetter tidsbegrenset forlengelse",
                f"the GP is {age}: the agreement needs a time-limited extension",
                severity=Severity.info,
                measured=age,
                limit=end_age,
                unit="years",
            )


def salaried_list(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    limit = version.parameters["max_list"]
    for p in _gps(ctx):
        if p.employment is Employment.salaried and p.list_size > limit:
            yield finding(
                rule,
                version,
                p.id,
                f"fastlønnet fastlege med liste på {p.list_size}; full stilling kan ikke "
                f"betinge mer enn {limit}",
                f"salaried GP with a list of {p.list_size}; a full-time post cannot be "
                f"conditioned on more than {limit}",
                measured=p.list_size,
                limit=limit,
                unit="persons",
            )


def branch_salaried(rule: Rule, version: Version, ctx: PlanContext) -> Iterator[Finding]:
    """Doctors with branch-office days, and doctors named by a branch-office collaboration,
    must be salaried."""
    required = Employment(version.parameters["employment"])
    named = {pid for c in ctx.scenario.collaborations for pid in registered(c).branch_physicians(c)}
    for p in ctx.scenario.physicians:
        if (p.branch_days or p.id in named) and p.employment is not required:
            yield finding(
                rule,
                version,
                p.id,
                "betjener utekontor, men er ikke fastlønnet; modellen forutsetter "
                "kommunalt ansatte fastleger",
                "serves a branch office but is not salaried; the model presupposes salaried GPs",
                measured=p.employment.value,
                limit=required.value,
            )
