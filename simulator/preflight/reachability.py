"""Every place the plan needs must be reachable from every other: the engine asks for travel
times between settlements, offices, stations, bed units and hospitals.

Only which places the legs join matters here, not how fast, so the parts are found from the
legs themselves; the travel network's graph (NetworkX, NumPy) is left to the commands that
compute travel times, and `samsim validate` starts without them.
"""

from __future__ import annotations

from collections.abc import Iterator

from simulator.network.scenario_legs import scenario_legs
from simulator.scenario import Scenario
from simulator.scenario.geography import PlaceKind
from simulator.scenario.references import Issue, Loc, references
from simulator.scenario.texts import Text


def unreachable_places(scenario: Scenario) -> Iterator[Issue]:
    """An issue at the first mention of each needed place outside the main connected part."""
    needed = _needed_places(scenario)
    if not needed:
        return
    parts = connected_parts(scenario)
    main = max(parts, key=lambda part: (len(part & needed.keys()), min(part)))
    for place, loc in needed.items():
        if place not in main:
            anchor = min(needed.keys() & main)
            yield Issue(loc, Text("no_route", {"place": place, "anchor": anchor}))


def connected_parts(scenario: Scenario) -> list[set[str]]:
    """The places in groups joined by legs (a breadth-first walk from each place not yet met)."""
    neighbours: dict[str, set[str]] = {place.id: set() for place in scenario.places}
    for leg in scenario_legs(scenario):
        neighbours[leg.a].add(leg.b)
        neighbours[leg.b].add(leg.a)
    parts: list[set[str]] = []
    met: set[str] = set()
    for start in neighbours:
        if start in met:
            continue
        part, frontier = {start}, [start]
        while frontier:
            frontier = [n for place in frontier for n in neighbours[place] if n not in part]
            part.update(frontier)
        met |= part
        parts.append(part)
    return parts


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
