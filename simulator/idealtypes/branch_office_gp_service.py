"""Inter-municipal GP service with branch offices (Senjalegen; KS/Norut report 2.1)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from simulator.idealtypes import expansion
from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.idealtypes.conditions import REPORT, PreconditionRule, Unmet
from simulator.scenario.base import OfficeRef, PhysicianRef
from simulator.scenario.registry import Idealtype, register

if TYPE_CHECKING:
    import datetime as dt

    from simulator.scenario import Scenario
from simulator.scenario.physicians import Employment, Role


class BranchOfficeGpService(CollaborationBase):
    type: Literal["branch_office_gp_service"] = Field(description=TYPE_HELP)
    main_office: OfficeRef = Field(description="The main office whose GPs staff the branches.")
    branch_offices: list[OfficeRef] = Field(
        min_length=1, description="The branch offices it serves."
    )
    physicians: list[PhysicianRef] = Field(
        default_factory=list,
        description="GPs who serve the branches; empty: the salaried GPs at the main office.",
    )
    branch_days_per_week: Annotated[int, Field(ge=1, le=5)] = Field(
        1, description="Days a week each GP spends at a branch office; 1–2 in the report."
    )
    salary_supplement_nok_per_year: Annotated[float, Field(ge=0)] = Field(
        50_000.0, description="Supplement per branch-office GP (report 2.1)."
    )
    cars: Annotated[int, Field(ge=0, le=50)] = Field(2, description="Rental cars (report 2.1).")
    car_cost_nok_per_year: Annotated[float, Field(ge=0)] = Field(
        90_000.0, description="Rental per car and year; an estimate."
    )


def serving_physicians(service: BranchOfficeGpService, scenario: Scenario) -> list[str]:
    """The listed GPs, or the salaried physicians at the main office."""
    if service.physicians:
        return list(service.physicians)
    return [
        p.id
        for p in scenario.physicians
        if p.office == service.main_office and p.employment is Employment.salaried
    ]


UNSERVED = PreconditionRule(
    "precondition-branch-office-unserved",
    nb="Hovedkontoret har fastlønnede fastleger som kan betjene utekontorene",
    en="The main office has salaried GPs to serve the branch offices",
    law=REPORT,
    paragraph="2.1 [L608–609]; 4 [L1903–1916]",
    kind="local_policy",
    severity="warning",
    refs=("seed-004",),
)


def _unserved(c: BranchOfficeGpService, scenario: Scenario, on: dt.date) -> Iterator[Unmet]:
    """By default the salaried GPs of the main office serve the branches; there may be none."""
    salaried = [
        p.id
        for p in scenario.physicians
        if p.office == c.main_office and p.role is Role.gp and p.employment is Employment.salaried
    ]
    if not c.physicians and not salaried:
        yield Unmet(
            UNSERVED,
            "office",
            c.main_office,
            f"{c.id}: ingen fastlønnet fastlege på hovedkontoret kan betjene utekontorene",
            f"{c.id}: no salaried GP at the main office to serve the branch offices",
        )


IDEALTYPE = register(
    Idealtype(
        BranchOfficeGpService,
        expand=expansion.branch_office_gp_service,
        governs=lambda c: [("office", o) for o in (c.main_office, *c.branch_offices)],
        participants=lambda c, s: [("member_of_team", serving_physicians(c, s))],
        branch_physicians=lambda c: list(c.physicians),
        preconditions={UNSERVED.id: _unserved},
    )
)
