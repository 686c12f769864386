"""A single municipality's own legevakt (report 2.14 Alta)."""

from __future__ import annotations

from typing import Literal

from simulator.idealtypes.base import CollaborationBase
from simulator.idealtypes.registry import Idealtype, register
from simulator.scenario.base import LegevaktRef


class MunicipalLegevakt(CollaborationBase):
    type: Literal["municipal_legevakt"]
    legevakt: LegevaktRef


IDEALTYPE = register(Idealtype(MunicipalLegevakt, governs=lambda c: [("legevakt", c.legevakt)]))
