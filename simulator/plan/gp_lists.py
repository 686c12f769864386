"""The GPs' lists: where their listed patients live, and the routine consultations those
patients ask for, which task shifting can move to others. Read by the engine's GP offices and
by the chronic-care precondition."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from simulator.scenario import Scenario
    from simulator.scenario.offices import Office
    from simulator.scenario.physicians import Physician


class GpDemand(Protocol):
    """A resolved demand profile (`plan.profiles.GpDemand`, `engine.demand.DemandModel`)."""

    @property
    def gp_consultations_per_person(self) -> float: ...
    @property
    def gp_same_day_share(self) -> float: ...


def list_groups(gp: Physician, offices: Mapping[str, Office]) -> list[tuple[str, float]]:
    """Municipalities of the GP's listed patients and their shares (`offices` by id: the
    caller keys them once, not once per GP)."""
    if gp.list_split:
        return sorted(gp.list_split.items())
    home = offices[gp.office].municipality
    return [(gp.list_municipality or home, 1.0)]


def routine_requests_per_year(scenario: Scenario, demand: GpDemand) -> dict[str, float]:
    """Per municipality, the routine (not same-day) GP requests a year of the people listed
    with its GPs: what task shifting can move to others."""
    routine = demand.gp_consultations_per_person * (1 - demand.gp_same_day_share)
    requests: dict[str, float] = defaultdict(float)
    offices = scenario.by_id("offices")
    for gp in scenario.physicians:
        if gp.list_size > 0 and gp.office:
            for municipality, share in list_groups(gp, offices):
                requests[municipality] += gp.list_size * share * routine
    return requests
