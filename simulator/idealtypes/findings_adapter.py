"""The one place where the idealtypes meet the rules engine (simulator/rules): unmet
idealtype preconditions as the rules' `Finding`, and the catalogue rules that already cover a
precondition, run with the hours collaborations add."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from simulator.idealtypes.conditions import Unmet
from simulator.rules.catalogue import Kind, Severity, Source, Subject, Text
from simulator.rules.checks import check_scenario
from simulator.rules.findings import Finding, sort_findings
from simulator.scenario import Scenario

__all__ = [
    "Finding",
    "catalogue_findings",
    "plan_findings",
    "precondition_finding",
    "sort_findings",
]


def precondition_finding(unmet: Unmet) -> Finding:
    """The finding of an unmet precondition."""
    rule = unmet.rule
    return Finding(
        rule_id=rule.id,
        title=Text(nb=rule.nb, en=rule.en),
        source=Source(law=rule.law, paragraph=rule.paragraph, refs=list(rule.refs)),
        kind=Kind(rule.kind),
        severity=Severity(rule.severity),
        subject_kind=Subject(unmet.subject_kind),
        subject_id=unmet.subject_id,
        explanation=Text(nb=unmet.nb, en=unmet.en),
        measured=unmet.measured,
        limit=unmet.limit,
        unit=unmet.unit,
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
