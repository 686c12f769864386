"""`samsim rules list|show|docs` and `samsim check`: the rule catalogue and plan checks.

`check` exits 1 when a plan breaks a rule, so a planner's repository can gate changes on it,
and 2 when a file is not a valid scenario.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from simulator.commands.common import EXIT_INVALID, console, refuse, report_problems, translator
from simulator.commands.output import Format as OutputFormat
from simulator.commands.output import Grid, emit
from simulator.files import write_text_atomic
from simulator.idealtypes.preconditions import check_plan
from simulator.preflight import load_runnable
from simulator.report.findings import unit_word
from simulator.report.i18n import Translator
from simulator.rules import Kind, Severity, load_catalogue
from simulator.rules.catalogue import Rule, Version
from simulator.rules.docs import render
from simulator.rules.findings import Finding
from simulator.rules.report import summary, tables, unverified_notes
from simulator.scenario import ScenarioError
from simulator.scenario.settings import Lang

EXIT_BREACH = 1
IN_FORCE = {"nb": "regler i kraft {on}", "en": "rules in force on {on}"}
DOCS_PATH = Path("docs/rules.md")

rules_app = typer.Typer(help="The rule catalogue: rules as dated data.", no_args_is_help=True)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


DateOption = Annotated[
    str | None, typer.Option("--date", help="Use the rule versions in force on this date.")
]
LangOption = Annotated[Lang | None, typer.Option("--lang", help="nb or en (default nb).")]
FormatOption = Annotated[Format, typer.Option("--format", help="table, csv or json.")]


def register(app: typer.Typer) -> None:
    app.add_typer(rules_app, name="rules")
    app.command()(check)


def _parse_date(text: str | None, t: Translator) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        refuse(t, t("rules.bad_date", text=text))


@rules_app.command("list")
def list_rules(
    date: DateOption = None, lang: LangOption = None, format: FormatOption = Format.table
) -> None:
    """List the rules by kind: every version, or with --date only the versions in force."""
    t = translator(lang.value if lang else None)
    on = _parse_date(date, t)
    rows = [
        (rule, version)
        for rule in load_catalogue().rules
        for version in rule.versions
        if on is None or version.in_force(on)
    ]
    if format is Format.json:
        listed = [{"id": r.id, **v.model_dump(mode="json")} for r, v in rows]
        typer.echo(json.dumps(listed, indent=2, ensure_ascii=False))
        return
    if format is Format.csv:
        header = ("rule", "kind", "valid_from", "valid_to", "source", "title")
        cells = [_rule_row(r, v, t.lang) for r, v in rows]
        emit([Grid("", header, cells)], OutputFormat.csv)
        return
    heading = t("rules.in_force", on=on) if on else t("rules.all_versions")
    console.print(heading, style="bold", markup=False)
    for kind in Kind:
        group = [(r, v) for r, v in rows if v.kind is kind]
        if group:
            console.print(_kind_table(kind, group, t))


def _rule_row(rule: Rule, version: Version, lang: str) -> list[str]:
    until = str(version.valid_to or "")
    cited = version.cite(lang)
    return [
        rule.id,
        version.kind.value,
        str(version.valid_from),
        until,
        cited,
        rule.title.in_lang(lang),
    ]


def _kind_table(kind: Kind, rows: list[tuple[Rule, Version]], t: Translator) -> Table:
    table = Table(title=t(f"rules.kind.{kind.value}"), title_justify="left")
    table.add_column(t("rules.col.rule"), overflow="fold")
    table.add_column(t("rules.col.in_force"), overflow="fold")
    table.add_column(t("rules.col.source_title"), overflow="fold", ratio=1)
    unverified = f"\n[magenta]{t('rules.unverified')}[/]"
    for rule, version in rows:
        table.add_row(
            rule.id + ("" if version.verified else unverified),
            f"{version.valid_from} –\n{version.valid_to or t('rules.open')}",
            escape(f"{version.cite(t.lang)}\n{rule.title.in_lang(t.lang)}"),
        )
    return table


@rules_app.command("show")
def show_rule(
    rule_id: Annotated[str, typer.Argument(help="Rule id.")], lang: LangOption = None
) -> None:
    """Everything about one rule: title, where it is checked, and each version."""
    t = translator(lang.value if lang else None)
    try:
        rule = load_catalogue().rule(rule_id)
    except KeyError:
        refuse(t, t("rules.unknown", rule=rule_id))
    checks = ", ".join(c.value for c in rule.checks)
    uses = (
        t("rules.evaluator", evaluator=rule.evaluator)
        if rule.evaluator
        else t("rules.used_by", users=", ".join(rule.used_by))
    )
    lines = [
        rule.id,
        t("rules.title", title=rule.title.in_lang(t.lang)),
        t("rules.subject", subject=rule.subject.value, checks=checks, uses=uses),
    ]
    lines += [_version_text(version, t) for version in rule.versions]
    console.print("\n".join(lines), markup=False, highlight=False)


def _version_text(version: Version, t: Translator) -> str:
    refs = " ".join(f"[{r}]" for r in version.refs)
    kind = t(f"rules.kind.{version.kind.value}")
    lines = [
        "\n"
        + t(
            "rules.version",
            start=version.valid_from,
            end=version.valid_to or t("rules.open"),
            kind=kind,
            cite=version.cite(t.lang),
            refs=refs,
        ),
        t("rules.parameters", parameters=json.dumps(version.parameters, ensure_ascii=False)),
        t("rules.severity", severity=version.breach_severity.value),
    ]
    if version.note:
        key = "rules.note" if version.verified else "rules.unverified_note"
        lines.append(t(key, note=version.note))
    return "\n".join(lines)


@rules_app.command("docs")
def write_docs(
    output: Annotated[Path, typer.Option("--output", help="Where to write.")] = DOCS_PATH,
) -> None:
    """Regenerate docs/rules.md from the catalogue."""
    write_text_atomic(output, render(load_catalogue()))
    console.print(f"wrote {output}", markup=False)


def check(
    files: Annotated[list[Path], typer.Argument(help="Scenario YAML files.")],
    date: DateOption = None,
    format: FormatOption = Format.table,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Default: the scenario's.")] = None,
) -> None:
    """Check plans against the rules in force. Exit 1 on a breach, 2 on an invalid file."""
    on = _parse_date(date, translator(lang.value if lang else None))
    results: list[dict] = []
    rows: list[list[str]] = []
    invalid = breach = False
    for path in files:
        try:
            scenario = load_runnable(path)
        except ScenarioError as error:
            report_problems(error, lang=lang.value if lang else None)
            invalid = True
            continue
        when = on or scenario.scenario.effective_rules_date
        findings = check_plan(scenario, when)
        breach |= any(f.severity is Severity.breach for f in findings)
        chosen = (lang or scenario.scenario.lang).value
        if format is Format.json:
            results.append(_json(path, when, findings))
        elif format is Format.csv:
            rows += [_csv_row(path, f, chosen) for f in findings]
        else:
            _print(path, when, findings, chosen)
    if format is Format.json:
        typer.echo(json.dumps(results, indent=2, ensure_ascii=False))
    if format is Format.csv:
        emit([Grid("", CSV_COLUMNS, rows)], OutputFormat.csv)
    if invalid:
        raise typer.Exit(EXIT_INVALID)
    if breach:
        raise typer.Exit(EXIT_BREACH)


CSV_COLUMNS = ("file", "severity", "rule", "subject", "finding", "source")


def _csv_row(path: Path, f: Finding, lang: str) -> list[str]:
    """One finding, whole: file, severity, rule, subject, explanation and source."""
    explanation = f.explanation.in_lang(lang)
    return [str(path), f.severity.value, f.rule_id, f.subject_id, explanation, f.cite(lang)]


def _json(path: Path, on: dt.date, findings: list[Finding]) -> dict:
    return {"file": str(path), "date": on.isoformat(), "findings": [f.to_json() for f in findings]}


def _print(path: Path, on: dt.date, findings: list[Finding], lang: str) -> None:
    console.print(
        f"[bold]{path}[/bold]: {IN_FORCE[lang].format(on=on)}: {summary(findings, lang)}",
        highlight=False,
    )
    t = Translator(lang)
    for table in tables(findings, lang, lambda unit: unit_word(unit, t)):
        console.print(table)
    for note in unverified_notes(findings, lang):
        console.print(note, markup=False, highlight=False, style="dim")
