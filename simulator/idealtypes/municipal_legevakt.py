"""A single municipality's own legevakt (report 2.14 Alta)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from simulator.idealtypes.base import CollaborationBase
from simulator.scenario.base import LegevaktRef


class MunicipalLegevakt(CollaborationBase):
    type: Literal["municipal_legevakt"]
    legevakt: LegevaktRef
    daytime_legevakt: bool = Field(
        False, description="A staffed daytime legevakt takes acute demand in office hours."
    )
    ambulance_colocated: bool = Field(False, description="Alta: ambulance next door.")
