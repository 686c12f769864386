"""What a reader sees without scrolling: the feasibility banner and the decision summary,
above the table of contents."""

from __future__ import annotations

from simulator.report import decision, differences, findings
from simulator.report.feasibility import NamedPlan, problems
from simulator.report.html import Cell, escape, table, tag
from simulator.report.i18n import Translator
from simulator.report.results import ResultSet

SECTION_ID = "decision"


def banner(results: ResultSet, t: Translator) -> str:
    """Per plan that cannot be carried out legally, why, with a link to the rule section."""
    plans = [NamedPlan(v.name, v.scenario) for v in results.variants]
    found = problems(plans, results.warnings, results.checked, results.findings(), t)
    if not found:
        return ""
    several = len(results.variants) > 1
    body = tag("strong", escape(t("banner.title")))
    for plan, lines in found.items():
        text = " · ".join(lines)
        body += tag("p", (tag("strong", escape(plan)) + ": " if several else "") + escape(text))
    link = tag("a", escape(t("section.findings")), href=f"#{findings.SECTION_ID}")
    body += tag("p", f"{escape(t('banner.see'))} {link}.")
    return tag("div", body, class_="banner", role="alert")


def summary(results: ResultSet, t: Translator) -> str:
    """The headline KPIs, a column per plan (a row per point for a sweep)."""
    plans = [v.name for v in results.variants]
    municipalities = {m.id: m.name for v in results.variants for m in v.scenario.municipalities}
    tables = decision.Tables(results.summary, results.differences, plans, municipalities)
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
        grid = table(rows.header(t), [_cells(rows, row) for row in rows.rows])
    note = t("decision.bootstrap") if _bootstrapped(results) else ""
    more = ""
    if compared:
        link = tag("a", escape(t("section.differences")), href=f"#{differences.SECTION_ID}")
        more = f" {link}."
    return tag(
        "section",
        tag("h2", escape(t("section.decision")))
        + tag("p", escape(f"{intro} {note}".strip()) + more, class_="intro")
        + grid,
        id=SECTION_ID,
        class_="decision",
    )


def _cells(summary: decision.Summary, row: decision.Row) -> list[str | Cell]:
    cells: list[str | Cell] = list(summary.cells(row))
    if row.scope != "all":
        cells[0] = Cell(escape(row.label), "local")
    for index, verdict in enumerate(row.verdicts):
        position = 1 + len(row.values) + 2 * index + 1
        if verdict.favours:
            cells[position] = Cell(tag("strong", escape(verdict.text)), "favours")
    return cells


def _bootstrapped(results: ResultSet) -> bool:
    column = results.summary.get("interval")
    return column is not None and bool((column == "bootstrap").any())
