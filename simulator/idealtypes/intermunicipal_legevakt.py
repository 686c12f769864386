"""Inter-municipal legevakt (report 2.15 Nordhordland; 3.5 VAKe telemedicine)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from simulator.idealtypes import expansion
from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.scenario.base import LegevaktRef
from simulator.scenario.registry import Idealtype, register


class IntermunicipalLegevakt(CollaborationBase):
    type: Literal["intermunicipal_legevakt"] = Field(description=TYPE_HELP)
    legevakt: LegevaktRef = Field(description="The shared legevakt.")
    telemedicine: bool = Field(False, description="VAKe video conference with the hospital.")
    head_fte: Annotated[float, Field(ge=0, le=2)] = Field(
        0.6, description="Legevakt head position (Nordhordland: 60 %, report 2.15)."
    )
    admin_fte: Annotated[float, Field(ge=0, le=10)] = Field(
        2.0, description="Administrative staff (Nordhordland: 2 FTE, report 2.15)."
    )


IDEALTYPE = register(
    Idealtype(
        IntermunicipalLegevakt,
        expand=expansion.intermunicipal_legevakt,
        governs=lambda c: [("legevakt", c.legevakt)],
        telemedicine=lambda c: c.telemedicine,
    )
)
