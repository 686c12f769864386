"""What a reader sees without scrolling: the feasibility banner and the decision summary,
above the table of contents."""

from __future__ import annotations

from simulator.report import decision, differences, findings
from simulator.report.feasibility import NamedPlan, problems
from simulator.report.html import Cell, escape, table, tag
from simulator.report.i18n import Translator
from simulator.report.kpis import ALL
from simulator.report.results import ResultSet

SECTION_ID = "decision"


def banner(results: ResultSet, t: Translator) -> str:
    """Per plan that cannot be carried out legally, why, with a link to the rule section."""
    plans = [NamedPlan(v.name, v.scenario) for v in results.variants]
    found = problems(
        plans, results.warnings, results.checked, results.findings(), results.summary, t
    )
    if not found:
        return ""
    several = len(results.variants) > 1
    link = tag("a", escape(t("section.findings")), href=f"#{findings.SECTION_ID}")
    title = tag("strong", escape(t("banner.title")))
    body = tag("p", f"{title}. {escape(t('banner.see'))} {link}.")
    for plan, lines in found.items():
        text = " · ".join(lines)
        body += tag("p", (tag("strong", escape(plan)) + ": " if several else "") + escape(text))
    return tag("div", body, class_="banner", role="alert")


def summary(results: ResultSet, t: Translator) -> str:
    """The headline KPIs for the whole region, a column per plan (a row per point for a
    sweep), then the KPIs that differ by municipality as one compact table, a row per
    municipality and plan: the whole answer in one 1400 × 900 screen."""
    plans = [v.name for v in results.variants]
    municipalities = {m.id: m.name for v in results.variants for m in v.scenario.municipalities}
    weeks = decision.simulated_weeks(v.scenario for v in results.variants)
    tables = decision.Tables(results.summary, results.differences, plans, municipalities, weeks)
    rows = decision.summary(tables, t)
    if not rows.rows:
        return ""
    compared = results.differences is not None and len(plans) > 1
    intro = (
        t("decision.intro_compare", n=results.replications, baseline=plans[0])
        if compared
        else t("decision.intro", n=results.replications)
    )
    if results.kind == "sweep":
        header, body = decision.sweep_table(rows, t)
        grid = table(header, body)
    else:
        region = [row for row in rows.rows if row.scope == ALL]
        grid = table(rows.header(t), [_cells(rows, row) for row in region])
        grid += _municipal(decision.by_municipality(tables, rows, t), weeks, t)
    note = t("decision.bootstrap") if _bootstrapped(results) else ""
    more = ""
    if compared:
        link = tag("a", escape(t("section.differences")), href=f"#{differences.SECTION_ID}")
        more = f" {link}."
    return tag(
        "section",
        tag("h2", escape(t("section.decision")))
        + tag("p", escape(f"{intro} {note}".strip()) + more, class_="intro")
        + tag("div", grid, class_="answer"),
        id=SECTION_ID,
        class_="decision",
    )


def _municipal(local: decision.Summary, weeks: int | None, t: Translator) -> str:
    """A row per municipality and plan, a column per KPI that differs by municipality; the
    value a significant, practical difference favours is in bold."""
    if not local.rows:
        return ""
    first = local.rows[0].scope
    kpis = [decision.headline_label(r.kpi, {}, t, weeks) for r in local.rows if r.scope == first]
    several = len(local.plans) > 1
    by_scope: dict[str, list[decision.Row]] = {}
    for row in local.rows:
        by_scope.setdefault(row.scope, []).append(row)
    body, classes = [], []
    for scope_rows in by_scope.values():
        for index, plan in enumerate(local.plans):
            name = scope_rows[0].label if index == 0 else ""
            cells = [_favoured(row, index, plan) for row in scope_rows]
            body.append([name, *([plan] if several else []), *cells])
            classes.append("first" if index == 0 and several else None)
    header = [t("col.municipality"), *([t("col.variant")] if several else []), *kpis]
    note = tag("p", escape(t("decision.municipal_note")), class_="intro") if several else ""
    return tag("div", table(header, body, classes) + note, class_="municipal")


def _favoured(row: decision.Row, index: int, plan: str) -> str | Cell:
    value = row.values[index]
    if any(v.favours == plan for v in row.verdicts):
        return Cell(tag("strong", escape(value)), "favours")
    return value


def _cells(summary: decision.Summary, row: decision.Row) -> list[str | Cell]:
    cells: list[str | Cell] = list(summary.cells(row))
    for index, verdict in enumerate(row.verdicts):
        position = 1 + len(row.values) + 2 * index + 1
        if verdict.favours:
            cells[position] = Cell(tag("strong", escape(verdict.text)), "favours")
    return cells


def _bootstrapped(results: ResultSet) -> bool:
    column = results.summary.get("interval")
    return column is not None and bool((column == "bootstrap").any())
