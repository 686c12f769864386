"""Who a collaboration's meetings, trainings and time commitments involve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.idealtypes.base import Attendees, CollaborationBase

if TYPE_CHECKING:
    from simulator.scenario import Scenario


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
