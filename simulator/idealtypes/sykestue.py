"""Physician-led or enhanced sykestue (report 3.6; 3.7 Nordkapp with palliative care and chemo)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from simulator.idealtypes.base import CollaborationBase
from simulator.scenario.base import SykestueRef


class SykestueModel(CollaborationBase):
    type: Literal["sykestue"]
    sykestue: SykestueRef
    hospital_partner: str | None = Field(
        None, description="e.g. 'Lindring i Nord (UNN)' for palliative care (report 3.7)."
    )
