"""A generic time commitment: hours a week or per event, for whom, where and how often.

It carries the report's idealtypes whose only effect on physicians is a recurring claim on
their time (sick-leave dialogue meetings, PKO posts, standby rotas, phone-backs); their
presets in models/ give the numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from simulator.idealtypes import expansion
from simulator.idealtypes.attendance import HAS_ATTENDEES, attended, attendees
from simulator.idealtypes.base import TYPE_HELP, Attendees, CollaborationBase
from simulator.idealtypes.conditions import REPORT, PreconditionRule, Unmet, home
from simulator.plan.categories import Category
from simulator.scenario.base import PlaceRef
from simulator.scenario.registry import Idealtype, register
from simulator.scenario.texts import invalid

if TYPE_CHECKING:
    from simulator.scenario import Scenario


class Per(StrEnum):
    week = "week"  # `hours` every week
    event = "event"  # `hours` per event, `events_per_year` events per attendee


class TimeCommitment(CollaborationBase):
    type: Literal["time_commitment"] = Field(description=TYPE_HELP)
    hours: Annotated[float, Field(gt=0, le=168)] = Field(
        1.0, description="Hours per week or per event for each attendee."
    )
    per: Per = Field(Per.week, description="week: hours every week; event: hours per event.")
    events_per_year: Annotated[float, Field(gt=0, le=2000)] | None = Field(
        None, description="Events per attendee and year; required with `per: event`."
    )
    attendees: Attendees = Field(default_factory=Attendees, description="Who spends the time.")
    place: PlaceRef | None = Field(None, description="Where; none: at each attendee's office.")
    category: Category = Field(
        Category.meetings, description="The ledger category the time is charged to."
    )
    counts_as_public_duty: bool = Field(
        False, description="Counts within the 7.5 h of other municipal tasks (§ 32)."
    )

    @model_validator(mode="after")
    def _events_given_per_event(self) -> TimeCommitment:
        if (self.per is Per.event) != (self.events_per_year is not None):
            raise invalid("events_per_event")
        return self

    @property
    def hours_per_week(self) -> float:
        """Average weekly hours of one attendee."""
        if self.per is Per.week:
            return self.hours
        assert self.events_per_year is not None
        return self.hours * self.events_per_year / 52.0


def _public_duty_hours(commitment: TimeCommitment, scenario: Scenario) -> tuple[float, set[str]]:
    if commitment.counts_as_public_duty:
        return commitment.hours_per_week, attendees(commitment.attendees, commitment, scenario)
    return 0.0, set()


SPECIALIST_SEXUAL_ASSAULT_SERVICE = dt.date(2015, 1, 1)  # report 2.11 [L1145–1147]
SEXUAL_ASSAULT_HISTORICAL = PreconditionRule(
    "precondition-sexual-assault-centre-specialist-service",
    nb="Overgrepsmottak er spesialisthelsetjenestens ansvar fra 2015",
    en="Sexual-assault centres are the specialist service's task from 2015",
    law=REPORT,
    paragraph="2.11 [L1145–1147]",
    kind="guidance",
    severity="warning",
    refs=("seed-004",),
)


def _sexual_assault_centre(c: TimeCommitment, scenario: Scenario, on: dt.date) -> Iterator[Unmet]:
    """The preset for an inter-municipal sexual-assault centre describes the time before 2015."""
    if (
        on >= SPECIALIST_SEXUAL_ASSAULT_SERVICE
        and c.preset == "intermunicipal_sexual_assault_centre"
    ):
        yield Unmet(
            SEXUAL_ASSAULT_HISTORICAL,
            "municipality",
            home(c, scenario),
            f"{c.id}: fra 2015 er overgrepsmottak forankret i spesialisthelsetjenesten",
            f"{c.id}: from 2015 sexual-assault centres belong to the specialist service",
        )


IDEALTYPE = register(
    Idealtype(
        TimeCommitment,
        expand=expansion.time_commitment,
        public_duty_hours=_public_duty_hours,
        preconditions={
            SEXUAL_ASSAULT_HISTORICAL.id: _sexual_assault_centre,
            HAS_ATTENDEES.id: attended(lambda c: c.attendees),
        },
    )
)
