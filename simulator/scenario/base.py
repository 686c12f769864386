"""Building blocks shared by every section of the scenario schema.

`Ref` marks a string field as a reference to an id in another section, so that one walker
can check every cross-reference of a scenario (see `references.py`) without a hand-written
list that could drift from the schema.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from simulator.scenario.texts import invalid


class Model(BaseModel):
    """Base of every schema model: unknown keys are errors, values do not change after load,
    numbers are finite (`.inf` and `.nan` are refused)."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, allow_inf_nan=False, defer_build=True
    )


@dataclass(frozen=True)
class Ref:
    """Field metadata: the value is the `id` of an item in the top-level `section`. The JSON
    Schema says so as `x-ref`, so forms can offer the ids (`samsim app`)."""

    section: str

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> dict[str, Any]:
        return {**handler(schema), "x-ref": self.section}


ID_PATTERN = r"^[a-z0-9][a-z0-9_\-]*$"
Id = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        max_length=64,
        description="Identifier: lower-case letters, digits, '-' and '_' (a slug).",
    ),
]
PlaceRef = Annotated[str, Ref("places")]
MunicipalityRef = Annotated[str, Ref("municipalities")]
OfficeRef = Annotated[str, Ref("offices")]
PhysicianRef = Annotated[str, Ref("physicians")]
LegevaktRef = Annotated[str, Ref("legevakt")]
KadRef = Annotated[str, Ref("kad")]
SykestueRef = Annotated[str, Ref("sykestuer")]

SHARE_TOLERANCE = 1e-6  # how far shares that must sum to 1 may miss it (float rounding)
Share = Annotated[float, Field(ge=0.0, le=1.0)]
NonNegative = Annotated[float, Field(ge=0.0)]
Positive = Annotated[float, Field(gt=0.0)]


class Weekday(StrEnum):
    mon = "mon"
    tue = "tue"
    wed = "wed"
    thu = "thu"
    fri = "fri"
    sat = "sat"
    sun = "sun"

    @property
    def index(self) -> int:
        """Monday is 0, as in `datetime.date.weekday()`."""
        return _WEEKDAY_INDEX[self]


_WEEKDAY_INDEX = {day: number for number, day in enumerate(Weekday)}
WORKDAYS = (Weekday.mon, Weekday.tue, Weekday.wed, Weekday.thu, Weekday.fri)
ALL_DAYS = tuple(Weekday)

_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _check_clock(value: str) -> str:
    if not _CLOCK.match(value):
        raise invalid("clock_time", value=value)
    return value


ClockTime = Annotated[str, AfterValidator(_check_clock), Field(description="Time of day, HH:MM.")]


def clock_minutes(value: str) -> int:
    """Minutes after midnight of an HH:MM string."""
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


class DateRange(Model):
    """A closed range of dates; `to` may be left open."""

    from_: dt.date = Field(alias="from", description="First day.")
    to: dt.date | None = Field(None, description="Last day; open means no end.")

    def contains(self, day: dt.date) -> bool:
        return self.from_ <= day and (self.to is None or day <= self.to)
