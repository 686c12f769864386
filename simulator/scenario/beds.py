"""Municipal acute beds (KAD) and sykestuer: bed units with physician cover."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from simulator.scenario.base import Id, LegevaktRef, Model, MunicipalityRef, PhysicianRef, PlaceRef
from simulator.scenario.texts import invalid


class Cover(StrEnum):
    """Which doctor does the physician work of a bed unit."""

    dedicated = "dedicated"  # a named physician in office hours, the legevakt doctor otherwise
    legevakt = "legevakt"  # the legevakt doctor on duty: bed work competes with patients
    gp_on_duty = "gp_on_duty"  # the GPs of the unit's municipality, in turn


class LengthOfStay(Model):
    """Lognormal length of stay, given by its median and the sigma of log-days."""

    median_days: Annotated[float, Field(gt=0, le=60)] = Field(
        3.0, description="Median length of stay; five municipal acute wards 2014–20 (S80)."
    )
    sigma: Annotated[float, Field(gt=0, le=3)] = Field(
        0.6, description="Spread of log length of stay; an estimate giving a mean of about 3.6 d."
    )


class BedUnit(Model):
    id: Id
    name: str = Field(description="Name shown in the report.")
    place: PlaceRef = Field(description="Where the unit is.")
    beds: Annotated[int, Field(ge=1, le=200)] = Field(description="Number of beds.")
    municipalities: list[MunicipalityRef] = Field(
        min_length=1, description="The municipalities whose patients it takes."
    )
    host: MunicipalityRef | None = Field(None, description="The municipality that runs the unit.")
    cover: Cover = Field(
        Cover.legevakt, description="Who sees the patients: dedicated, legevakt or gp_on_duty."
    )
    physician: PhysicianRef | None = Field(None, description="The doctor for `cover: dedicated`.")
    legevakt: LegevaktRef | None = Field(None, description="The legevakt for `cover: legevakt`.")
    admissions_per_1000: Annotated[float, Field(ge=0, le=100)] | None = Field(
        None,
        description="Admissions per 1 000 inhabitants per year; default from the demand "
        "profile (5.2, Helsedirektoratet ØHD status 2022, S78).",
    )
    length_of_stay: LengthOfStay = Field(
        default_factory=LengthOfStay, description="How long patients stay, in days."
    )
    physician_minutes_per_admission: Annotated[float, Field(ge=0, le=600)] = Field(
        45.0, description="Examination and admission note; an estimate (no national figure)."
    )
    physician_minutes_per_patient_day: Annotated[float, Field(ge=0, le=240)] = Field(
        15.0, description="Daily round per patient; an estimate (no national figure)."
    )
    bed_day_cost_nok: Annotated[float, Field(ge=0)] | None = Field(
        None, description="Cost per occupied bed day, NOK; none: the costs section's."
    )

    @model_validator(mode="after")
    def _cover_has_doctor(self) -> BedUnit:
        if self.cover is Cover.dedicated and self.physician is None:
            raise invalid("dedicated_needs_physician")
        if self.cover is Cover.legevakt and self.legevakt is None:
            raise invalid("legevakt_cover_needs_legevakt")
        return self


class Kad(BedUnit):
    """KAD / ø-hjelp døgnopphold (helse- og omsorgstjenesteloven § 3-5 third paragraph)."""

    mental_health: bool = Field(
        True,
        description="Also takes mental health and substance use patients (duty from "
        "2017-01-01); the guidance builds this on the somatic units (S40).",
    )


class Sykestue(BedUnit):
    """A small municipal infirmary; may be physician-led and offer palliative care and chemo."""

    physician_led: bool = Field(
        False, description="Doctor-run (requires a salaried GP; KS/Norut report 3.6)."
    )
    palliative: bool = Field(False, description="Takes palliative patients.")
    chemotherapy: bool = Field(False, description="Gives chemotherapy.")
    chemo_treatments_per_year: Annotated[float, Field(ge=0)] = Field(
        0.0, description="Chemotherapy treatments given per year."
    )
    hospital_bed_days_saved_per_treatment: Annotated[float, Field(ge=0, le=10)] = Field(
        1.5, description="Hospital bed-days a local treatment saves; 1–2 in the report (3.7)."
    )
    cover: Cover = Field(
        Cover.dedicated, description="Who sees the patients: dedicated, legevakt or gp_on_duty."
    )
