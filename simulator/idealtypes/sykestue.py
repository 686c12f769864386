"""Physician-led or enhanced sykestue (report 3.6; 3.7 Nordkapp with palliative care and chemo)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.idealtypes.conditions import REPORT, PreconditionRule, Unmet
from simulator.idealtypes.library import load_library
from simulator.scenario.base import SykestueRef
from simulator.scenario.beds import Cover, Sykestue
from simulator.scenario.physicians import Employment
from simulator.scenario.registry import Idealtype, register

if TYPE_CHECKING:
    import datetime as dt

    from simulator.scenario import Scenario


class SykestueModel(CollaborationBase):
    type: Literal["sykestue"] = Field(description=TYPE_HELP)
    sykestue: SykestueRef = Field(description="The sykestue.")
    hospital_partner: str | None = Field(
        None, description="e.g. 'Lindring i Nord (UNN)' for palliative care (report 3.7)."
    )


def unit_relation(unit: Sykestue) -> str:
    """Enhanced with palliative care or chemotherapy shared with the hospital (3.7):
    collaboration; else the sykestue's relation."""
    if unit.palliative or unit.chemotherapy:
        return "collaboration"
    return load_library()["sykestue"].relation.value


SALARIED = PreconditionRule(
    "precondition-physician-led-sykestue-salaried",
    nb="Legedrevet sykestue har en kommunalt ansatt fastlege som sykestuelege",
    en="A physician-led sykestue has a salaried GP as sykestue doctor",
    law=REPORT,
    paragraph="3.6 [L1733–1735]; 4 [L1919–1922]",
    kind="local_policy",
    severity="warning",
    refs=("seed-004",),
)
ENHANCED_SALARIED = PreconditionRule(
    "precondition-enhanced-sykestue-salaried",
    nb="Styrket sykestue: kommunalt ansatt fastlege er en fordel",
    en="Enhanced sykestue: a salaried GP is an advantage",
    law=REPORT,
    paragraph="4 [L1922–1924]",
    kind="local_policy",
    severity="info",
    refs=("seed-004",),
)


def _physician_led_salaried(scenario: Scenario, on: dt.date) -> Iterator[Unmet]:
    """Every physician-led sykestue of the scenario, whether or not a collaboration names it."""
    physicians = scenario.by_id("physicians")
    for unit in scenario.sykestuer:
        if not unit.physician_led:
            continue
        doctor = physicians.get(unit.physician or "") if unit.cover is Cover.dedicated else None
        if doctor is None:
            yield Unmet(
                SALARIED,
                "municipality",
                unit.host or unit.municipalities[0],
                f"{unit.id}: legedrevet sykestue uten egen sykestuelege (cover: {unit.cover})",
                f"{unit.id}: a physician-led sykestue without its own doctor (cover: {unit.cover})",
            )
        elif doctor.employment is Employment.self_employed:
            yield Unmet(
                SALARIED,
                "physician",
                doctor.id,
                f"{unit.id}: sykestuelegen er næringsdrivende; legedrevet sykestue forutsetter "
                "en kommunalt ansatt fastlege",
                f"{unit.id}: the sykestue doctor is self-employed; a physician-led sykestue "
                "requires a salaried GP",
            )


def _enhanced_salaried(c: SykestueModel, scenario: Scenario, on: dt.date) -> Iterator[Unmet]:
    if c.preset != "enhanced_sykestue_small_municipality":
        return
    unit = scenario.by_id("sykestuer")[c.sykestue]
    doctor = scenario.by_id("physicians").get(unit.physician or "")
    if doctor is None or doctor.employment is Employment.self_employed:
        yield Unmet(
            ENHANCED_SALARIED,
            "municipality",
            unit.host or unit.municipalities[0],
            f"{c.id}: ingen kommunalt ansatt sykestuelege (en fordel, ikke et krav)",
            f"{c.id}: no salaried sykestue doctor (an advantage, not a requirement)",
        )


IDEALTYPE = register(
    Idealtype(
        SykestueModel,
        governs=lambda c: [("sykestue", c.sykestue)],
        relation=lambda c, scenario: unit_relation(scenario.by_id("sykestuer")[c.sykestue]),
        hospital_agreement=lambda c: bool(c.hospital_partner),
        preconditions={ENHANCED_SALARIED.id: _enhanced_salaried},
        section_checks={SALARIED.id: _physician_led_salaried},
    )
)
