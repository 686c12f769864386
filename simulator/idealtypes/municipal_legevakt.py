"""A single municipality's own legevakt (report 2.14 Alta)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.idealtypes.intermunicipal_legevakt import LEGEVAKT_SCOPE, serves_as
from simulator.scenario.base import LegevaktRef
from simulator.scenario.registry import Idealtype, register


class MunicipalLegevakt(CollaborationBase):
    type: Literal["municipal_legevakt"] = Field(description=TYPE_HELP)
    legevakt: LegevaktRef = Field(description="The municipality's own legevakt.")


IDEALTYPE = register(
    Idealtype(
        MunicipalLegevakt,
        governs=lambda c: [("legevakt", c.legevakt)],
        preconditions={LEGEVAKT_SCOPE.id: serves_as(shared=False)},
    )
)
