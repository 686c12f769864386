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

from simulator.commands.common import EXIT_INVALID, console, errors, report_problems
from simulator.commands.output import Format as OutputFormat
from simulator.commands.output import Grid, emit
from simulator.files import write_text_atomic
from simulator.idealtypes.preconditions import check_plan
from simulator.preflight import load_runnable
from simulator.report.findings import unit_word
from simulator.report.i18n import Translator
from simulator.rules import Kind, Severity, load_catalogue
from simulator.rules.catalogue import Rule, Version
from simulator.rules.docs import KIND_NAMES, render
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
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of titles.")]
FormatOption = Annotated[Format, typer.Option("--format", help="table, csv or json.")]


def register(app: typer.Typer) -> None:
    app.add_typer(rules_app, name="rules")
    app.command()(check)


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        errors.print(f"--date: '{text}' is not a date; write it as YYYY-MM-DD", markup=False)
        raise typer.Exit(EXIT_INVALID) from None


@rules_app.command("list")
def list_rules(
    date: DateOption = None, lang: LangOption = Lang.en, format: FormatOption = Format.table
) -> None:
    """List the rules by kind: every version, or with --date only the versions in force."""
    on = _parse_date(date)
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
        cells = [_rule_row(r, v, lang) for r, v in rows]
        emit([Grid("", header, cells)], OutputFormat.csv)
        return
    console.print(f"Rules in force on {on}" if on else "Rules, all versions", style="bold")
    for kind in Kind:
        group = [(r, v) for r, v in rows if v.kind is kind]
        if group:
            console.print(_kind_table(kind, group, lang))


def _rule_row(rule: Rule, version: Version, lang: Lang) -> list[str]:
    until = str(version.valid_to or "")
    cited = version.cite(lang.value)
    return [
        rule.id,
        version.kind.value,
        str(version.valid_from),
        until,
        cited,
        rule.title.in_lang(lang),
    ]


def _kind_table(kind: Kind, rows: list[tuple[Rule, Version]], lang: Lang) -> Table:
    table = Table(title=KIND_NAMES[kind], title_justify="left")
    table.add_column("rule", overflow="fold")
    table.add_column("in force", overflow="fold")
    table.add_column("source · title", overflow="fold", ratio=1)
    for rule, version in rows:
        table.add_row(
            rule.id + ("" if version.verified else "\n[magenta]UNVERIFIED[/]"),
            f"{version.valid_from} –\n{version.valid_to or 'open'}",
            escape(f"{version.cite()}\n{rule.title.in_lang(lang)}"),
        )
    return table


@rules_app.command("show")
def show_rule(rule_id: Annotated[str, typer.Argument(help="Rule id.")]) -> None:
    """Everything about one rule: titles, where it is checked, and each version."""
    try:
        rule = load_catalogue().rule(rule_id)
    except KeyError as error:
        errors.print(str(error.args[0]), markup=False)
        raise typer.Exit(EXIT_INVALID) from None
    console.print(f"[bold]{rule.id}[/bold]", highlight=False)
    console.print(f"  en: {rule.title.en}\n  nb: {rule.title.nb}", markup=False, highlight=False)
    checks = ", ".join(c.value for c in rule.checks)
    uses = f"evaluator {rule.evaluator}" if rule.evaluator else f"used by {', '.join(rule.used_by)}"
    console.print(f"  subject {rule.subject.value}; checked on {checks}; {uses}", markup=False)
    for version in rule.versions:
        console.print(_version_text(version), markup=False, highlight=False)


def _version_text(version: Version) -> str:
    lines = [
        f"\n{version.valid_from} – {version.valid_to or 'open'}: {KIND_NAMES[version.kind]}, "
        f"{version.cite()} {' '.join(f'[{r}]' for r in version.refs)}",
        f"  parameters: {json.dumps(version.parameters, ensure_ascii=False)}",
        f"  severity when broken: {version.breach_severity.value}",
    ]
    if version.note:
        lines.append(f"  {'UNVERIFIED: ' if not version.verified else 'note: '}{version.note}")
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
    on = _parse_date(date)
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
