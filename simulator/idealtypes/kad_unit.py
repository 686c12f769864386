"""KAD beds (municipal acute 24-hour beds; report 2.15 and 3.6)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from simulator.idealtypes.base import TYPE_HELP, CollaborationBase
from simulator.idealtypes.conditions import REPORT, PreconditionRule, Unmet
from simulator.scenario.base import KadRef
from simulator.scenario.beds import Cover
from simulator.scenario.legevakt import ShiftMode
from simulator.scenario.registry import Idealtype, register

if TYPE_CHECKING:
    import datetime as dt

    from simulator.scenario import Scenario


class KadUnit(CollaborationBase):
    type: Literal["kad_unit"] = Field(description=TYPE_HELP)
    kad: KadRef = Field(description="The KAD unit.")


LEGEVAKT_DOCTORS = PreconditionRule(
    "precondition-kad-legevakt-two-doctors",
    nb="Ø-hjelpsenger dekket av legevaktlegen: to leger på vakt",
    en="KAD beds covered by the legevakt doctor: two doctors on duty",
    law=REPORT,
    paragraph="2.15 [L1423–1424]; 3.6 [L1739–1741]",
    kind="local_policy",
    severity="info",
    refs=("seed-004",),
)


def _legevakt_two_doctors(scenario: Scenario, on: dt.date) -> Iterator[Unmet]:
    """Every KAD unit the legevakt doctor covers, whether or not a collaboration names it."""
    stations = scenario.by_id("legevakt")
    for unit in scenario.kad:
        if unit.cover is not Cover.legevakt or unit.legevakt not in stations:
            continue
        single = [
            s.id
            for s in stations[unit.legevakt].shifts
            if s.mode is not ShiftMode.backup and s.doctors < 2
        ]
        if single:
            yield Unmet(
                LEGEVAKT_DOCTORS,
                "legevakt",
                unit.legevakt,
                f"{unit.id}: sengearbeid konkurrerer med legevaktpasienter i vakter med én lege "
                f"({', '.join(single)}); Nordhordland gikk opp til to leger med 5 senger",
                f"{unit.id}: bed work competes with legevakt patients on single-doctor shifts "
                f"({', '.join(single)}); Nordhordland went to two doctors with its 5 beds",
                limit=2,
                unit="doctors on duty",
            )


IDEALTYPE = register(
    Idealtype(
        KadUnit,
        governs=lambda c: [("kad", c.kad)],
        section_checks={LEGEVAKT_DOCTORS.id: _legevakt_two_doctors},
    )
)
