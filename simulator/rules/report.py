"""Findings for people: tables that keep law, agreements, guidance and local policy apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from rich.markup import escape
from rich.table import Table

from simulator.rules.catalogue import Kind, Severity, Subject
from simulator.rules.findings import Finding

KIND_TITLES = {
    Kind.law: ("Lov og forskrift", "Law and regulation"),
    Kind.tariff_agreement: ("Tariffavtale", "Tariff agreement"),
    Kind.guidance: ("Veileder", "Guidance"),
    Kind.non_binding_target: ("Veiledende mål", "Non-binding target"),
    Kind.local_policy: ("Lokal norm", "Local policy"),
}
WORDS = {
    "nb": {
        "severity": "alvorlighet",
        "subject": "regel · gjelder",
        "finding": "funn",
        "measured": "målt",
        "limit": "grense",
        Severity.breach: "brudd",
        Severity.warning: "advarsel",
        Severity.info: "info",
        "unverified": "UVERIFISERT",
        "see_rule": "tolkningen er ikke bekreftet; se samsim rules show {}",
        Subject.physician: "lege",
        Subject.office: "legekontor",
        Subject.legevakt: "legevakt",
        Subject.municipality: "kommune",
    },
    "en": {
        "severity": "severity",
        "subject": "rule · subject",
        "finding": "finding",
        "measured": "measured",
        "limit": "limit",
        Severity.breach: "breach",
        Severity.warning: "warning",
        Severity.info: "info",
        "unverified": "UNVERIFIED",
        "see_rule": "the reading is not confirmed; see samsim rules show {}",
        Subject.physician: "physician",
        Subject.office: "office",
        Subject.legevakt: "legevakt",
        Subject.municipality: "municipality",
    },
}
SEVERITY_STYLE = {Severity.breach: "bold red", Severity.warning: "yellow", Severity.info: "dim"}


def summary(findings: list[Finding], lang: str = "en") -> str:
    counts = Counter(f.severity for f in findings)
    return ", ".join(f"{counts.get(s, 0)} {WORDS[lang][s]}" for s in Severity)


def tables(
    findings: list[Finding], lang: str, unit_word: Callable[[str], str] = str
) -> list[Table]:
    """One table per kind of rule that has findings, law first; `unit_word` gives a unit of
    the rules (English) in `lang`."""
    return [
        _table(kind, group, lang, unit_word)
        for kind in Kind
        if (group := [f for f in findings if f.kind is kind])
    ]


def _table(
    kind: Kind, findings: list[Finding], lang: str, unit_word: Callable[[str], str]
) -> Table:
    words = WORDS[lang]
    nb, en = KIND_TITLES[kind]
    table = Table(title=nb if lang == "nb" else en, title_justify="left")
    table.add_column(words["severity"])
    table.add_column(words["subject"], overflow="fold")
    table.add_column(words["finding"], overflow="fold", ratio=1)
    for f in findings:
        rule = f.rule_id + (f"\n[magenta]{words['unverified']}[/]" if f.unverified else "")
        table.add_row(
            f"[{SEVERITY_STYLE[f.severity]}]{words[f.severity]}[/]",
            f"{rule}\n{words[f.subject_kind]} {f.subject_id}",
            escape("\n".join(_details(f, lang, unit_word))),
        )
    return table


def _details(f: Finding, lang: str, unit_word: Callable[[str], str] = str) -> list[str]:
    words = WORDS[lang]
    lines = [f.explanation.in_lang(lang)]
    numbers = [
        f"{words[label]} {_value(value, unit_word(f.unit))}"
        for label, value in (("measured", f.measured), ("limit", f.limit))
        if value is not None
    ]
    if f.window():
        numbers.append(f.window())
    if numbers:
        lines.append("; ".join(numbers))
    lines.append(f.cite(lang))
    return lines


def unverified_notes(findings: list[Finding], lang: str = "en") -> list[str]:
    """One line per rule whose version in use is unverified: the rule id and what is not (the
    catalogue's notes are English; in bokmål the line says where to read it)."""
    notes = {f.rule_id: f.unverified for f in findings if f.unverified}
    words = WORDS[lang]
    return [
        f"{words['unverified']} {rule}: {note if lang == 'en' else words['see_rule'].format(rule)}"
        for rule, note in sorted(notes.items())
    ]


def _value(value: float | str | None, unit: str) -> str:
    """A measured value or limit in fixed notation (never `1e+06`), at most two decimals."""
    if value is None:
        return ""
    if not isinstance(value, int | float):
        return str(value)
    return f"{f'{value:,.2f}'.rstrip('0').rstrip('.')} {unit}".strip()
