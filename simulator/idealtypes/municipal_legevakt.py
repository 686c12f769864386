"""A single municipality's own legevakt (report 2.14 Alta)."""

from __future__ import annotations

from typing import Literal

from simulator.idealtypes.base import CollaborationBase
from simulator.idealtypes.intermunicipal_legevakt import LEGEVAKT_SCOPE, serves_as
from simulator.scenario.base import LegevaktRef
from simulator.scenario.registry import Idealtype, register


class MunicipalLegevakt(CollaborationBase):
    type: Literal["municipal_legevakt"]
    legevakt: LegevaktRef


IDEALTYPE = register(
    Idealtype(
        MunicipalLegevakt,
        governs=lambda c: [("legevakt", c.legevakt)],
        preconditions={LEGEVAKT_SCOPE.id: serves_as(shared=False)},
    )
)
