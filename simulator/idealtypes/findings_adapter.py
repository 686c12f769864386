"""The one place where idealtype preconditions meet the rules engine's findings.

Until simulator/rules/findings.py is merged, `Finding` here is a stand-in with the same field
names; the checks in preconditions.py only call `precondition_finding`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    law = "law"
    guidance = "guidance"
    local_policy = "local_policy"


class Severity(StrEnum):
    breach = "breach"
    warning = "warning"
    info = "info"


class Subject(StrEnum):
    physician = "physician"
    office = "office"
    legevakt = "legevakt"
    municipality = "municipality"


@dataclass(frozen=True)
class Text:
    nb: str
    en: str


@dataclass(frozen=True)
class Source:
    law: str
    paragraph: str = ""
    lovdata: str | None = None


@dataclass(frozen=True)
class PreconditionRule:
    """A precondition of an idealtype as a rule: what it asks, where it comes from, how much
    a breach weighs."""

    id: str
    title: Text
    source: Source
    kind: Kind
    severity: Severity


@dataclass(frozen=True)
class Finding:
    rule_id: str
    title: Text
    source: Source
    kind: Kind
    severity: Severity
    subject_kind: Subject
    subject_id: str
    explanation: Text
    measured: float | str | None = None
    limit: float | str | None = None
    unit: str = ""


def precondition_finding(
    rule: PreconditionRule,
    subject_kind: Subject,
    subject_id: str,
    nb: str,
    en: str,
    *,
    measured: float | None = None,
    limit: float | None = None,
    unit: str = "",
) -> Finding:
    return Finding(
        rule_id=rule.id,
        title=rule.title,
        source=rule.source,
        kind=rule.kind,
        severity=rule.severity,
        subject_kind=subject_kind,
        subject_id=subject_id,
        explanation=Text(nb=nb, en=en),
        measured=measured,
        limit=limit,
        unit=unit,
    )
