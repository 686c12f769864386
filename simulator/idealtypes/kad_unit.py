"""KAD beds (municipal acute 24-hour beds; report 2.15 and 3.6)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.scenario.base import KadRef
from simulator.scenario.registry import Idealtype, register


class KadUnit(CollaborationBase):
    type: Literal["kad_unit"] = Field(description=TYPE_HELP)
    kad: KadRef = Field(description="The KAD unit.")


IDEALTYPE = register(Idealtype(KadUnit, governs=lambda c: [("kad", c.kad)]))
