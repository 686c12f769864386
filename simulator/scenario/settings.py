"""The scenario header, demand profile overrides, costs and local policy."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from simulator.scenario.base import (
    Id,
    LegevaktRef,
    Model,
    MunicipalityRef,
    NonNegative,
    Share,
)
from simulator.scenario.texts import invalid


class Lang(StrEnum):
    nb = "nb"
    en = "en"


class ScenarioMeta(Model):
    id: Id
    title: str = Field(description="Title of the plan.")
    description: str = Field("", description="What the plan is about.")
    start_date: dt.date = Field(description="A Monday; engine time 0 is 00:00 that day.")
    weeks: Annotated[int, Field(ge=1, le=520)] = Field(52, description="Horizon after warm-up.")
    warmup_weeks: Annotated[int, Field(ge=0, le=52)] = Field(
        2, description="Weeks simulated before the results are counted."
    )
    seed: Annotated[int, Field(ge=0)] = Field(
        1, description="Seed of the random numbers: same seed, same result."
    )
    rules_date: dt.date | None = Field(
        None, description="Which version of each rule applies; default: start_date."
    )
    lang: Lang = Field(Lang.nb, description="Language of the report: nb or en.")

    @field_validator("start_date")
    @classmethod
    def _monday(cls, value: dt.date) -> dt.date:
        if value.weekday() != 0:
            monday = value - dt.timedelta(days=value.weekday())
            raise invalid("not_monday", value=str(value), monday=str(monday))
        return value

    @property
    def effective_rules_date(self) -> dt.date:
        return self.rules_date or self.start_date


class ContactRates(Model):
    """Legevakt contacts per 1 000 inhabitants per year; unset values come from the profile."""

    nurse_phone: NonNegative | None = Field(
        None, description="Nurse phone contacts per 1 000 inhabitants a year."
    )
    doctor_phone: NonNegative | None = Field(
        None, description="Doctor phone contacts per 1 000 inhabitants a year."
    )
    station_consultation: NonNegative | None = Field(
        None, description="Station consultations per 1 000 inhabitants a year."
    )
    home_visit: NonNegative | None = Field(
        None, description="Home visits per 1 000 inhabitants a year."
    )
    red_response: NonNegative | None = Field(
        None, description="Red responses per 1 000 inhabitants a year."
    )
    e_consultation: NonNegative | None = Field(
        None, description="E-consultations per 1 000 inhabitants a year."
    )


class Demand(Model):
    profile: Literal["national-2023", "flat"] = Field(
        "national-2023", description="Named demand profile shipped with samsim."
    )
    rates: ContactRates = Field(
        default_factory=ContactRates,
        description="Legevakt contacts by kind; none: from the profile.",
    )
    hour_of_week: list[NonNegative] | None = Field(
        None,
        description="168 relative weights, Monday 00–01 first; replaces the profile's shape.",
    )
    hour_of_week_by_municipality: dict[MunicipalityRef, list[NonNegative]] = Field(
        default_factory=dict,
        description="168 weights for the contacts from a municipality, instead of the shape "
        "of its legevakt or of the scenario (e.g. a tourist municipality's weekends).",
    )
    hour_of_week_by_legevakt: dict[LegevaktRef, list[NonNegative]] = Field(
        default_factory=dict,
        description="168 weights for the contacts of a legevakt's municipalities that have no "
        "shape of their own, instead of the scenario's.",
    )
    holiday_factor: NonNegative | None = Field(
        None, description="Demand on public holidays relative to a Sunday."
    )
    distance_decay_half_km: Annotated[float, Field(gt=0)] | None = Field(
        None, description="Distance (km) at which face-to-face rates halve (43 km, S67)."
    )
    gp_consultations_per_person: NonNegative | None = Field(
        None, description="GP consultations per listed person per year (3.0 in 2023, S46)."
    )
    gp_same_day_share: Share | None = Field(
        None, description="Share of GP consultations wanted the same day."
    )
    kad_admissions_per_1000: NonNegative | None = Field(
        None, description="KAD admissions per 1 000 inhabitants a year."
    )

    @field_validator("hour_of_week")
    @classmethod
    def _week_long(cls, value: list[float] | None) -> list[float] | None:
        if value is not None:
            _check_week(value)
        return value

    @field_validator("hour_of_week_by_municipality", "hour_of_week_by_legevakt")
    @classmethod
    def _weeks_long(cls, value: dict[str, list[float]]) -> dict[str, list[float]]:
        for place, week in value.items():
            _check_week(week, place)
        return value


def _check_week(value: list[float], place: str | None = None) -> None:
    """168 weights, not all zero; `place` names whose week it is."""
    if len(value) != 168:
        if place is None:
            raise invalid("hour_of_week_length", count=len(value))
        raise invalid("place_hour_of_week_length", count=len(value), place=place)
    if sum(value) <= 0:
        raise (
            invalid("hour_of_week_zero")
            if place is None
            else invalid("place_hour_of_week_zero", place=place)
        )


class Costs(Model):
    """Prices in NOK. Defaults cite their source in docs/scenario.md."""

    gp_hour_nok: NonNegative = Field(
        1230.0, description="Municipal GP work per hour, specialists, from 2024-07-01 (ASA 4310)."
    )
    salaried_gp_year_nok: NonNegative = Field(
        1_250_000.0, description="Salaried GP cost per FTE-year incl. social costs; an estimate."
    )
    legevakt_hour_nok: NonNegative = Field(
        689.0,
        description="Active legevakt hour, district I, 2021 (SFS 2305 § 9.1; layout unverified).",
    )
    on_call_hour_nok: dict[Literal["class1", "class2", "class3", "class4"], NonNegative] = Field(
        default_factory=lambda: {"class1": 168.0, "class2": 55.0, "class3": 31.0, "class4": 0.0},
        description="On-call allowance per hour by on-call class, weekdays 2021 (SFS 2305 § 8.3).",
    )
    backup_hour_nok: NonNegative = Field(
        168.0, description="Bakvakt allowance per hour, weekdays 2021 (SFS 2305 § 8.5)."
    )
    nurse_hour_nok: NonNegative = Field(650.0, description="Nurse hour incl. social costs; est.")
    travel_per_km_nok: NonNegative = Field(3.5, description="Car cost per km; an estimate.")
    bed_day_nok: NonNegative = Field(4500.0, description="KAD bed-day; an estimate.")
    hospital_bed_day_nok: NonNegative = Field(
        9000.0,
        description="Hospital bed-day; estimate. Descriptive: bed-days avoided are reported in "
        "days, not priced.",
        json_schema_extra={"descriptive": True},
    )
    hospital_transfer_nok: NonNegative = Field(8000.0, description="Ambulance transfer; estimate.")


class PassiveWeighting(StrEnum):
    """How passive on-call hours count as work; no single legal factor exists (MODEL.md §4)."""

    aml_one_seventh = "aml_one_seventh"  # aml § 10-4 (3): at least 1/7
    sfs2305_classes = "sfs2305_classes"  # by active minutes per hour (SFS 2305 § 8.3)
    one_quarter = "one_quarter"  # Legeforeningen 2020 demand: 7 h on site = 28 h on call
    custom = "custom"


class Policy(Model):
    """Local choices that are not law."""

    max_shift_frequency_days: Annotated[int, Field(ge=1, le=60)] | None = Field(
        None, description="At most one legevakt shift in any N days for each doctor."
    )
    max_nights_per_month: Annotated[int, Field(ge=0, le=31)] | None = Field(
        None, description="Most night shifts a doctor takes per calendar month."
    )
    consecutive_on_site_nights: bool = Field(
        False,
        description="May a doctor work on-site night shifts on two days in a row? Common "
        "practice says no (a night awake on site, then the next night again); home call is "
        "not limited, so home-call weeks stay possible.",
    )
    consecutive_weekends: bool = Field(
        True,
        description="May a doctor have legevakt shifts on two weekends in a row? False "
        "spreads them (at most every other weekend); fairness already evens their count.",
    )
    max_duty_days_in_a_row: Annotated[int, Field(ge=1, le=14)] | None = Field(
        None,
        description="At most N days in a row with a legevakt shift for each doctor (none: no "
        "limit beyond rest and frequency, so home-call weeks stay possible).",
    )
    rest_hours_after_duty: Annotated[float, Field(ge=0, le=24)] = Field(
        8.0, description="Hours off between two work periods (SFS 2305 § 7.4 main rule)."
    )
    passive_weighting: PassiveWeighting = Field(
        PassiveWeighting.aml_one_seventh, description="How passive on-call hours count as work."
    )
    passive_weight: Share | None = Field(None, description="The factor for `custom` weighting.")
    aml_for_legevakt: bool = Field(
        False, description="Report aml ch. 10 limits on legevakt as breaches (local policy)."
    )
    commute_is_work: bool = Field(
        False,
        description="Count the drive between home and the legevakt station at the start and "
        "end of a duty as working time (local agreement; aml § 10-1 does not by default).",
    )

    @model_validator(mode="after")
    def _custom_needs_weight(self) -> Policy:
        if (self.passive_weighting is PassiveWeighting.custom) != (self.passive_weight is not None):
            raise invalid("passive_weight")
        return self
