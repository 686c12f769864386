"""The `travel.connect: nearest` rule: estimated road legs for places without listed links.

Rule (an estimate of a road network where none is given):

1. Each place that no listed link touches gets an estimated road leg to each of its
   `NEIGHBOURS` nearest places (great-circle distance; linked or not). Three is a modelling
   choice, not a statistic: enough for a route around a neighbour, few enough that legs
   stay local.
2. While the graph has more than one component, each component holding an unlinked place is
   joined by the shortest estimated road leg from one of its unlinked places to a place
   outside it (Borůvka rounds of a minimum spanning forest). Each round merges every such
   component with another, so the rounds end with one component: groups of listed links
   (a ferry between two quays, say) are reached through their nearest unlinked neighbour.
   When every place has a listed link, nothing is estimated and the links alone decide
   what can be reached.

Legs cross water where the coordinates say so: list the ferry and road links of a fjord
region explicitly (or use `connect: links_only`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import coo_array
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from simulator.network.legs import Leg, estimated_road_leg
from simulator.scenario.geography import Place, Travel

NEIGHBOURS = 3


def nearest_legs(places: Sequence[Place], listed: Sequence[Leg], travel: Travel) -> list[Leg]:
    """Estimated road legs that join unlinked places to the network (see module docstring)."""
    index = {p.id: i for i, p in enumerate(places)}
    linked = {index[leg.a] for leg in listed} | {index[leg.b] for leg in listed}
    unlinked = np.array([i for i in range(len(places)) if i not in linked], dtype=np.int64)
    if len(places) < 2 or unlinked.size == 0:
        return []
    points = _unit_vectors(places)
    pairs = _neighbour_pairs(points, unlinked)
    edges = [(index[leg.a], index[leg.b]) for leg in listed]
    pairs |= _joining_pairs(points, unlinked, edges + sorted(pairs))
    return [
        estimated_road_leg(places[i], places[j], travel, origin="nearest") for i, j in sorted(pairs)
    ]


def _unit_vectors(places: Sequence[Place]) -> np.ndarray:
    """Points on the unit sphere: chord length orders pairs as great-circle distance does."""
    lat = np.radians([p.lat for p in places])
    lon = np.radians([p.lon for p in places])
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def _pair(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _neighbour_pairs(points: np.ndarray, unlinked: np.ndarray) -> set[tuple[int, int]]:
    k = min(NEIGHBOURS, len(points) - 1)
    _, found = cKDTree(points).query(points[unlinked], k=k + 1)
    pairs: set[tuple[int, int]] = set()
    for source, row in zip(unlinked, found, strict=True):
        neighbours = [int(j) for j in row if j != source][:k]
        pairs.update(_pair(int(source), j) for j in neighbours)
    return pairs


def _joining_pairs(
    points: np.ndarray, unlinked: np.ndarray, edges: list[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Borůvka rounds until one component is left (rule 2 of the module docstring)."""
    added: set[tuple[int, int]] = set()
    while True:
        labels = _components(len(points), edges)
        if labels.max() == 0:
            return added
        joins = {
            _nearest_outside(points, labels, int(label), unlinked)
            for label in np.unique(labels[unlinked])
        }
        added |= joins
        edges = edges + sorted(joins)


def _components(n: int, edges: list[tuple[int, int]]) -> np.ndarray:
    rows = np.array([e[0] for e in edges], dtype=np.int64)
    cols = np.array([e[1] for e in edges], dtype=np.int64)
    graph = coo_array((np.ones(len(edges)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return labels


def _nearest_outside(
    points: np.ndarray, labels: np.ndarray, label: int, unlinked: np.ndarray
) -> tuple[int, int]:
    inside = unlinked[labels[unlinked] == label]
    outside = np.flatnonzero(labels != label)
    distances, nearest = cKDTree(points[outside]).query(points[inside], k=1)
    best = int(np.argmin(distances))
    return _pair(int(inside[best]), int(outside[nearest[best]]))
