"""Inter-municipal legevakt (report 2.15 Nordhordland; 3.5 VAKe telemedicine)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field

from simulator.idealtypes import expansion
from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.idealtypes.conditions import REPORT, PreconditionRule, Unmet
from simulator.scenario.base import LegevaktRef
from simulator.scenario.registry import Idealtype, register

if TYPE_CHECKING:
    import datetime as dt

    from simulator.scenario import Scenario
    from simulator.scenario.registry import Precondition


class IntermunicipalLegevakt(CollaborationBase):
    type: Literal["intermunicipal_legevakt"] = Field(description=TYPE_HELP)
    legevakt: LegevaktRef = Field(description="The shared legevakt.")
    telemedicine: bool = Field(False, description="VAKe video conference with the hospital.")
    head_fte: Annotated[float, Field(ge=0, le=2)] = Field(
        0.6, description="Legevakt head position (Nordhordland: 60 %, report 2.15)."
    )
    admin_fte: Annotated[float, Field(ge=0, le=10)] = Field(
        2.0, description="Administrative staff (Nordhordland: 2 FTE, report 2.15)."
    )


LEGEVAKT_SCOPE = PreconditionRule(
    "precondition-legevakt-municipalities",
    nb="Interkommunal legevakt dekker flere kommuner, kommunal legevakt én",
    en="An inter-municipal legevakt serves several municipalities, a municipal one one",
    law=REPORT,
    paragraph="2.14 [L1350]; 2.15 [L1414–1415]",
    kind="local_policy",
    severity="warning",
    refs=("seed-004",),
)


def serves_as(shared: bool) -> Precondition:
    """The check that the legevakt a collaboration runs serves several municipalities when
    `shared` (inter-municipal), else one (municipal_legevakt.py uses it too)."""

    def check(c: Any, scenario: Scenario, on: dt.date) -> Iterator[Unmet]:
        served = len(scenario.by_id("legevakt")[c.legevakt].municipalities)
        if shared != (served > 1):
            yield Unmet(
                LEGEVAKT_SCOPE,
                "legevakt",
                c.legevakt,
                f"{c.id} ({c.type}) viser til en legevakt som dekker {served} kommune(r)",
                f"{c.id} ({c.type}) refers to a legevakt serving {served} municipalities",
                measured=served,
            )

    return check


IDEALTYPE = register(
    Idealtype(
        IntermunicipalLegevakt,
        expand=expansion.intermunicipal_legevakt,
        governs=lambda c: [("legevakt", c.legevakt)],
        telemedicine=lambda c: c.telemedicine,
        preconditions={LEGEVAKT_SCOPE.id: serves_as(shared=True)},
    )
)
