"""The edges of a scenario's travel network: its listed links and, with `connect: nearest`, the
estimated road legs. Apart from the graph (`travel`) so that the load-time reachability check
reads them without NetworkX or NumPy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.network.legs import Leg, link_leg

if TYPE_CHECKING:
    from simulator.scenario import Scenario


def scenario_legs(scenario: Scenario) -> list[Leg]:
    """The listed links' legs and, with `connect: nearest`, the estimated road legs."""
    places = scenario.by_id("places")
    travel = scenario.travel
    listed = [link_leg(link, places, travel) for link in travel.links]
    if travel.connect != "nearest":
        return listed
    from simulator.network.nearest import nearest_legs  # SciPy: only for estimated legs

    return [*listed, *nearest_legs(scenario.places, listed, travel)]
