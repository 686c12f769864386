"""Preconditions of the idealtypes as rule findings over a scenario.

The KS/Norut report names conditions some models depend on (salaried GPs for branch offices
and physician-led sykestuer, 4 [L1903–1924]); the law adds that meetings with the kommune
count within a GP's 7.5 h of other municipal tasks (fastlegeforskriften § 32). models/*.yaml
name the checks that find them under `preconditions[].checks`. Two are rules of the catalogue
(`branch-office-salaried`, `public-duties-max`), run here with the hours collaborations add;
the others each idealtype module declares and registers (`Idealtype.preconditions` for its
instances, `section_checks` for the scenario sections it builds on). A condition of a model the
municipality has chosen is `local_policy`, as the catalogue files `branch-office-salaried`; a
change of national policy is `guidance`.

`check_preconditions` gives the idealtype view; `check_plan` the whole static check of a plan
(the catalogue's rules with collaboration hours, plus the idealtypes' own checks), without
repeating a finding.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator

from simulator.idealtypes.findings_adapter import (
    Finding,
    catalogue_findings,
    plan_findings,
    precondition_finding,
    sort_findings,
)
from simulator.scenario import Scenario
from simulator.scenario.registry import IDEALTYPES, registered

BRANCH_SALARIED = "branch-office-salaried"  # rule catalogue ids
PUBLIC_DUTIES = "public-duties-max"


def check_preconditions(scenario: Scenario, on: dt.date | None = None) -> list[Finding]:
    """Every precondition finding of the scenario with the rules in force on `on` (default:
    the scenario's rules date): breaches first, then by rule and subject."""
    when = on or scenario.scenario.effective_rules_date
    catalogue = [f for check in CATALOGUE_CHECKS.values() for f in check(scenario, when)]
    return sort_findings(catalogue + _idealtype_findings(scenario, when))


def check_plan(scenario: Scenario, on: dt.date | None = None) -> list[Finding]:
    """The static rule check of a plan with its collaborations: the catalogue's rules, with
    the hours collaborations add to other municipal tasks, and the idealtypes' own checks."""
    when = on or scenario.scenario.effective_rules_date
    catalogue = plan_findings(scenario, when, collaboration_public_duty_hours(scenario))
    return sort_findings(catalogue + _idealtype_findings(scenario, when))


def _idealtype_findings(scenario: Scenario, on: dt.date) -> list[Finding]:
    """What the registered idealtypes' own checks find: those of the scenario's sections, then
    those of each collaboration."""
    sections = [
        unmet
        for idealtype in IDEALTYPES.values()
        for check in idealtype.section_checks.values()
        for unmet in check(scenario, on)
    ]
    instances = [
        unmet
        for c in scenario.collaborations
        for check in registered(c).preconditions.values()
        for unmet in check(c, scenario, on)
    ]
    return [precondition_finding(unmet) for unmet in sections + instances]


def precondition_checks() -> set[str]:
    """The rule id of every check: the catalogue's and those the idealtypes register."""
    own = {
        rule
        for idealtype in IDEALTYPES.values()
        for rule in (*idealtype.preconditions, *idealtype.section_checks)
    }
    return own | set(CATALOGUE_CHECKS)


def collaboration_public_duty_hours(scenario: Scenario) -> dict[str, float]:
    """Weekly hours per physician that collaborations impose within the 7.5 h of § 32: mandatory
    forums and time commitments marked `counts_as_public_duty`."""
    hours: dict[str, float] = defaultdict(float)
    for c in scenario.collaborations:
        weekly, who = registered(c).public_duty_hours(c, scenario)
        for physician in who:
            hours[physician] += weekly
    return dict(hours)


def forum_within_public_duties(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    """The catalogue's 7.5 h rule (§ 32, old § 12) for the GPs whose collaborations add hours
    to their other municipal tasks, counting those hours."""
    extra = collaboration_public_duty_hours(scenario)
    for found in catalogue_findings(scenario, on, PUBLIC_DUTIES, extra):
        if extra.get(found.subject_id, 0.0) > 0:
            yield found


def branch_office_salaried(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    """The catalogue's rule that branch offices are served by salaried GPs (report 2.1)."""
    yield from catalogue_findings(scenario, on, BRANCH_SALARIED, {})


CATALOGUE_CHECKS: dict[str, Callable[[Scenario, dt.date], Iterator[Finding]]] = {
    BRANCH_SALARIED: branch_office_salaried,
    PUBLIC_DUTIES: forum_within_public_duties,
}
