"""Travel legs: the minutes and km of one edge of the travel network.

A leg is either listed in `travel.links` (with or without a route planner's minutes and km) or
estimated from the coordinates of its two places. Estimates are great-circle km times the
scenario's detour factor, driven at its road speed; ferries run at SSB's effective speed of
12.3 km/h, which includes waiting (S68), unless departures per day are given.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from simulator.scenario.geography import Link, LinkMode, Place, Travel

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
FERRY_SERVICE_HOURS = 18.0  # departures are spread over 06–24 (Link.departures_per_day)
FERRY_CROSSING_SPEED_KMH = 22.0  # car ferry sailing speed, about 12 knots; an estimate


@dataclass(frozen=True)
class Leg:
    """One travel leg between two places, usable in both directions."""

    a: str
    b: str
    minutes: float
    km: float
    mode: LinkMode
    origin: str  # "link" when listed in the scenario, otherwise how it was estimated


def great_circle_km(a: Place, b: Place) -> float:
    """Haversine distance between two places."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def road_minutes(km: float, travel: Travel) -> float:
    return km / travel.road_speed_kmh * 60.0


def estimated_road_leg(a: Place, b: Place, travel: Travel, origin: str) -> Leg:
    """A road leg estimated from coordinates: great-circle km × detour factor at road speed."""
    km = great_circle_km(a, b) * travel.detour_factor
    return Leg(a.id, b.id, road_minutes(km, travel), km, LinkMode.road, origin)


def link_leg(link: Link, places: dict[str, Place], travel: Travel) -> Leg:
    """The leg of a listed link; what the link leaves out is estimated."""
    a, b = places[link.from_], places[link.to]
    if link.mode is LinkMode.ferry:
        km = link.km if link.km is not None else great_circle_km(a, b)
        minutes = _ferry_minutes(link, km, travel)
    else:
        km = link.km if link.km is not None else great_circle_km(a, b) * travel.detour_factor
        minutes = link.minutes if link.minutes is not None else road_minutes(km, travel)
    return Leg(a.id, b.id, minutes, km, link.mode, "link")


def _ferry_minutes(link: Link, km: float, travel: Travel) -> float:
    """Crossing plus expected wait.

    With departures per day the wait is half the interval between departures over the
    18-hour service day, added to the crossing (given, or km at sailing speed). Without
    departures a given `minutes` is taken as the whole leg; otherwise km at the effective
    ferry speed, which already includes waiting (S68).
    """
    if link.departures_per_day is None:
        if link.minutes is not None:
            return link.minutes
        return km / travel.ferry_speed_kmh * 60.0
    crossing = link.minutes if link.minutes is not None else km / FERRY_CROSSING_SPEED_KMH * 60.0
    interval = FERRY_SERVICE_HOURS * 60.0 / link.departures_per_day
    return crossing + interval / 2.0
