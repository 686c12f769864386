"""GP offices (legekontor) and branch offices (utekontor)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from simulator.scenario.base import (
    WORKDAYS,
    ClockTime,
    Id,
    Model,
    MunicipalityRef,
    OfficeRef,
    PlaceRef,
    Weekday,
    clock_minutes,
)
from simulator.scenario.texts import invalid

STAFF_PER_GP = 0.6  # ESTIMATE: admin staff FTE per GP when the scenario gives none


class OfficeKind(StrEnum):
    municipal = "municipal"
    private = "private"


class OpeningHours(Model):
    days: list[Weekday] = Field(default_factory=lambda: list(WORKDAYS), description="Opening days.")
    start: ClockTime = "08:00"
    end: ClockTime = "15:30"

    @model_validator(mode="after")
    def _ordered(self) -> OpeningHours:
        if clock_minutes(self.end) <= clock_minutes(self.start):
            raise invalid("opening_hours", end=self.end, start=self.start)
        return self

    @property
    def minutes_per_day(self) -> int:
        return clock_minutes(self.end) - clock_minutes(self.start)


class Office(Model):
    id: Id
    name: str = Field(description="Name of the office.")
    place: PlaceRef = Field(description="Where the office is.")
    municipality: MunicipalityRef = Field(description="The municipality of the office.")
    kind: OfficeKind = Field(OfficeKind.municipal, description="municipal or private.")
    opening_hours: OpeningHours = Field(
        default_factory=OpeningHours, description="Opening days and hours."
    )
    branch_of: OfficeRef | None = Field(
        None, description="Makes this a branch office (utekontor) staffed from the main office."
    )
    secretaries: Annotated[float, Field(ge=0)] | None = Field(
        None,
        description="Admin staff FTE: answer the phone (fastlegeforskriften § 16), support the "
        "GPs' patient work and, with the time left, take over the owners' work; default 0.6 "
        "per GP with a list at the office (an estimate).",
    )
    closed_in_summer_weeks: list[Annotated[int, Field(ge=1, le=53)]] = Field(
        default_factory=list,
        description="ISO weeks a branch office is closed (Senjalegen closes branches in summer).",
    )
