"""The rule catalogue: every rule samsim checks, as dated data (MODEL.md §5).

Rules change (the legevakt exemption age was 55 in the first half of 2013, fastlegeforskriften
was replaced on 2026-01-01), so a rule is a list of versions, each with its own dates, kind,
legal source and parameters. Evaluators ask the catalogue for the parameters in force on a
date instead of holding constants. The records live in `catalogue.yaml` next to this module.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from simulator.errors import InputError
from simulator.scenario.yamlfile import parse_document

CATALOGUE_FILE = "catalogue.yaml"


class Kind(StrEnum):
    """What binds: output keeps these apart so law is never mixed with local choices."""

    law = "law"
    tariff_agreement = "tariff_agreement"
    guidance = "guidance"
    non_binding_target = "non_binding_target"
    local_policy = "local_policy"


class Severity(StrEnum):
    breach = "breach"
    warning = "warning"
    info = "info"


class Check(StrEnum):
    """Where a rule is evaluated."""

    scenario = "scenario"
    rota = "rota"
    timeline = "timeline"
    kpi = "kpi"


class Subject(StrEnum):
    physician = "physician"
    office = "office"
    legevakt = "legevakt"
    municipality = "municipality"


DEFAULT_SEVERITY = {
    Kind.law: Severity.breach,
    Kind.tariff_agreement: Severity.breach,
    Kind.guidance: Severity.warning,
    Kind.non_binding_target: Severity.warning,
    Kind.local_policy: Severity.breach,
}


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Record):
    nb: str
    en: str

    def in_lang(self, lang: str) -> str:
        return self.nb if lang == "nb" else self.en


# The catalogue writes a paragraph's subdivisions in English ("§ 3-5 third paragraph"); a
# Norwegian text cites them as Norwegian law does ("§ 3-5 tredje ledd").
PARAGRAPH_WORDS_NB = {
    "first paragraph": "første ledd",
    "second paragraph": "andre ledd",
    "third paragraph": "tredje ledd",
    "fourth paragraph": "fjerde ledd",
    "(repealed)": "(opphevet)",
}


def paragraph_in(paragraph: str, lang: str) -> str:
    """`paragraph` as the language cites it."""
    if lang != "nb":
        return paragraph
    for english, norwegian in PARAGRAPH_WORDS_NB.items():
        paragraph = paragraph.replace(english, norwegian)
    return paragraph


class Source(Record):
    law: str = Field(description="Law, regulation or agreement.")
    paragraph: str = ""
    lovdata: str | None = Field(None, description="Lovdata reference, e.g. FOR-2025-12-02-2405.")
    refs: list[str] = Field(default_factory=list, description="Citation keys in docs/sources.md.")

    def cite(self, lang: str = "en") -> str:
        """One line: law, paragraph and Lovdata reference."""
        parts = [self.law] + ([paragraph_in(self.paragraph, lang)] if self.paragraph else [])
        text = " ".join(parts)
        return f"{text} ({self.lovdata})" if self.lovdata else text


class Version(Record):
    """A rule as it stood from `valid_from` to `valid_to` (both inclusive; open-ended if None)."""

    valid_from: dt.date
    valid_to: dt.date | None = None
    kind: Kind
    source: Source
    also: list[Source] = Field(
        default_factory=list, description="Further sources the rule rests on."
    )
    parameters: dict[str, Any] = Field(default_factory=dict)
    severity: Severity | None = Field(None, description="Default: from the kind.")
    verified: bool = True
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> Version:
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError(f"valid_to {self.valid_to} is before valid_from {self.valid_from}")
        if not self.verified and not self.note:
            raise ValueError("an unverified version needs a note saying what is unverified")
        return self

    def in_force(self, on: dt.date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def cite(self, lang: str = "en") -> str:
        """All sources, main first, separated by semicolons."""
        return "; ".join(source.cite(lang) for source in [self.source, *self.also])

    @property
    def refs(self) -> list[str]:
        """Citation keys of all sources, without repeats."""
        return list(dict.fromkeys(r for source in [self.source, *self.also] for r in source.refs))

    @property
    def breach_severity(self) -> Severity:
        """The severity of a finding that the limit is broken."""
        return self.severity or DEFAULT_SEVERITY[self.kind]


class NotInForce(InputError, LookupError):
    """No version of the rule is in force on the date asked for."""


class Rule(Record):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]*$")
    title: Text
    evaluator: str | None = Field(
        description="The check that applies the rule; none for a rule whose parameters other "
        "rules' checks use (listed in `used_by`)."
    )
    used_by: list[str] = Field(default_factory=list)
    checks: list[Check] = Field(min_length=1)
    subject: Subject
    versions: list[Version] = Field(min_length=1)

    @model_validator(mode="after")
    def _versions_ordered(self) -> Rule:
        if self.evaluator is None and not self.used_by:
            raise ValueError(f"rule {self.id}: without an evaluator, say which rules use it")
        keys = set(self.versions[0].parameters)
        for before, after in zip(self.versions, self.versions[1:], strict=False):
            if before.valid_to is None or before.valid_to >= after.valid_from:
                raise ValueError(
                    f"rule {self.id}: versions from {before.valid_from} and {after.valid_from} "
                    "overlap or are out of order"
                )
        for version in self.versions:
            if set(version.parameters) != keys:
                raise ValueError(
                    f"rule {self.id}: every version needs the same parameters {sorted(keys)}"
                )
        return self

    def version(self, on: dt.date) -> Version | None:
        """The version in force on `on`, if any."""
        return next((v for v in self.versions if v.in_force(on)), None)

    def version_on(self, on: dt.date) -> Version:
        """Like `version`, but raises `NotInForce` when there is none."""
        version = self.version(on)
        if version is None:
            raise NotInForce(f"rule {self.id} has no version in force on {on}")
        return version

    @property
    def valid_from(self) -> dt.date:
        return self.versions[0].valid_from

    @property
    def valid_to(self) -> dt.date | None:
        return self.versions[-1].valid_to


class Catalogue(Record):
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Catalogue:
        ids = [r.id for r in self.rules]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"rule ids repeat: {', '.join(repeated)}")
        unknown = sorted({u for r in self.rules for u in r.used_by} - set(ids))
        if unknown:
            raise ValueError(f"used_by names unknown rules: {', '.join(unknown)}")
        return self

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"no rule '{rule_id}'; `samsim rules list` shows the ids")

    def in_force(self, on: dt.date) -> list[Rule]:
        """Rules with a version in force on `on`, in catalogue order."""
        return [r for r in self.rules if r.version(on) is not None]

    def for_check(self, check: Check, on: dt.date) -> list[tuple[Rule, Version]]:
        """The rules evaluated at `check`, each with its version in force on `on`."""
        pairs = [(r, r.version(on)) for r in self.rules if check in r.checks]
        return [(r, v) for r, v in pairs if v is not None]

    def parameter(self, rule_id: str, name: str, on: dt.date) -> Any:
        """Parameter `name` of the version of `rule_id` in force on `on`."""
        return self.rule(rule_id).version_on(on).parameters[name]


@cache
def load_catalogue() -> Catalogue:
    """The catalogue shipped with samsim, validated (cached: it never changes while running).
    Read with the scenario files' libyaml parser: ruamel.yaml's pure-Python one took a tenth of a
    second, a sixth of `samsim validate`."""
    text = (resources.files("simulator.rules") / CATALOGUE_FILE).read_text(encoding="utf-8")
    return Catalogue.model_validate(parse_document(text, CATALOGUE_FILE).data)
