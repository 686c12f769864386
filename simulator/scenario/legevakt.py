"""Legevakt: the station, its shift templates, call centre, call-outs and doctor pool."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator, model_validator

from simulator.scenario.base import (
    ALL_DAYS,
    ClockTime,
    Id,
    Model,
    MunicipalityRef,
    PhysicianRef,
    PlaceRef,
    Share,
    Weekday,
    clock_minutes,
)
from simulator.scenario.gaps import GapPolicy
from simulator.scenario.legevakt_hours import CoverWindow
from simulator.scenario.texts import invalid

MINUTES_PER_DAY = 24 * 60
LONGEST_SHIFT_HOURS = 168  # a week of home call (ukevakt), as rural legevakter run it


class ShiftMode(StrEnum):
    on_site = "on_site"  # tilstedevakt
    home_call = "home_call"  # hjemmevakt
    backup = "backup"  # bakvakt


class OnHolidays(StrEnum):
    """Whether a shift template starts on a public holiday."""

    sunday = "sunday"  # as on a Sunday: if its days include Sunday
    own_days = "own_days"  # on its own days, holiday or not (a long duty covering the holiday)
    only = "only"  # on public holidays only, whatever its days (a holiday template)


class OfficeDays(StrEnum):
    """What a shift does to the office days of the doctors who take it."""

    excluded = "excluded"  # a doctor with office hours during the shift may not take it
    replaced = "replaced"  # the shift takes the place of the office hours it overlaps
    kept = "kept"  # the doctor keeps the office day and is on call from there


class ShiftTemplate(Model):
    """A shift that starts on each of `days` at `start` and lasts to `end` (or `hours`).

    An `end` at or before `start` ends the next day. Public holidays use the Sunday templates
    unless `on_holidays` says otherwise.
    """

    id: Id
    days: list[Weekday] = Field(
        default_factory=lambda: list(ALL_DAYS), min_length=1, description="Weekdays the shift runs."
    )
    start: ClockTime
    end: ClockTime | None = Field(None, description="When the shift ends (HH:MM); or give hours.")
    hours: Annotated[float, Field(gt=0, le=LONGEST_SHIFT_HOURS)] | None = Field(
        None,
        description="Length in hours, instead of `end` (e.g. 24 for a day-and-night shift, 168 "
        "for a week of home call).",
    )
    mode: ShiftMode = Field(
        ShiftMode.on_site, description="on_site, home_call or backup (bakvakt)."
    )
    doctors: Annotated[int, Field(ge=1, le=20)] = Field(1, description="Doctors on the shift.")
    nurses: Annotated[int, Field(ge=0, le=50)] = Field(0, description="Nurses on the shift.")
    nurse_takes: Share = Field(
        0.2,
        description="Share of the doctor's minutes on an orange or green station consultation "
        "that the shift's nurses take (triage, vital signs, wound care, simple contacts) while "
        "`nurses` is at least 1; an estimate, no national figure (docs/engine.md).",
    )
    office_days: OfficeDays = Field(
        OfficeDays.excluded,
        description="`replaced`: GPs take turns on the shift instead of their office hours "
        "(a daytime legevakt); `kept`: on call from the office (a bakvakt carried alongside "
        "office work; not for on-site shifts).",
    )
    pool: list[PhysicianRef] = Field(
        default_factory=list,
        description="Only these doctors of the legevakt's pool may take the shift; empty: any.",
    )
    pool_municipalities: list[MunicipalityRef] = Field(
        default_factory=list,
        description="Only doctors of the legevakt's pool whose office is in these municipalities "
        "may take the shift (e.g. a municipality's own evenings, the neighbours' doctors only as "
        "bakvakt); empty: any.",
    )
    on_holidays: OnHolidays = Field(
        OnHolidays.sunday,
        description="On a public holiday: `sunday` starts the template if its days include "
        "Sunday; `own_days` on its own days all the same (a week of home call that spans the "
        "holiday); `only` on public holidays only (a template of their own).",
    )
    when_needed: bool = Field(
        False,
        description="A bakvakt staffed only on the shifts whose front doctor lacks the "
        "competence of kompetansekravforskriften § 3a, the only ones akuttmedisinforskriften § 7 "
        "requires it for (`mode: backup` only).",
    )

    @model_validator(mode="after")
    def _has_length(self) -> ShiftTemplate:
        if (self.end is None) == (self.hours is None):
            raise invalid("end_or_hours")
        if self.office_days is OfficeDays.kept and self.mode is ShiftMode.on_site:
            raise invalid("on_site_from_office")
        if self.when_needed and self.mode is not ShiftMode.backup:
            raise invalid("when_needed_not_backup")
        if self.end is not None and self.end == self.start:
            raise invalid("shift_no_length", start=self.start)
        return self

    def starts_on(self, weekday: Weekday, holiday: bool) -> bool:
        """Does the template start on a day that is `weekday` (and perhaps a holiday)?"""
        if self.on_holidays is OnHolidays.only:
            return holiday
        if holiday and self.on_holidays is OnHolidays.sunday:
            return Weekday.sun in self.days
        return weekday in self.days

    @property
    def minutes(self) -> int:
        """Length in minutes."""
        if self.hours is not None:
            return round(self.hours * 60)
        assert self.end is not None
        return (clock_minutes(self.end) - clock_minutes(self.start)) % MINUTES_PER_DAY


class Daytime(StrEnum):
    """Who takes acute demand in office hours."""

    gp_offices = "gp_offices"
    legevakt = "legevakt"


class CallCentre(Model):
    """Legevaktsentral (116 117), staffed by nurses."""

    nurses: Annotated[int, Field(ge=0, le=50)] = Field(
        1, description="Nurses answering calls at any time; 0 routes calls to the doctor on duty."
    )
    answer_minutes_mean: Annotated[float, Field(gt=0, le=60)] = Field(
        4.0, description="Mean call-handling time (minutes); an estimate, no national figure."
    )


class Callout(Model):
    """Doctor call-outs (utrykning) and home visits (sykebesøk)."""

    with_ambulance_share: Share = Field(
        0.48,
        description="Share of red responses that start with a doctor call-out with the "
        "ambulance; Zakariassen et al. 2009 (S57).",
    )
    ambulance_colocated: bool = Field(
        False,
        description="Ambulance at the station; descriptive: the engine does not simulate the "
        "ambulance, so it changes no result.",
        json_schema_extra={"descriptive": True},
    )
    on_scene_minutes: Annotated[float, Field(gt=0, le=480)] = Field(
        30.0, description="Minutes at the scene of an emergency call-out."
    )
    home_visit_minutes: Annotated[float, Field(gt=0, le=480)] = Field(
        30.0, description="Minutes a home visit takes on the spot."
    )


class PoolRule(StrEnum):
    """Who is in the doctor pool when `pool` does not list the doctors."""

    served_gps = "served_gps"  # GPs, LIS1 and locums at offices in the served municipalities
    listed = "listed"  # only doctors naming this legevakt under `physicians[].legevakt`


class Legevakt(Model):
    id: Id
    name: str = Field(description="Name shown in the report.")
    station: PlaceRef = Field(description="The place of the legevakt station.")
    municipalities: list[MunicipalityRef] = Field(
        min_length=1, description="The municipalities the legevakt serves."
    )
    hours: dict[MunicipalityRef, list[CoverWindow]] = Field(
        default_factory=dict,
        description="When the legevakt serves a municipality, as time windows per municipality "
        "(e.g. only nights and weekends); a municipality not named here is served at all hours. "
        "Public holidays follow the Sunday windows.",
    )
    host: MunicipalityRef | None = Field(None, description="Vertskommune; default: the first.")
    daytime: Daytime = Field(
        Daytime.gp_offices,
        description="Who takes acute demand in office hours: gp_offices or legevakt.",
    )
    shifts: list[ShiftTemplate] = Field(
        min_length=1, description="The shift templates of the rota."
    )
    call_centre: CallCentre = Field(
        default_factory=CallCentre, description="The legevaktsentral (116 117) answering calls."
    )
    callout: Callout = Field(
        default_factory=Callout, description="Call-outs with the ambulance and home visits."
    )
    telemedicine: bool = Field(False, description="Video conference (VAKe) with the hospital.")
    pool: list[PhysicianRef] = Field(
        default_factory=list, description="Physicians in the rota; empty: decided by pool_rule."
    )
    pool_rule: PoolRule = Field(
        PoolRule.served_gps,
        description="Who is in the rota when pool is empty: served_gps or listed.",
    )
    rota_file: Path | None = Field(
        None, description="A rota CSV (relative to the scenario file); none means generated."
    )
    nurse_cost_per_hour_nok: Annotated[float, Field(ge=0)] | None = Field(
        None, description="Cost of a nurse hour, NOK; none: the costs section's."
    )
    staffing: GapPolicy = Field(
        default_factory=GapPolicy, description="What fills a shift the pool cannot staff."
    )

    @field_validator("rota_file")
    @classmethod
    def _beside_the_scenario(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        """Resolved once at load, so that trials in other processes and folders find it."""
        folder = (info.context or {}).get("folder")
        return folder / value if value is not None and folder is not None else value

    @model_validator(mode="after")
    def _unique_shift_ids(self) -> Legevakt:
        ids = [s.id for s in self.shifts]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise invalid("shift_ids_repeat", ids=", ".join(duplicates))
        strangers = sorted(set(self.hours) - set(self.municipalities))
        if strangers:
            raise invalid("hours_not_served", names=", ".join(strangers))
        if self.staffing.neighbour == self.id:
            raise invalid("neighbour_itself")
        return self

    def hours_for(self, municipality: str) -> list[CoverWindow] | None:
        """The windows when this legevakt serves `municipality`; None: around the clock."""
        return self.hours.get(municipality)
