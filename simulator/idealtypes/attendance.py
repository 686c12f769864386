"""Who a collaboration's meetings, trainings and time commitments involve, and the
precondition that somebody does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from simulator.idealtypes.base import Attendees, CollaborationBase
from simulator.idealtypes.conditions import PreconditionRule, Unmet, home

if TYPE_CHECKING:
    import datetime as dt

    from simulator.scenario import Scenario
    from simulator.scenario.registry import Precondition

HAS_ATTENDEES = PreconditionRule(
    "precondition-collaboration-has-attendees",
    nb="Samarbeidet har deltakere",
    en="The collaboration has attendees",
    law="samsim idealtype library",
    paragraph="models/ (presets with a seat to fill)",
    kind="local_policy",
    severity="warning",
)


def attendees(who: Attendees, instance: CollaborationBase, scenario: Scenario) -> set[str]:
    """The listed physicians, or those with one of the roles at an office in the
    municipalities (default: the collaboration's own)."""
    if who.physicians:
        return set(who.physicians)
    municipalities = set(who.municipalities or instance.municipalities)
    offices = scenario.by_id("offices")
    return {
        p.id
        for p in scenario.physicians
        if p.role in who.roles and p.office and offices[p.office].municipality in municipalities
    }


def attended(who: Callable[[Any], Attendees]) -> Precondition:
    """The check that `who(instance)`, its attendees or participants, names somebody."""

    def check(c: CollaborationBase, scenario: Scenario, on: dt.date) -> Iterator[Unmet]:
        if not attendees(who(c), c, scenario):
            yield Unmet(
                HAS_ATTENDEES,
                "municipality",
                home(c, scenario),
                f"{c.id}: ingen deltakere; før opp legene under attendees.physicians",
                f"{c.id}: nobody attends; list the physicians under attendees.physicians",
            )

    return check
