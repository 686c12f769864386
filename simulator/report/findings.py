"""Rule findings with their legal sources: one row per rule, plan and severity, naming the
subjects it concerns, the range of measured values and in how many replications it occurred.
Law is never mixed with local choices: the kind (law, tariff agreement, guidance, target,
local policy) has its own column."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from simulator.report.html import Cell, Section, absent, escape, items, paragraph, table, tag
from simulator.report.i18n import Translator
from simulator.report.results import ResultSet
from simulator.rules.catalogue import paragraph_in

SECTION_ID = "findings"
WARNINGS_ID = "warnings"
SEVERITY_ORDER = {"breach": 0, "warning": 1, "info": 2}
RULE_KINDS = ("law", "tariff_agreement", "guidance", "non_binding_target", "local_policy")
MAX_ROWS = 80
MAX_SUBJECTS = 8


@dataclass
class Group:
    """The findings of one rule with one severity in one plan."""

    first: dict[str, Any]
    subjects: dict[str, int] = field(default_factory=dict)  # subject id: findings
    replications: set[int] = field(default_factory=set)
    measured: list[float] = field(default_factory=list)

    @property
    def planned(self) -> bool:
        """A finding of the plan check (`samsim check`), not of a simulated timeline."""
        return self.first.get("replication") is None

    def add(self, finding: dict[str, Any]) -> None:
        subject = str(finding.get("subject_id", ""))
        self.subjects[subject] = self.subjects.get(subject, 0) + 1
        if finding.get("replication") is not None:
            self.replications.add(int(finding["replication"]))
        measured = finding.get("measured")
        if isinstance(measured, int | float) and not isinstance(measured, bool):
            self.measured.append(float(measured))


def section(results: ResultSet, t: Translator) -> Section:
    """Plan-check and simulated findings in one table, then the warnings the experiment
    printed (so nothing the terminal said is missing here)."""
    title = t("section.findings")
    simulated = results.findings()
    groups = group_findings(results.checked + simulated)
    warnings = _warnings(results.warnings, t)
    body = "" if simulated else absent(t("absent.findings"))
    if not groups:
        return Section(SECTION_ID, title, body + warnings)
    body += paragraph(t("findings.intro", groups=len(groups), n=results.replications))
    names = _subject_names(results)
    shown = groups[:MAX_ROWS]
    rows = [_row(g, results.replications, names, t) for g in shown]
    classes = [f"severity-{g.first.get('severity', 'info')}" for g in shown]
    header = [
        t("col.severity"),
        t("col.rule"),
        t("col.source"),
        t("col.kind"),
        t("col.subject"),
        t("col.variant"),
        t("col.measured"),
        t("col.share_of_replications"),
    ]
    body += table(header, rows, classes)
    if len(groups) > MAX_ROWS:
        body += paragraph(t("findings.more", rest=len(groups) - MAX_ROWS))
    return Section(SECTION_ID, title, body + warnings)


def _warnings(by_plan: dict[str, list[str]], t: Translator) -> str:
    lines = [f"{plan}: {message}" for plan, messages in by_plan.items() for message in messages]
    if not lines:
        return ""
    return tag("h3", escape(t("findings.warnings")), id=WARNINGS_ID) + items(lines)


def group_findings(findings: list[dict[str, Any]]) -> list[Group]:
    """Findings grouped by plan, rule and severity; breaches first, then by rule."""
    groups: dict[tuple[str, str, str, str], Group] = {}
    for f in findings:
        origin = "plan" if f.get("replication") is None else "simulated"
        ident = (str(f["variant"]), str(f.get("rule_id")), str(f.get("severity")), origin)
        groups.setdefault(ident, Group(f)).add(f)
    return sorted(groups.values(), key=_order)


def _order(group: Group) -> tuple[int, str, str]:
    f = group.first
    return (SEVERITY_ORDER.get(str(f.get("severity")), 3), str(f.get("rule_id")), f["variant"])


def _subject_names(results: ResultSet) -> dict[str, str]:
    """Readable names of the subjects findings are about, by id."""
    names: dict[str, str] = {}
    for variant in results.variants:
        s = variant.scenario
        for item in [*s.municipalities, *s.offices, *s.legevakt]:
            names[item.id] = item.name
        for p in s.physicians:
            names[p.id] = p.name or p.id
    return names


def _row(group: Group, replications: int, names: dict[str, str], t: Translator) -> list[str | Cell]:
    f = group.first
    severity = str(f.get("severity", "info"))
    kind = str(f.get("kind", ""))
    share = len(group.replications) / replications if replications else 0.0
    occurred = (
        t("findings.plan_level")
        if group.planned
        else f"{t.number(100 * share, 0)} % ({len(group.replications)}/{replications})"
    )
    return [
        Cell(escape(t(f"severity.{severity}") if severity in SEVERITY_ORDER else severity), "flag"),
        Cell(_rule(f, t)),
        cite(f.get("source"), t.lang),
        t(f"rulekind.{kind}") if kind in RULE_KINDS else kind,
        _subjects(group, names, t),
        str(f["variant"]),
        _measured(group, t),
        occurred,
    ]


def _rule(f: Mapping[str, Any], t: Translator) -> str:
    """The rule's title in bold, an example explanation, and a note if it is unverified."""
    html = f"<strong>{escape(_text(f.get('title'), t.lang) or f.get('rule_id'))}</strong>"
    explanation = _text(f.get("explanation"), t.lang)
    if explanation:
        html += f'<br><span class="explanation">{escape(explanation)}</span>'
    if f.get("unverified"):
        html += f'<br><span class="unverified">{escape(t("findings.unverified"))}</span>'
    return html


def _subjects(group: Group, names: dict[str, str], t: Translator) -> str:
    ordered = sorted(group.subjects, key=lambda s: (-group.subjects[s], s))
    listed = ", ".join(names.get(s, s) for s in ordered[:MAX_SUBJECTS])
    rest = len(ordered) - MAX_SUBJECTS
    return listed + (t("findings.more_subjects", rest=rest) if rest > 0 else "")


def _text(value: object, lang: str) -> str:
    """A text that is either plain or given per language ({"nb": ..., "en": ...})."""
    if isinstance(value, Mapping):
        return str(value.get(lang) or next(iter(value.values()), ""))
    return "" if value is None else str(value)


def cite(source: object, lang: str = "en") -> str:
    """Law, paragraph and Lovdata reference of a finding's source, in the language."""
    if not isinstance(source, Mapping):
        return "" if source is None else str(source)
    law, paragraph = str(source.get("law") or ""), str(source.get("paragraph") or "")
    text = " ".join(part for part in (law, paragraph_in(paragraph, lang)) if part)
    return f"{text} ({source['lovdata']})" if source.get("lovdata") else text


def _measured(group: Group, t: Translator) -> str:
    """The range of measured values against the limit, e.g. `13,6–16,7 / 13 h`: whether
    high or low is bad depends on the rule, so both ends are shown."""
    return measured(group.first, t, group.measured)


def measured(f: Mapping[str, Any], t: Translator, values: list[float] | None = None) -> str:
    """A finding's measured value (or the range of `values`) against its limit, with the
    unit in the language."""
    limit = f.get("limit")
    if values is None:
        value = f.get("measured")
        values = [float(value)] if isinstance(value, int | float) else []
    if not values and limit is None:
        return ""
    low, high = min(values, default=None), max(values, default=None)
    shown = _value(low, t) if low == high else f"{_value(low, t)}–{_value(high, t)}"
    unit = unit_word(str(f.get("unit") or ""), t)
    return t("findings.measured", measured=shown, limit=_value(limit, t), unit=unit).strip()


def unit_word(unit: str, t: Translator) -> str:
    """A rule's unit (written in English in the rules) in the language of `t`."""
    return t(f"funit.{unit}") if t.has(f"funit.{unit}") else unit


def _value(value: object, t: Translator) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return t.number(float(value), 1 if float(value) % 1 else 0)
    return "–" if value is None else str(value)
