"""Travel times the engine asks for: place-to-place minutes and km.

The engine only needs `minutes(a, b)` and `km(a, b)`; the travel network
(`simulator.network.travel.TravelNetwork`) provides them from shortest paths. Until that module
is present, `DirectTravel` estimates each leg from coordinates with the scenario's detour factor
and road speed (the same estimate the network uses for legs not given explicitly).
"""

from __future__ import annotations

import math
from functools import cache
from typing import Protocol

from simulator.scenario import Scenario

EARTH_RADIUS_KM = 6371.0


class TravelTimes(Protocol):
    def minutes(self, a: str, b: str) -> float: ...

    def km(self, a: str, b: str) -> float: ...


class DirectTravel:
    """Great-circle distance × detour factor at the road speed, per leg."""

    def __init__(self, scenario: Scenario) -> None:
        self._coords = {p.id: (p.lat, p.lon) for p in scenario.places}
        self._detour = scenario.travel.detour_factor
        self._speed = scenario.travel.road_speed_kmh

    @cache  # noqa: B019 - one instance per simulation; the cache dies with it
    def km(self, a: str, b: str) -> float:
        if a == b:
            return 0.0
        (lat1, lon1), (lat2, lon2) = self._coords[a], self._coords[b]
        p1, p2 = math.radians(lat1), math.radians(lat2)
        dp, dl = p2 - p1, math.radians(lon2 - lon1)
        h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h)) * self._detour

    def minutes(self, a: str, b: str) -> float:
        return self.km(a, b) / self._speed * 60.0


def travel_for(scenario: Scenario) -> TravelTimes:
    return DirectTravel(scenario)
