"""The travel network: places, listed and estimated legs, fastest paths.

`TravelNetwork.from_scenario` builds a NetworkX graph whose edges carry `minutes` and `km`
(see `legs.py` for how a leg is priced and `nearest.py` for `connect: nearest`). Travel
times are fastest paths by minutes; distances are the km along those fastest paths. Rows
of shortest paths are computed with SciPy's Dijkstra on the graph's adjacency and cached,
so the engine can ask for single pairs or whole matrices without recomputation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np

from simulator.errors import InputError
from simulator.kept import KeptLast
from simulator.network.legs import Leg
from simulator.network.scenario_legs import scenario_legs
from simulator.scenario.model import Scenario

if TYPE_CHECKING:
    from scipy.sparse import csr_array

ROW_CHUNK = 256  # sources per Dijkstra call: bounds memory of the predecessor arrays
_KEPT: KeptLast[TravelNetwork] = KeptLast()  # for the last scenario asked


class UnreachableError(InputError, ValueError):
    """No route joins two places of the travel network."""


class TravelNetwork:
    """Fastest travel times (minutes) and their distances (km) between places."""

    def __init__(self, graph: nx.Graph) -> None:
        self.graph = graph
        self._nodes: list[str] = list(graph.nodes)
        self._index = {place: i for i, place in enumerate(self._nodes)}
        self._minutes_adjacency = _adjacency(graph, self._nodes, "minutes")
        self._edge_km = _EdgeKm(graph, self._index)
        self._rows: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    @classmethod
    def from_scenario(cls, scenario: Scenario) -> TravelNetwork:
        return cls(build_graph(scenario))

    @classmethod
    def for_scenario(cls, scenario: Scenario) -> TravelNetwork:
        """The network of `scenario`, kept (with its computed rows) for the last scenario
        asked: the compiler, every replication of its plan and each district task ask for the
        same one. The network is a pure function of the scenario and its rows do not depend on
        which were computed before, so sharing it changes no result."""
        return _KEPT.get(scenario, None, lambda: cls.from_scenario(scenario))

    def minutes(self, a: str, b: str) -> float:
        """Fastest travel time from `a` to `b`."""
        minutes, _ = self._row(a)
        return self._reachable(a, b, float(minutes[self._position(b)]))

    def km(self, a: str, b: str) -> float:
        """Distance along the fastest path from `a` to `b`."""
        self.minutes(a, b)
        _, km = self._row(a)
        return float(km[self._position(b)])

    def matrix(self, places: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Minutes and km between each pair of `places` (rows: from, columns: to)."""
        return self.between(places, places)

    def between(
        self, origins: Sequence[str], destinations: Sequence[str]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Minutes and km from each origin (rows) to each destination (columns)."""
        rows = [self._position(p) for p in origins]
        columns = np.array([self._position(p) for p in destinations], dtype=np.int64)
        self._compute_rows([i for i in dict.fromkeys(rows) if i not in self._rows])
        shape = (len(rows), len(columns))
        minutes = np.array([self._rows[i][0][columns] for i in rows]).reshape(shape)
        km = np.array([self._rows[i][1][columns] for i in rows]).reshape(shape)
        _check_reachable(minutes, origins, destinations)
        return minutes, km

    def _position(self, place: str) -> int:
        try:
            return self._index[place]
        except KeyError:
            raise ValueError(f"'{place}' is not a place of the travel network") from None

    def _row(self, place: str) -> tuple[np.ndarray, np.ndarray]:
        position = self._position(place)
        if position not in self._rows:
            self._compute_rows([position])
        return self._rows[position]

    def _compute_rows(self, sources: list[int]) -> None:
        from scipy.sparse.csgraph import dijkstra  # SciPy loads only where travel is computed

        for start in range(0, len(sources), ROW_CHUNK):
            chunk = sources[start : start + ROW_CHUNK]
            minutes, predecessors = dijkstra(
                self._minutes_adjacency, indices=chunk, return_predecessors=True
            )
            km = self._edge_km.along(predecessors)
            for row, source in enumerate(chunk):
                self._rows[source] = (minutes[row], km[row])

    @staticmethod
    def _reachable(a: str, b: str, minutes: float) -> float:
        if not np.isfinite(minutes):
            raise UnreachableError(f"no route from '{a}' to '{b}': {_HINT}")
        return minutes


_HINT = "add a road or ferry link (travel.links) or use `travel.connect: nearest`"


def _check_reachable(
    minutes: np.ndarray, origins: Sequence[str], destinations: Sequence[str]
) -> None:
    rows, cols = np.nonzero(~np.isfinite(minutes))
    if rows.size:
        pairs = [f"'{origins[i]}' to '{destinations[j]}'" for i, j in zip(rows, cols, strict=True)]
        shown = ", ".join(pairs[:5]) + (f" and {len(pairs) - 5} more" if len(pairs) > 5 else "")
        raise UnreachableError(f"no route from {shown}: {_HINT}")


def build_graph(scenario: Scenario) -> nx.Graph:
    """Places as nodes; listed links and, with `connect: nearest`, estimated road legs."""
    graph = nx.Graph()
    for place in scenario.places:
        graph.add_node(
            place.id, name=place.name, kind=str(place.kind), lat=place.lat, lon=place.lon
        )
    _add_fastest(graph, scenario_legs(scenario))
    return graph


def _add_fastest(graph: nx.Graph, legs: Iterable[Leg]) -> None:
    """Add legs; of several legs between the same two places only the fastest is kept."""
    for leg in legs:
        current = graph.get_edge_data(leg.a, leg.b)
        if current is None or leg.minutes < current["minutes"]:
            graph.add_edge(
                leg.a, leg.b, minutes=leg.minutes, km=leg.km, mode=str(leg.mode), origin=leg.origin
            )


def _adjacency(graph: nx.Graph, nodes: list[str], weight: str) -> csr_array:
    """Symmetric sparse adjacency; explicit zeros (co-located places) remain edges."""
    from scipy.sparse import csr_array

    index = {place: i for i, place in enumerate(nodes)}
    rows, cols, values = [], [], []
    for a, b, data in graph.edges(data=True):
        rows += [index[a], index[b]]
        cols += [index[b], index[a]]
        values += [data[weight], data[weight]]
    return csr_array((values, (rows, cols)), shape=(len(nodes), len(nodes)))


class _EdgeKm:
    """Km of each edge, looked up in bulk to sum distances along shortest-path trees."""

    def __init__(self, graph: nx.Graph, index: dict[str, int]) -> None:
        self._n = len(index)
        keys, km = [], []
        for a, b, data in graph.edges(data=True):
            i, j = index[a], index[b]
            keys += [i * self._n + j, j * self._n + i]
            km += [data["km"], data["km"]]
        order = np.argsort(keys)
        self._keys = np.asarray(keys, dtype=np.int64)[order]
        self._km = np.asarray(km, dtype=np.float64)[order]

    def along(self, predecessors: np.ndarray) -> np.ndarray:
        """Km from each source to every node along its shortest-path tree.

        Pointer jumping: each node starts with the km of the edge from its predecessor, then
        repeatedly adds its ancestor's partial sum, doubling the covered hops each round.
        """
        nodes = np.arange(self._n, dtype=np.int32)[None, :]
        parent = np.where(predecessors < 0, nodes, predecessors.astype(np.int32))
        km = self._lookup(parent, nodes)
        while True:
            grandparent = np.take_along_axis(parent, parent, axis=1)
            if np.array_equal(grandparent, parent):
                return km
            km += np.take_along_axis(km, parent, axis=1)
            parent = grandparent

    def _lookup(self, parent: np.ndarray, nodes: np.ndarray) -> np.ndarray:
        """Km of the edge from `parent` to each node; 0 where a node is its own parent."""
        if self._keys.size == 0:
            return np.zeros(parent.shape)
        keys = parent.astype(np.int64) * self._n + nodes
        found = np.searchsorted(self._keys, keys).clip(max=len(self._keys) - 1)
        return np.where(parent != nodes, self._km[found], 0.0)
