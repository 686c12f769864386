"""Is the plan possible at all? The banner at the top of the report and the terminal output:
per plan, the legevakter without a legal rota and the shifts left without a doctor, the
plan-level rule breaches of `samsim check` and the breaches found in the simulated
timelines, each with its first reasons and paragraphs.

Staffing is read from the warnings the rota solver gave while the plans were prepared
(simulator.experiment.notices); they are English log lines, so only their numbers and the
paragraphs they cite are taken into the banner's sentences, which say who takes the places the
own pool cannot staff (the legevakt's gap policy: locums, a neighbour, or nobody).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from simulator.idealtypes.preconditions import check_plan
from simulator.report.i18n import Translator
from simulator.rules.catalogue import paragraph_in
from simulator.scenario import Scenario

GAPS = re.compile(r"cannot staff (\d+) places on (\d+) shifts")  # rota.gaps.gap_note
NO_ROTA = "no legal rota"
EMPTY_FILE = "places NO doctor"  # rota.rotation: a rota file without a doctor for the period
CITED = re.compile(r"\(([^()]*§[^()]*)\)")


@dataclass(frozen=True)
class NamedPlan:
    name: str
    scenario: Scenario


def plan_findings(plans: Iterable[NamedPlan]) -> list[dict[str, Any]]:
    """`samsim check` findings of each plan on its rules date, as finding dictionaries."""
    return [
        {"variant": p.name, "replication": None, **finding.to_json()}
        for p in plans
        for finding in check_plan(p.scenario, p.scenario.scenario.effective_rules_date)
    ]


def problems(
    plans: Sequence[NamedPlan],
    warnings: Mapping[str, Sequence[str]],
    checked: Sequence[Mapping[str, Any]],
    simulated: Sequence[Mapping[str, Any]],
    t: Translator,
) -> dict[str, list[str]]:
    """The sentences of the banner by plan (`warnings` are the rota warnings by plan); a plan
    without problems is left out."""
    found: dict[str, list[str]] = {}
    for plan in plans:
        lines = [*_staffing(plan, warnings.get(plan.name, ()), t)]
        lines += _breaches(plan.name, checked, "banner.plan_breaches", t)
        lines += _breaches(plan.name, simulated, "banner.simulated_breaches", t)
        if lines:
            found[plan.name] = lines
    return found


def _staffing(plan: NamedPlan, warnings: Sequence[str], t: Translator) -> list[str]:
    """One sentence per staffing problem, naming together the legevakter it applies to."""
    by_problem: dict[str, list[str]] = {}
    for legevakt in plan.scenario.legevakt:
        notes = [w for w in warnings if w.startswith(f"{legevakt.id}:")]
        if notes:
            problem = _staffing_problem(notes, legevakt.staffing.gaps.value, t)
            by_problem.setdefault(problem, []).append(legevakt.name)
    return [f"{t.join(names)}: {problem}" for problem, names in by_problem.items()]


def _staffing_problem(notes: Sequence[str], gaps: str, t: Translator) -> str:
    """The own pool's illegal periods, then who takes the places it cannot staff: locums, a
    neighbour, or nobody (the legevakt's `staffing.gaps`)."""
    periods = sum(NO_ROTA in n for n in notes)
    short = next((m for n in notes if (m := GAPS.search(n))), None)
    cited = sorted({c for n in notes for c in CITED.findall(n)})
    parts = [t("banner.no_legal_rota", periods=periods)] if periods else []
    if short:
        parts.append(t(f"banner.gaps.{gaps}", places=short[1], shifts=short[2]))
    if any(EMPTY_FILE in n for n in notes):
        parts.append(t("banner.empty_rota_file"))
    return " ".join(parts) + (f" ({'; '.join(cited)})" if cited else "")


def _breaches(
    plan: str, findings: Sequence[Mapping[str, Any]], key: str, t: Translator
) -> list[str]:
    """One sentence: how many rules are broken, the first in words with its paragraph."""
    rules: dict[str, str] = {}
    for f in findings:
        if f.get("variant") == plan and f.get("severity") == "breach":
            rules.setdefault(str(f.get("rule_id")), _titled(f, t.lang))
    if not rules:
        return []
    return [t(key, rules=len(rules), first=next(iter(rules.values())))]


def _titled(finding: Mapping[str, Any], lang: str) -> str:
    title = finding.get("title")
    text = title.get(lang, "") if isinstance(title, Mapping) else str(title or "")
    source = finding.get("source")
    if isinstance(source, Mapping) and source.get("paragraph"):
        paragraph = paragraph_in(str(source["paragraph"]), lang)
        text += f" ({source.get('law', '')} {paragraph})".replace("( ", "(")
    return text or str(finding.get("rule_id"))
