"""The three check points of MODEL.md §5: a plan, a rota and simulated timelines.

Each rule names its evaluator; the tables below map names to functions per check point, so a
rule is added by a catalogue record and (if new) one function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from simulator.plan.assignment import Assignment
from simulator.plan.timeline import Timeline
from simulator.rules import (
    bakvakt,
    coverage,
    exemptions,
    municipal,
    plan_physicians,
    rota_checks,
    timeline_checks,
)
from simulator.rules.catalogue import Catalogue, Check, Rule, Version, load_catalogue
from simulator.rules.context import (
    PlanContext,
    PlanEvaluator,
    RotaContext,
    RotaEvaluator,
    TimelineContext,
    TimelineEvaluator,
)
from simulator.rules.findings import Finding, sort_findings
from simulator.rules.kpi import check_kpi
from simulator.rules.stacked import stacks
from simulator.scenario import Scenario

PLAN: dict[str, PlanEvaluator] = {
    "list_ceiling_max": plan_physicians.list_ceiling_max,
    "list_ceiling_min": plan_physicians.list_ceiling_min,
    "public_duties": plan_physicians.public_duties,
    "agreement_age": plan_physicians.agreement_age,
    "salaried_list": plan_physicians.salaried_list,
    "branch_salaried": plan_physicians.branch_salaried,
    "exemption_right": exemptions.plan_exemption_right,
    "exemption_consideration": exemptions.exemption_consideration,
    "legevakt_24_7": coverage.legevakt_24_7,
    "bakvakt": bakvakt.plan_bakvakt,
    "kommuneoverlege": municipal.kommuneoverlege,
    "kommuneoverlege_position": municipal.kommuneoverlege_position,
    "kad": municipal.kad,
}
ROTA: dict[str, RotaEvaluator] = {
    "exemption_right": exemptions.rota_exemption_right,
    "bakvakt": bakvakt.rota_bakvakt,
    "rest_after_duty": rota_checks.rota_rest,
    "shift_frequency": rota_checks.shift_frequency,
    "nights_per_month": rota_checks.nights_per_month,
}
TIMELINE: dict[str, TimelineEvaluator] = {
    "rest_after_duty": timeline_checks.timeline_rest,
    "oncall_class": timeline_checks.oncall_class,
    "aml_window_total": timeline_checks.aml_window_total,
    "aml_rest": timeline_checks.aml_rest,
}
EVALUATORS: dict[Check, Mapping[str, Callable[..., Any]]] = {
    Check.scenario: PLAN,
    Check.rota: ROTA,
    Check.timeline: TIMELINE,
    Check.kpi: {"kpi_share": check_kpi},  # called by the engine with a measured share
}


def _evaluated(check: Check, context: Any, catalogue: Catalogue) -> list[tuple[Rule, Version]]:
    """The rule versions of `check` in force on the context's date that have an evaluator."""
    return [(r, v) for r, v in catalogue.for_check(check, context.on) if r.evaluator is not None]


def _run(check: Check, context: Any, catalogue: Catalogue) -> list[Finding]:
    findings: list[Finding] = []
    for rule, version in _evaluated(check, context, catalogue):
        findings.extend(EVALUATORS[check][rule.evaluator](rule, version, context))
    return sort_findings(findings)


def check_scenario(
    scenario: Scenario,
    on: dt.date | None = None,
    extra_public_duty_hours: Mapping[str, float] | None = None,
    catalogue: Catalogue | None = None,
) -> list[Finding]:
    """Static checks of the plan with the rule versions in force on `on` (default: the
    scenario's rules date). `extra_public_duty_hours` adds weekly hours per physician id that
    count as other municipal tasks, such as meetings with the kommune."""
    catalogue = catalogue or load_catalogue()
    context = PlanContext(
        scenario,
        on or scenario.scenario.effective_rules_date,
        catalogue,
        extra_public_duty_hours or {},
    )
    return _run(Check.scenario, context, catalogue)


def check_rota(
    scenario: Scenario,
    assignments: list[Assignment],
    on: dt.date | None = None,
    catalogue: Catalogue | None = None,
) -> list[Finding]:
    """Checks of rota assignments. Rules tied to a shift's date (exemptions, competence) use
    the version in force on that date; the others the version in force on `on`."""
    catalogue = catalogue or load_catalogue()
    _known_physicians(scenario, {a.physician for a in assignments})
    context = RotaContext(
        scenario, on or scenario.scenario.effective_rules_date, catalogue, assignments
    )
    return _run(Check.rota, context, catalogue)


def check_timelines(
    scenario: Scenario,
    timelines: list[Timeline],
    on: dt.date | None = None,
    catalogue: Catalogue | None = None,
) -> list[Finding]:
    """Checks of simulated physician timelines with the versions in force on `on`."""
    catalogue = catalogue or load_catalogue()
    context = TimelineContext(
        scenario, on or scenario.scenario.effective_rules_date, catalogue, timelines
    )
    rules = _evaluated(Check.timeline, context, catalogue)
    found: list[list[Finding]] = [[] for _ in rules]
    for chunk in stacks(context.prepared):  # every rule on a stack before the next is made
        for out, (rule, version) in zip(found, rules, strict=True):
            out.extend(TIMELINE[rule.evaluator](rule, version, context, chunk))
    return sort_findings([f for out in found for f in out])  # rule by rule, as `_run` has them


def _known_physicians(scenario: Scenario, ids: set[str]) -> None:
    unknown = sorted(ids - {p.id for p in scenario.physicians})
    if unknown:
        raise ValueError(f"rota names physicians not in the scenario: {', '.join(unknown)}")
