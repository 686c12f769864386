"""A nurse-led chronic-care team (report 2.6 Alta diabetes team; 2.7 dementia; 2.9 frisklivs)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from simulator.idealtypes import expansion
from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.idealtypes.conditions import REPORT, PreconditionRule, Unmet, home
from simulator.idealtypes.library import load_library
from simulator.plan.gp_lists import routine_requests_per_year
from simulator.plan.profiles import GpDemand
from simulator.scenario.base import PhysicianRef, Share
from simulator.scenario.registry import Idealtype, register

if TYPE_CHECKING:
    import datetime as dt

    from simulator.scenario import Scenario


class ChronicCareTeam(CollaborationBase):
    type: Literal["chronic_care_team"] = Field(description=TYPE_HELP)
    condition: str = Field("diabetes", description="e.g. diabetes, dementia, lifestyle.")
    patients: Annotated[int, Field(ge=0)] = Field(600, description="Alta: about 600 (2.6).")
    followups_per_patient_per_year: Annotated[float, Field(ge=0, le=52)] = Field(
        4.0, description="Follow-up consultations per patient per year."
    )
    share_moved_to_nurses: Share = Field(
        0.5, description="Share of follow-up consultations the nurses take over; an estimate."
    )
    nurse_fte: Annotated[float, Field(ge=0, le=20)] = Field(0.8, description="Alta: 0.8 (2.6).")
    responsible_gp: PhysicianRef | None = Field(
        None, description="The GP responsible for the team."
    )
    responsible_gp_hours_per_week: Annotated[float, Field(ge=0, le=20)] = Field(
        2.0, description="The medically responsible GP's time, about 2 h/week (2.6)."
    )

    @property
    def consultations_moved_per_year(self) -> float:
        """The follow-up consultations the nurses take off the GPs each year."""
        return self.patients * self.followups_per_patient_per_year * self.share_moved_to_nurses


# Variants by `condition`: the GP-dementia team (2.7) and the healthy-life centre (2.9) are
# cooperation; the GP is passive or only refers.
VARIANT_RELATIONS = {"dementia": "cooperation", "lifestyle": "cooperation"}


def _relation(team: ChronicCareTeam, _: object) -> str:
    default = load_library()["chronic_care_team"].relation.value
    return VARIANT_RELATIONS.get(team.condition.strip().lower(), default)


WITHIN_LISTS = PreconditionRule(
    "precondition-chronic-care-within-lists",
    nb="Teamet overtar ikke flere kontroller enn fastlegene har",
    en="The team takes over no more follow-ups than the GPs have",
    law=REPORT,
    paragraph="2.6 [L923–928]",
    kind="local_policy",
    severity="breach",
    refs=("seed-004",),
)


def _within_lists(c: ChronicCareTeam, scenario: Scenario, on: dt.date) -> Iterator[Unmet]:
    """A team cannot move more follow-ups than the GPs' routine requests from its
    municipalities; the engine would cap the share at all of them, so say so instead of doing
    it silently."""
    routine = routine_requests_per_year(scenario, GpDemand.resolve(scenario.demand))
    available = sum(routine[m] for m in c.municipalities)
    moved = c.consultations_moved_per_year
    if moved > available:
        yield Unmet(
            WITHIN_LISTS,
            "municipality",
            home(c, scenario),
            f"{c.id}: {moved:.0f} kontroller i året flyttes, men fastlegenes listepasienter "
            f"ber om {available:.0f} planlagte konsultasjoner; senk patients eller "
            "share_moved_to_nurses",
            f"{c.id}: moves {moved:.0f} follow-ups a year, but the GPs' listed patients ask "
            f"for {available:.0f} routine consultations; lower patients or "
            "share_moved_to_nurses",
        )


IDEALTYPE = register(
    Idealtype(
        ChronicCareTeam,
        expand=expansion.chronic_care_team,
        participants=lambda c, _: (
            [("member_of_team", [c.responsible_gp])] if c.responsible_gp else []
        ),
        relation=_relation,
        preconditions={WITHIN_LISTS.id: _within_lists},
    )
)
