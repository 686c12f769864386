"""The one place where the idealtypes meet the rules engine (simulator/rules): findings of
idealtype preconditions in the rules' `Finding` type, and the catalogue rules that already
cover a precondition, run with the hours collaborations add."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from simulator.rules.catalogue import Kind, Severity, Source, Subject, Text
from simulator.rules.checks import check_scenario
from simulator.rules.findings import Finding, sort_findings
from simulator.scenario import Scenario

__all__ = [
    "Finding",
    "Kind",
    "PreconditionRule",
    "Severity",
    "Source",
    "Subject",
    "Text",
    "catalogue_findings",
    "plan_findings",
    "precondition_finding",
    "sort_findings",
]


@dataclass(frozen=True)
class PreconditionRule:
    """A precondition of an idealtype that is not in the rule catalogue: what it asks, where
    it comes from, how much a breach weighs."""

    id: str
    title: Text
    source: Source
    kind: Kind
    severity: Severity


def precondition_finding(
    rule: PreconditionRule,
    subject_kind: Subject,
    subject_id: str,
    nb: str,
    en: str,
    *,
    measured: float | None = None,
    limit: float | None = None,
    unit: str = "",
) -> Finding:
    return Finding(
        rule_id=rule.id,
        title=rule.title,
        source=rule.source,
        kind=rule.kind,
        severity=rule.severity,
        subject_kind=subject_kind,
        subject_id=subject_id,
        explanation=Text(nb=nb, en=en),
        measured=measured,
        limit=limit,
        unit=unit,
    )


def plan_findings(
    scenario: Scenario, on: dt.date, extra_public_duty_hours: Mapping[str, float]
) -> list[Finding]:
    """The catalogue's static checks of a plan with the rules in force on `on`."""
    return check_scenario(scenario, on, extra_public_duty_hours=extra_public_duty_hours)


def catalogue_findings(
    scenario: Scenario, on: dt.date, rule_id: str, extra_public_duty_hours: Mapping[str, float]
) -> list[Finding]:
    """Findings of one catalogue rule."""
    found = plan_findings(scenario, on, extra_public_duty_hours)
    return [f for f in found if f.rule_id == rule_id]
