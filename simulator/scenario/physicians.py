"""Physicians: GPs, LIS1, locums, kommuneoverleger and others, with their time commitments."""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from simulator.scenario.base import (
    SHARE_TOLERANCE,
    DateRange,
    Id,
    LegevaktRef,
    Model,
    MunicipalityRef,
    NonNegative,
    OfficeRef,
    PlaceRef,
    Weekday,
)
from simulator.scenario.texts import invalid

LIST_AGE_LIMIT = 80  # fastlegeforskriften 2025 § 12: extension not past 80 [L1]


class Role(StrEnum):
    gp = "gp"
    lis1 = "lis1"
    locum = "locum"
    kommuneoverlege = "kommuneoverlege"
    nursing_home = "nursing_home"
    legevakt = "legevakt"
    hospital = "hospital"


class Employment(StrEnum):
    salaried = "salaried"
    self_employed = "self_employed"


class ExemptionKind(StrEnum):
    """Grounds for exemption from legevakt (fastlegeforskriften 2025 § 33)."""

    age = "age"
    pregnancy = "pregnancy"
    breastfeeding = "breastfeeding"
    health = "health"
    social = "social"


class Exemption(Model):
    kind: ExemptionKind = Field(description="The ground for the exemption.")
    period: DateRange | None = Field(None, description="When it applies; open means always.")
    granted: bool = Field(
        True, description="For discretionary grounds (health, social): has the kommune granted it."
    )


class Competence(Model):
    """What kompetansekravforskriften § 3a asks of a doctor on duty without bakvakt."""

    specialist_general_practice: bool = Field(False, description="Specialist in general practice.")
    in_specialist_training: bool = Field(
        False, description="In specialist training in general practice."
    )
    approved_allmennlege: bool = Field(False, description="Approved allmennlege (older approval).")
    lis1_completed: bool = Field(False, description="Has completed LIS1.")
    legevakt_courses: bool = Field(
        False,
        description="Acute-medicine and violence/abuse courses (akuttmedisinforskriften § 8).",
    )


class BranchDays(Model):
    office: OfficeRef = Field(description="The branch office.")
    days: list[Weekday] = Field(min_length=1, description="Weekdays at the branch office.")


class PublicDuty(Model):
    """Other municipal tasks (andre kommunale oppgaver, fastlegeforskriften § 32)."""

    task: str = Field(description="e.g. nursing_home, health_station, school_health, prison.")
    hours_per_week: Annotated[float, Field(gt=0, le=40)] = Field(description="Hours a week.")
    place: PlaceRef | None = Field(None, description="Where the duty is done.")
    days: list[Weekday] = Field(
        default_factory=list, description="Weekdays the duty is done; empty spreads it evenly."
    )


class KommuneoverlegeShare(Model):
    municipality: MunicipalityRef = Field(description="The municipality served.")
    fte: Annotated[float, Field(gt=0, le=1.0)] = Field(description="Share of a full-time position.")


class Physician(Model):
    id: Id
    name: str | None = Field(None, description="Name shown in the report and calendars.")
    office: OfficeRef | None = Field(None, description="Home office; none for e.g. hospital staff.")
    role: Role = Field(
        Role.gp, description="gp, lis1, locum, kommuneoverlege, nursing_home, legevakt or hospital."
    )
    employment: Employment = Field(
        Employment.self_employed, description="self_employed (næringsdrivende) or employed."
    )
    age: Annotated[int, Field(ge=20, le=90)] = Field(description="Age in whole years.")
    birth_date: dt.date | None = Field(
        None, description="Optional; makes age-based rules change exactly at the birthday."
    )
    sex: Annotated[str, Field(pattern="^(f|m)$")] | None = Field(None, description="f or m.")
    fte: Annotated[float, Field(gt=0.0, le=1.2, description="Full-time equivalents, (0, 1.2].")]
    list_size: Annotated[int, Field(ge=0, le=5000)] = Field(
        0, description="Patients on the GP list."
    )
    list_ceiling: Annotated[int, Field(ge=0, le=5000)] | None = Field(
        None, description="Agreed ceiling of the list; none: no ceiling."
    )
    list_ceiling_agreed: bool = Field(
        False,
        description="A ceiling below 500 is agreed with the kommune (fastlegeforskriften § 10).",
    )
    list_municipality: MunicipalityRef | None = Field(
        None, description="Where the listed patients live; default: the office's municipality."
    )
    list_split: dict[MunicipalityRef, Annotated[float, Field(gt=0, le=1)]] = Field(
        default_factory=dict,
        description="Share of the listed patients living in each municipality, for a GP who "
        "serves a branch office in another municipality; empty: all in list_municipality.",
    )
    branch_days: list[BranchDays] = Field(
        default_factory=list, description="Days at branch offices of the home office."
    )
    public_duties: list[PublicDuty] = Field(
        default_factory=list, description="Public duties (offentlige allmennlegeoppgaver)."
    )
    kommuneoverlege: list[KommuneoverlegeShare] = Field(
        default_factory=list, description="Kommuneoverlege shares held."
    )
    legevakt: list[LegevaktRef] = Field(
        default_factory=list,
        description="Legevakt rotas the doctor is in; empty: decided by the legevakt's pool rule.",
    )
    exemptions: list[Exemption] = Field(
        default_factory=list, description="Exemptions from legevakt."
    )
    opted_in: bool = Field(
        False, description="Takes legevakt despite a right to exemption (fastlegeforskriften § 33)."
    )
    competence: Competence = Field(
        default_factory=Competence, description="Qualifications for working alone on legevakt."
    )
    home: PlaceRef | None = Field(None, description="Where the doctor lives (home-call travel).")
    duty_flat: list[LegevaktRef] = Field(
        default_factory=list,
        description="Legevakter where the doctor stays in the duty flat at the station while on "
        "duty: home call and bakvakt wait there, and the drive from home is made once each way.",
    )
    vacation_weeks: Annotated[float, Field(ge=0, le=10)] = Field(
        5.0, description="Weeks of vacation per year (ferieloven 4 weeks + 1 by agreement)."
    )
    vacation_plan: list[Annotated[int, Field(ge=1, le=53)]] = Field(
        default_factory=list,
        description="The ISO weeks the doctor is away, as planned; instead of `vacation_weeks` "
        "weeks chosen by samsim, staggered across the office and the legevakt pool.",
    )
    other_hours_per_week: NonNegative = Field(
        0.0, description="Other regular non-clinical work (admin, PKO) in hours per week."
    )

    @model_validator(mode="after")
    def _plausible(self) -> Physician:
        if self.age > LIST_AGE_LIMIT and self.list_size > 0:
            raise invalid("list_age", age=self.age, limit=LIST_AGE_LIMIT)
        if self.list_ceiling is not None and self.list_size > self.list_ceiling:
            raise invalid("list_above_ceiling", size=self.list_size, ceiling=self.list_ceiling)
        if self.list_size > 0 and self.role not in (Role.gp, Role.lis1, Role.locum):
            raise invalid("no_list_for_role", role=self.role.value)
        if self.branch_days and self.office is None:
            raise invalid("branch_days_office")
        self._check_list_split()
        return self

    def _check_list_split(self) -> None:
        if not self.list_split:
            return
        if self.list_municipality is not None:
            raise invalid("list_municipality_or_split")
        total = math.fsum(self.list_split.values())
        if abs(total - 1.0) > SHARE_TOLERANCE:
            raise invalid("list_split_sum", total=round(total, 4))

    def age_on(self, day: dt.date) -> int:
        """Age in whole years on `day`: exact with a birth date, else `age` throughout."""
        if self.birth_date is None:
            return self.age
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))
