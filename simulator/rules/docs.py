"""docs/rules.md, generated from the catalogue so the page cannot drift from the data."""

from __future__ import annotations

import json

from simulator.rules.catalogue import Catalogue, Rule, Version

KIND_NAMES = {
    "law": "law",
    "tariff_agreement": "tariff agreement",
    "guidance": "guidance",
    "non_binding_target": "non-binding target",
    "local_policy": "local policy",
}

HEADER = """\
# Rules

<!-- Generated from simulator/rules/catalogue.yaml by `samsim rules docs`; do not edit. -->

samsim checks plans, rotas and simulated timelines against the rules below (MODEL.md §5).
Each rule is data: one or more dated versions, each with its kind, legal source, Lovdata
reference and parameters. A check uses the versions in force on the scenario's `rules_date`
(default: its `start_date`), or on the date given with `samsim check --date`.

- **Kinds** are kept apart in every report: *law* (statute and regulation), *tariff agreement*
  (SFS 2305 and other KS–Legeforeningen agreements), *guidance*, *non-binding target* and
  *local policy* (the municipality's own choices in the scenario's `policy`).
- **Severity**: a broken law or agreement is a *breach*, a missed target or guidance a
  *warning*; some rules give *information* (e.g. aml limits on legevakt, which SFS 2305 § 3.2
  exempts). `samsim check` exits 1 when there is a breach.
- **UNVERIFIED** marks a version with at least one fact (a date, a value, a reading) not read in
  a cited source; the note says which. Citation keys such as [L1] and [S3] refer to the
  bibliography, docs/sources.md.
- **Checks**: *scenario* (static plan), *rota* (shift assignments), *timeline* (simulated
  physician time), *kpi* (a measured service level the engine reports).
"""


def render(catalogue: Catalogue) -> str:
    """The whole page as markdown."""
    parts = [HEADER, _index(catalogue)]
    parts += [_rule(rule) for rule in catalogue.rules]
    return "\n".join(parts)


def _index(catalogue: Catalogue) -> str:
    lines = [
        f"## Index ({len(catalogue.rules)} rules)",
        "",
        "| rule | title | kind | from | to | checks |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for rule in catalogue.rules:
        kinds = ", ".join(dict.fromkeys(KIND_NAMES[v.kind] for v in rule.versions))
        checks = ", ".join(c.value for c in rule.checks)
        lines.append(
            f"| [{rule.id}](#{rule.id}) | {rule.title.en} | {kinds} | {rule.valid_from} "
            f"| {rule.valid_to or 'open'} | {checks} |"
        )
    return "\n".join(lines) + "\n"


def _rule(rule: Rule) -> str:
    lines = [
        f"## {rule.id}",
        "",
        f"{rule.title.en}  ",
        f"*{rule.title.nb}*",
        "",
        f"Subject: {rule.subject.value}. Checked on: {', '.join(c.value for c in rule.checks)}. "
        + _evaluator(rule),
        "",
        "| from | to | kind | source | parameters | verified |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [_version_row(v) for v in rule.versions]
    notes = [(v, v.note) for v in rule.versions if v.note]
    if notes:
        lines.append("")
        lines += [
            f"- {v.valid_from}: {'UNVERIFIED: ' if not v.verified else ''}{n}" for v, n in notes
        ]
    return "\n".join(lines) + "\n"


def _evaluator(rule: Rule) -> str:
    if rule.evaluator is None:
        return "Parameters used by " + ", ".join(f"[{u}](#{u})" for u in rule.used_by) + "."
    return f"Evaluator: `{rule.evaluator}`."


def _version_row(v: Version) -> str:
    source = v.cite() + (" " + " ".join(f"[{r}]" for r in v.refs))
    parameters = ", ".join(
        f"{k}: {json.dumps(val, ensure_ascii=False)}" for k, val in v.parameters.items()
    )
    verified = "yes" if v.verified else "**UNVERIFIED**"
    return (
        f"| {v.valid_from} | {v.valid_to or 'open'} | {KIND_NAMES[v.kind]} | {source} "
        f"| {parameters or '–'} | {verified} |"
    )
