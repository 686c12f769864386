"""Splitting an amount among municipalities by a cost-sharing key (the legevakt's costs, shared
units, locums, a collaboration's extra costs)."""

from __future__ import annotations

from collections.abc import Mapping

from simulator.plan.plan import CostSharing
from simulator.scenario import Scenario


def share_cost(
    scenario: Scenario,
    costs: dict[str, float],
    amount: float,
    municipalities: list[str] | tuple[str, ...],
    sharing: CostSharing,
    hours: Mapping[str, float] | None = None,
) -> None:
    """Split `amount` among `municipalities` by the cost-sharing key; by population, `hours`
    weighs each by the share of the week it is served (a legevakt serving some only at night)."""
    if not municipalities:
        return
    if sharing is CostSharing.host_pays:
        costs[municipalities[0]] += amount
        return
    people = scenario.by_id("municipalities")
    weights = [
        1.0
        if sharing is CostSharing.equal
        else people[m].population * (1.0 if hours is None else hours[m])
        for m in municipalities
    ]
    total = sum(weights) or 1.0
    for m, w in zip(municipalities, weights, strict=True):
        costs[m] += amount * w / total
