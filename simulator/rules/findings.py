"""Findings: what a check found, with the rule, its source and the numbers behind it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from simulator.rules.catalogue import Kind, Rule, Severity, Source, Subject, Text, Version


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One rule applied to one subject: a breach, a warning or information.

    `measured` and `limit` are in `unit`; `start`/`end` is the time window the finding is
    about (absent for static plan checks). `unverified` carries the rule version's note when
    part of the rule was not verified, so every output can say so. A slotted record, not a
    pydantic model: a national year has some 25 000 findings, and the model took 2.2 kB each.
    """

    rule_id: str
    title: Text
    source: Source
    also: list[Source] = field(default_factory=list)
    kind: Kind
    severity: Severity
    subject_kind: Subject
    subject_id: str
    measured: float | str | None = None
    limit: float | str | None = None
    unit: str = ""
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    explanation: Text
    unverified: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "measured", _number(self.measured))
        object.__setattr__(self, "limit", _number(self.limit))

    def cite(self, lang: str = "en") -> str:
        return "; ".join(source.cite(lang) for source in [self.source, *self.also])

    def window(self) -> str:
        if self.start is None or self.end is None:
            return ""
        return f"{self.start:%Y-%m-%d %H:%M} – {self.end:%Y-%m-%d %H:%M}"

    def to_json(self) -> dict[str, Any]:
        """The fields in order, as JSON values (what the pydantic model dumped)."""
        return {f.name: _json(getattr(self, f.name)) for f in fields(self)}


def _number(value: Any) -> float | str | None:
    """A number as a float (an int or a NumPy scalar too), a text or None unchanged."""
    return value if value is None or isinstance(value, str) else float(value)


def _json(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_json(v) for v in value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def finding(
    rule: Rule,
    version: Version,
    subject_id: str,
    nb: str,
    en: str,
    *,
    severity: Severity | None = None,
    subject_kind: Subject | None = None,
    measured: float | str | None = None,
    limit: float | str | None = None,
    unit: str = "",
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> Finding:
    """A finding about `subject_id` under `version` of `rule`; the severity defaults to the
    version's breach severity (law and agreements breach, targets warn) and the subject kind
    to the rule's."""
    return Finding(
        rule_id=rule.id,
        title=rule.title,
        source=version.source,
        also=version.also,
        kind=version.kind,
        severity=severity or version.breach_severity,
        subject_kind=subject_kind or rule.subject,
        subject_id=subject_id,
        measured=measured,
        limit=limit,
        unit=unit,
        start=start,
        end=end,
        explanation=Text(nb=nb, en=en),
        unverified=None if version.verified else version.note,
    )


SEVERITY_ORDER = {Severity.breach: 0, Severity.warning: 1, Severity.info: 2}


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Breaches first, then by rule and subject: a stable order for reports and tests."""
    return sorted(
        findings,
        key=lambda f: (
            SEVERITY_ORDER[f.severity],
            f.rule_id,
            f.subject_id,
            f.start or dt.datetime.min,
        ),
    )
