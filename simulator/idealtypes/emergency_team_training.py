"""Interdisciplinary emergency team training (report 2.12 Bjarkøy, 2.13 Alta; kommune-BEST)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from simulator.idealtypes import expansion
from simulator.idealtypes.attendance import HAS_ATTENDEES, attended
from simulator.idealtypes.base import TYPE_HELP, Attendees, CollaborationBase
from simulator.scenario.registry import Idealtype, register


class EmergencyTeamTraining(CollaborationBase):
    type: Literal["emergency_team_training"] = Field(description=TYPE_HELP)
    interval_weeks: Annotated[float, Field(gt=0, le=104)] = Field(
        6.0, description="Weeks between sessions per participant: 6 in Bjarkøy, 52 in Alta."
    )
    duration_hours: Annotated[float, Field(gt=0, le=12)] = Field(
        2.0, description="Hours per session: 2 in Bjarkøy, about 5 (one day) in Alta."
    )
    participants: Attendees = Field(
        default_factory=Attendees, description="Who takes part in the training."
    )
    during_shift: bool = Field(
        False, description="Trained while on duty (Alta), so the time is taken from legevakt."
    )
    allowance_nok_per_year: Annotated[float, Field(ge=0)] = Field(
        0.0, description="Allowance paid to the participants, NOK a year."
    )


IDEALTYPE = register(
    Idealtype(
        EmergencyTeamTraining,
        expand=expansion.emergency_team_training,
        participants=lambda c, _: [("member_of_team", c.participants)],
        preconditions={HAS_ATTENDEES.id: attended(lambda c: c.participants)},
    )
)
