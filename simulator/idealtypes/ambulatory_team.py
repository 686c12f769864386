"""A travelling interdisciplinary team (report 2.5 cancer team; 3.1 geriatric; 3.2 rehab)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from simulator.idealtypes import expansion
from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.scenario.base import PhysicianRef, PlaceRef
from simulator.scenario.registry import Idealtype, register


class AmbulatoryTeam(CollaborationBase):
    type: Literal["ambulatory_team"] = Field(description=TYPE_HELP)
    base: PlaceRef = Field(description="Place the team travels from.")
    resource_gp: PhysicianRef | None = Field(None, description="The team's advisory GP.")
    resource_gp_hours_per_week: Annotated[float, Field(ge=0, le=20)] = Field(
        2.0, description="Hours a week of the team's resource GP."
    )
    visits_per_month: Annotated[float, Field(ge=0, le=60)] = Field(
        4.0, description="Team visits to member municipalities; an estimate (not in the report)."
    )
    gp_minutes_per_visit: Annotated[float, Field(ge=0, le=240)] = Field(
        30.0, description="Time of the patient's GP per team visit; an estimate."
    )
    team_size: Annotated[int, Field(ge=1, le=20)] = Field(
        2, description="People going on each visit."
    )
    municipal_team: bool = Field(
        True,
        description="The municipalities pay the team's travel (2.5); a hospital-trust team's "
        "travel is the trust's (3.1, 3.2).",
    )


IDEALTYPE = register(
    Idealtype(
        AmbulatoryTeam,
        expand=expansion.ambulatory_team,
        participants=lambda c, _: [("member_of_team", [c.resource_gp])] if c.resource_gp else [],
    )
)
