"""Every place the plan needs must be reachable from every other: the engine asks for travel
times between settlements, offices, stations, bed units and hospitals."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from simulator.network.travel import build_graph
from simulator.scenario import Scenario
from simulator.scenario.geography import PlaceKind
from simulator.scenario.references import Issue, Loc, references
from simulator.scenario.texts import Text


def unreachable_places(scenario: Scenario) -> Iterator[Issue]:
    """An issue at the first mention of each needed place outside the main connected part."""
    needed = _needed_places(scenario)
    if not needed:
        return
    parts = list(nx.connected_components(build_graph(scenario)))
    main = max(parts, key=lambda part: (len(part & needed.keys()), min(part)))
    for place, loc in needed.items():
        if place not in main:
            anchor = min(needed.keys() & main)
            yield Issue(loc, Text("no_route", {"place": place, "anchor": anchor}))


def _needed_places(scenario: Scenario) -> dict[str, Loc]:
    """Each referenced place and each hospital, with where it is first named."""
    data = scenario.model_dump(by_alias=True, mode="json")
    needed: dict[str, Loc] = {}
    for loc, section, ident in references(Scenario, data):
        if section == "places":
            needed.setdefault(ident, loc)
    for index, place in enumerate(scenario.places):
        if place.kind is PlaceKind.hospital:
            needed.setdefault(place.id, ("places", index, "id"))
    return needed
