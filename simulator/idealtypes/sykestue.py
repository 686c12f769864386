"""Physician-led or enhanced sykestue (report 3.6; 3.7 Nordkapp with palliative care and chemo)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.idealtypes.library import load_library
from simulator.scenario.base import SykestueRef
from simulator.scenario.beds import Sykestue
from simulator.scenario.registry import Idealtype, register

if TYPE_CHECKING:
    pass


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


IDEALTYPE = register(
    Idealtype(
        SykestueModel,
        governs=lambda c: [("sykestue", c.sykestue)],
        relation=lambda c, scenario: unit_relation(scenario.by_id("sykestuer")[c.sykestue]),
        hospital_agreement=lambda c: bool(c.hospital_partner),
    )
)
