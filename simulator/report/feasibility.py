"""Is the plan possible at all? The banner at the top of the report and the terminal output:
per plan, the legevakter without a legal rota and the shifts left without a doctor, the
plan-level rule breaches of `samsim check` and the breaches found in the simulated
timelines, each with its first reasons and paragraphs.

How many shifts locums, a neighbour or nobody take is read from the staffing KPIs of the
results (simulator.engine.gap_cover, after the warm-up, as the summary shows them): one source
for both. Which four-week periods have no legal rota, and the paragraphs why, come from the
warnings the rota solver gave while the plans were prepared (simulator.experiment.notices);
they are English log lines, so only their counts and the paragraphs they cite are taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from simulator.idealtypes.preconditions import check_plan
from simulator.report.i18n import Translator
from simulator.report.units import Unit, number
from simulator.rules.catalogue import paragraph_in
from simulator.scenario import Scenario

# Who takes the shifts the own pool cannot staff, by KPI (engine.gap_cover), worst first.
COVER = ("unstaffed_shifts", "neighbour_shifts", "locum_shifts")
EACH = "banner.each"  # the counts of a sentence shared by several legevakter are each one's
REGION = "all"  # the whole region's scope (report.kpis.ALL, which imports this module)
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
    kpis: pd.DataFrame,
    t: Translator,
) -> dict[str, list[str]]:
    """The sentences of the banner by plan (`warnings` are the rota warnings by plan, `kpis`
    the summary table of the results); a plan without problems is left out."""
    found: dict[str, list[str]] = {}
    for plan in plans:
        lines = [*_staffing(plan, warnings.get(plan.name, ()), _means(kpis, plan.name), t)]
        lines += _breaches(plan.name, checked, "banner.plan_breaches", t)
        lines += _breaches(plan.name, simulated, "banner.simulated_breaches", t)
        if lines:
            found[plan.name] = lines
    return found


def _means(kpis: pd.DataFrame, plan: str) -> dict[str, float]:
    """The plan's whole-region KPI means by name."""
    rows = kpis[(kpis["variant"] == plan) & (kpis["scope"] == REGION)]
    return dict(zip(rows["kpi"], rows["mean"].astype(float), strict=True))


def _staffing(
    plan: NamedPlan, warnings: Sequence[str], means: Mapping[str, float], t: Translator
) -> list[str]:
    """One sentence per staffing problem, naming together the legevakter it applies to."""
    by_problem: dict[str, list[str]] = {}
    weeks = plan.scenario.scenario.weeks
    for legevakt in plan.scenario.legevakt:
        notes = [w for w in warnings if w.startswith(f"{legevakt.id}:")]
        cover = {name: means.get(f"legevakt.{legevakt.id}.staffing.{name}", 0.0) for name in COVER}
        if problem := _staffing_problem(notes, cover, weeks, t):
            by_problem.setdefault(problem, []).append(legevakt.name)
    return [
        f"{t.join(names)}{f' ({t(EACH)})' if len(names) > 1 else ''}: {problem}"
        for problem, names in by_problem.items()
    ]


def _staffing_problem(
    notes: Sequence[str], cover: Mapping[str, float], weeks: int, t: Translator
) -> str:
    """The own pool's illegal periods, then who takes the shifts it cannot staff: nobody, a
    neighbour or locums, as the KPIs count them."""
    periods = sum(NO_ROTA in n for n in notes)
    cited = sorted({c for n in notes for c in CITED.findall(n)})
    parts = [t("banner.no_legal_rota", periods=periods)] if periods else []
    for name, shifts in cover.items():
        if shifts > 0:
            count = number(shifts, Unit.count, t, 0 if shifts >= 1 else None)
            parts.append(t(f"banner.cover.{name}", shifts=count, weeks=weeks))
    if any(EMPTY_FILE in n for n in notes):
        parts.append(t("banner.empty_rota_file"))
    if not parts:
        return ""
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
