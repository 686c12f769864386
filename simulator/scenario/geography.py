"""Municipalities, places and the travel section: where people live and how they move."""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator

from simulator.scenario.base import SHARE_TOLERANCE, Id, Model, MunicipalityRef, PlaceRef, Positive
from simulator.scenario.bounds import MAX_LINK_KM, MAX_LINK_MINUTES, MAX_POPULATION
from simulator.scenario.texts import invalid


def _four_digits(value: object) -> object:
    """YAML reads 0301 as the integer 301; give kommunenummer back its leading zero."""
    return f"{value:04d}" if isinstance(value, int) and not isinstance(value, bool) else value


class AgeBand(Model):
    """Inhabitants in an age band [from_age, to_age)."""

    from_age: Annotated[int, Field(ge=0, le=120)] = Field(
        description="First age in the band (inclusive)."
    )
    to_age: Annotated[int, Field(gt=0, le=121)] = Field(
        description="Age the band ends before (exclusive)."
    )
    population: Annotated[int, Field(ge=0, le=MAX_POPULATION)] = Field(
        description="Inhabitants in the band."
    )


class Settlement(Model):
    """A place where a share of the municipality's inhabitants live (demand originates here)."""

    place: PlaceRef = Field(description="The place of the settlement.")
    share: Annotated[float, Field(gt=0.0, le=1.0, description="Share of the population.")]


class Municipality(Model):
    id: Id
    number: Annotated[
        str,
        BeforeValidator(_four_digits),
        Field(pattern=r"^\d{4}$", description="Four-digit kommunenummer (SSB KLASS 131)."),
    ]
    name: str = Field(description="Name of the municipality.")
    population: Annotated[int, Field(ge=0, le=MAX_POPULATION, description="Inhabitants.")]
    age_bands: list[AgeBand] = Field(
        default_factory=list, description="Optional split of the population by age."
    )
    settlements: list[Settlement] = Field(
        default_factory=list,
        description="Where the inhabitants live; empty means one settlement at the centre place.",
    )
    centre: PlaceRef | None = Field(
        None, description="The administrative centre; default settlement when none are given."
    )
    legevakt_gap_deliberate: bool = Field(
        False,
        description="Some hours are served by no legevakt on purpose (validation refuses such "
        "hours otherwise; `check` still reports them under akuttmedisinforskriften § 6).",
    )

    @model_validator(mode="after")
    def _shares_and_bands(self) -> Municipality:
        if self.settlements:
            total = math.fsum(s.share for s in self.settlements)
            if abs(total - 1.0) > SHARE_TOLERANCE:
                raise invalid("settlement_shares", total=round(total, 4))
        elif self.centre is None:
            raise invalid("settlements_or_centre")
        if self.age_bands:
            banded = sum(b.population for b in self.age_bands)
            if banded != self.population:
                raise invalid("age_bands_population", banded=banded, population=self.population)
        return self

    def settlement_shares(self) -> list[Settlement]:
        """The settlements, or the centre as the single settlement."""
        if self.settlements:
            return list(self.settlements)
        assert self.centre is not None
        return [Settlement(place=self.centre, share=1.0)]

    def population_centre(self) -> str:
        """The most populous settlement: where the municipality's patients travel from."""
        return max(self.settlement_shares(), key=lambda s: s.share).place


class PlaceKind(StrEnum):
    settlement = "settlement"
    office = "office"
    legevakt = "legevakt"
    hospital = "hospital"
    nursing_home = "nursing_home"
    ferry_quay = "ferry_quay"
    junction = "junction"
    other = "other"


class Place(Model):
    id: Id
    name: str = Field(description="Name of the place.")
    lat: Annotated[float, Field(ge=57.0, le=81.5, description="Latitude, WGS84 degrees.")]
    lon: Annotated[float, Field(ge=-10.0, le=35.0, description="Longitude, WGS84 degrees.")]
    municipality: MunicipalityRef | None = Field(
        None, description="The municipality the place lies in."
    )
    kind: PlaceKind = Field(
        PlaceKind.settlement,
        description="What the place is (settlement, office, legevakt, hospital, ...).",
    )


class LinkMode(StrEnum):
    road = "road"
    ferry = "ferry"


class Link(Model):
    """A travel leg between two places, usable in both directions.

    Give `minutes` (and `km`) from a route planner; otherwise they are estimated from the
    coordinates. A ferry leg's time is its crossing plus the expected wait: half the interval
    between departures when `departures_per_day` is given, otherwise the crossing at the
    effective ferry speed (which already includes waiting, as in SSB's drive-time method).
    """

    from_: PlaceRef = Field(alias="from", description="Place the link starts at.")
    to: PlaceRef = Field(description="Place the link ends at.")
    mode: LinkMode = Field(LinkMode.road, description="road or ferry.")
    minutes: Annotated[float, Field(gt=0, le=MAX_LINK_MINUTES)] | None = Field(
        None, description="Travel time in minutes."
    )
    km: Annotated[float, Field(gt=0, le=MAX_LINK_KM)] | None = Field(
        None, description="Distance in km."
    )
    departures_per_day: Annotated[float, Field(gt=0, le=200)] | None = Field(
        None, description="Ferry departures per day (between 06 and 24); adds half the interval."
    )

    @model_validator(mode="after")
    def _not_a_loop(self) -> Link:
        if self.from_ == self.to:
            raise invalid("link_to_itself", place=self.to)
        if self.departures_per_day is not None and self.mode is not LinkMode.ferry:
            raise invalid("departures_not_ferry")
        return self


class Travel(Model):
    road_speed_kmh: Annotated[float, Field(gt=5, le=130)] = Field(
        60.0, description="Average road speed (km/h) for legs estimated from coordinates."
    )
    detour_factor: Annotated[float, Field(ge=1.0, le=3.0)] = Field(
        1.3, description="Road km per great-circle km for legs estimated from coordinates."
    )
    ferry_speed_kmh: Positive = Field(
        12.3,
        description="Effective ferry speed incl. waiting (km/h); SSB drive-time method (S68).",
    )
    connect: Literal["nearest", "links_only"] = Field(
        "nearest",
        description=(
            "`nearest`: places without explicit links are joined to their nearest neighbours "
            "by estimated road legs; `links_only`: only the listed links exist."
        ),
    )
    links: list[Link] = Field(
        default_factory=list, description="Road and ferry links between places."
    )
