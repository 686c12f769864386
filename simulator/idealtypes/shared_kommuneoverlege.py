"""Shared kommuneoverlege (report 2.2 Grong–Namsskogan; 2.3 Stavanger's GPs with several hats)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from simulator.idealtypes import expansion
from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.scenario.base import MunicipalityRef, PhysicianRef
from simulator.scenario.registry import Idealtype, register

if TYPE_CHECKING:
    from simulator.scenario import Scenario


class KolMode(StrEnum):
    shared_position = "shared_position"  # one position split between municipalities (2.2)
    split_among_gps = "split_among_gps"  # several GPs each hold a KOL share (2.3)


class SharedKommuneoverlege(CollaborationBase):
    type: Literal["shared_kommuneoverlege"] = Field(description=TYPE_HELP)
    mode: KolMode = Field(
        KolMode.shared_position,
        description="shared_position: one shared position; split_among_gps: GPs hold shares.",
    )
    physicians: list[PhysicianRef] = Field(
        min_length=1, description="The physicians who hold the kommuneoverlege work."
    )
    fte_per_physician: Annotated[float, Field(gt=0, le=1.0)] = Field(
        0.2, description="KOL share of each physician: 20 % in Grong–Namsskogan, 30 % in Stavanger."
    )
    split: dict[MunicipalityRef, Annotated[float, Field(gt=0, le=1)]] = Field(
        default_factory=dict,
        description="Share of the KOL time per municipality; empty: by population.",
    )


def position_fte(c: SharedKommuneoverlege, scenario: Scenario) -> dict[str, float]:
    """The position's FTE per municipality: the shares of the physicians who hold no KOL share
    of their own, split as the collaboration says (else by people)."""
    physicians = scenario.by_id("physicians")
    total = sum(c.fte_per_physician for p in c.physicians if not physicians[p].kommuneoverlege)
    people = {m.id: float(m.population) for m in scenario.municipalities}
    split = c.split or {m: people[m] for m in c.municipalities}
    return {m: total * weight / sum(split.values()) for m, weight in split.items()}


IDEALTYPE = register(
    Idealtype(
        SharedKommuneoverlege,
        expand=expansion.shared_kommuneoverlege,
        participants=lambda c, _: [("member_of_team", list(c.physicians))],
        kommuneoverlege=lambda c: list(c.municipalities),
        kommuneoverlege_fte=position_fte,
        kommuneoverlege_holders=lambda c: (list(c.physicians), list(c.split) or c.municipalities),
        relation=lambda c, _: "collaboration" if c.mode is KolMode.split_among_gps else None,
    )
)
