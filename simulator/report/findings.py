"""Rule findings with their legal sources: one row per rule, subject and variant, saying in
how many replications it occurred. Law is never mixed with local choices: the kind (law,
tariff agreement, guidance, target, local policy) is its own column."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from simulator.report.html import Cell, Section, absent, escape, paragraph, table
from simulator.report.i18n import Translator
from simulator.report.results import ResultSet

SECTION_ID = "findings"
SEVERITY_ORDER = {"breach": 0, "warning": 1, "info": 2}
MAX_ROWS = 80
RULE_KINDS = ("law", "tariff_agreement", "guidance", "non_binding_target", "local_policy")


@dataclass
class Group:
    """The findings of one rule about one subject in one variant."""

    first: dict[str, Any]
    replications: set[int] = field(default_factory=set)
    count: int = 0


def section(results: ResultSet, t: Translator) -> Section:
    title = t("section.findings")
    groups = _groups(results.findings())
    if not groups:
        return Section(SECTION_ID, title, absent(t("absent.findings")))
    ordered = sorted(groups.values(), key=_order)
    body = paragraph(t("findings.intro", groups=len(ordered), n=results.replications))
    names = _subject_names(results)
    rows = [_row(g, results.replications, names, t) for g in ordered[:MAX_ROWS]]
    classes = [f"severity-{g.first.get('severity', 'info')}" for g in ordered[:MAX_ROWS]]
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
    if len(ordered) > MAX_ROWS:
        body += paragraph(t("findings.more", rest=len(ordered) - MAX_ROWS))
    return Section(SECTION_ID, title, body)


def _groups(findings: list[dict[str, Any]]) -> dict[tuple[str, ...], Group]:
    groups: dict[tuple[str, ...], Group] = {}
    for f in findings:
        ident = (
            str(f["variant"]),
            str(f.get("rule_id")),
            str(f.get("subject_id")),
            str(f.get("severity")),
        )
        group = groups.setdefault(ident, Group(f))
        group.replications.add(int(f["replication"]))
        group.count += 1
    return groups


def _order(group: Group) -> tuple[int, str, str, str]:
    f = group.first
    return (
        SEVERITY_ORDER.get(str(f.get("severity")), 3),
        str(f.get("rule_id")),
        str(f.get("subject_id")),
        str(f["variant"]),
    )


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
    rule = _text(f.get("title"), t.lang) or str(f.get("rule_id"))
    explanation = _text(f.get("explanation"), t.lang)
    rule_html = f"<strong>{escape(rule)}</strong>"
    if explanation:
        rule_html += f'<br><span class="explanation">{escape(explanation)}</span>'
    if f.get("unverified"):
        rule_html += f'<br><span class="unverified">{escape(t("findings.unverified"))}</span>'
    share = len(group.replications) / replications if replications else 0.0
    return [
        Cell(
            escape(t(f"severity.{severity}")) if severity in SEVERITY_ORDER else escape(severity),
            "flag",
        ),
        Cell(rule_html),
        cite(f.get("source")),
        t(f"rulekind.{f['kind']}") if f.get("kind") in RULE_KINDS else str(f.get("kind", "")),
        names.get(str(f.get("subject_id")), str(f.get("subject_id", ""))),
        str(f["variant"]),
        _measured(f, t),
        f"{t.number(100 * share, 0)} % ({len(group.replications)}/{replications})",
    ]


def _text(value: object, lang: str) -> str:
    """A text that is either plain or given per language ({"nb": ..., "en": ...})."""
    if isinstance(value, Mapping):
        return str(value.get(lang) or next(iter(value.values()), ""))
    return "" if value is None else str(value)


def cite(source: object) -> str:
    """Law, paragraph and Lovdata reference of a finding's source."""
    if not isinstance(source, Mapping):
        return "" if source is None else str(source)
    text = " ".join(str(source[k]) for k in ("law", "paragraph") if source.get(k))
    return f"{text} ({source['lovdata']})" if source.get("lovdata") else text


def _measured(f: Mapping[str, Any], t: Translator) -> str:
    measured, limit, unit = f.get("measured"), f.get("limit"), f.get("unit") or ""
    if measured is None and limit is None:
        return ""
    return t(
        "findings.measured", measured=_value(measured, t), limit=_value(limit, t), unit=unit
    ).strip()


def _value(value: object, t: Translator) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return t.number(float(value), 1 if float(value) % 1 else 0)
    return "–" if value is None else str(value)
