"""The plan's rule findings before any simulation, as `samsim check` gives them: each with its
law and paragraph, in the app's language."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.idealtypes.preconditions import check_plan
from simulator.rules.report import KIND_TITLES, WORDS, _details
from simulator.scenario import Scenario


@dataclass(frozen=True)
class Row:
    severity: str  # breach, warning or info, for the style
    label: str  # the severity in the app's language
    rule: str
    subject: str
    details: list[str]  # explanation, measured and limit, the legal source


def findings_by_kind(scenario: Scenario, lang: str) -> list[tuple[str, list[Row]]]:
    """Findings of the rules in force on the scenario's rules date, grouped by kind of rule
    (law first), as the `check` command's tables."""
    found = check_plan(scenario, scenario.scenario.effective_rules_date)
    groups = []
    for kind, (nb, en) in KIND_TITLES.items():
        rows = [
            Row(
                f.severity.value,
                WORDS[lang][f.severity],
                f.rule_id + (" (UNVERIFIED)" if f.unverified else ""),
                f"{f.subject_kind.value} {f.subject_id}",
                _details(f, lang),
            )
            for f in found
            if f.kind is kind
        ]
        if rows:
            groups.append((nb if lang == "nb" else en, rows))
    return groups
