"""KPIs of the coordination graph (MODEL.md §6): density, components, bridging roles and the
distance from each GP to the kommuneoverlege.

Density and components are measured on the simple graph (parallel ties between the same two
nodes count once). Betweenness is the normalised share of shortest paths through a node, so
a GP who is also kommuneoverlege and sits on the legevakt rota (Stavanger's GPs with
"several hats", report 2.3) scores high; a doctor whose removal splits the graph is a cut
vertex. The distance to the kommuneoverlege is the number of ties from a GP to the nearest
physician holding the kommuneoverlege role of the GP's municipality (0 for the holder).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from simulator.network.coordination import node_id
from simulator.network.participants import kommuneoverlege_holders
from simulator.scenario.model import Scenario
from simulator.scenario.physicians import Role


@dataclass(frozen=True)
class GraphMetrics:
    nodes: int
    ties: int
    density: float
    components: int
    relations: dict[str, int]  # ties by relation type


@dataclass(frozen=True)
class Bridge:
    physician: str
    label: str
    betweenness: float
    cut_vertex: bool
    ties: list[str]  # labels of the offices, roles, rotas and collaborations the doctor joins
    municipalities: list[str]  # the doctor's own (the office's, or the KOL roles')


@dataclass(frozen=True)
class KolDistance:
    physician: str
    municipality: str
    hops: int | None  # None: no kommuneoverlege, or none reachable


def graph_metrics(graph: nx.MultiGraph) -> GraphMetrics:
    simple = nx.Graph(graph)
    relations = Counter(data["relation"] for _, _, data in graph.edges(data=True))
    return GraphMetrics(
        nodes=graph.number_of_nodes(),
        ties=graph.number_of_edges(),
        density=nx.density(simple),
        components=nx.number_connected_components(simple) if len(simple) else 0,
        relations=dict(sorted(relations.items())),
    )


def by_municipality(graph: nx.MultiGraph) -> dict[str, GraphMetrics]:
    """Metrics of each municipality's part: the nodes that belong to it (its offices and their
    doctors, the legevakt, beds and collaborations it takes part in, its kommuneoverlege)."""
    members: dict[str, list[str]] = {}
    for node, data in graph.nodes(data=True):
        for municipality in data["municipalities"]:
            members.setdefault(municipality, []).append(node)
    return {m: graph_metrics(graph.subgraph(nodes)) for m, nodes in members.items()}


def bridges(graph: nx.MultiGraph) -> list[Bridge]:
    """Physicians on shortest paths between others, most bridging first."""
    simple = nx.Graph(graph)
    centrality = nx.betweenness_centrality(simple)
    cut = set(nx.articulation_points(simple))
    found = []
    for node, data in graph.nodes(data=True):
        if data["kind"] != "physician" or centrality[node] <= 0:
            continue
        joined = sorted(n for n in simple[node] if graph.nodes[n]["kind"] != "physician")
        labels = [graph.nodes[n]["label"] for n in joined]
        found.append(
            Bridge(
                node.split(":", 1)[1],
                data["label"],
                centrality[node],
                node in cut,
                labels,
                list(data["municipalities"]),
            )
        )
    return sorted(found, key=lambda b: (-b.betweenness, b.physician))


def kommuneoverlege_distances(scenario: Scenario, graph: nx.MultiGraph) -> list[KolDistance]:
    """Ties from each GP to the nearest holder of their municipality's kommuneoverlege role
    (their patients' municipality, else their office's)."""
    holders = kommuneoverlege_holders(scenario)
    offices = scenario.by_id("offices")
    simple = nx.Graph(graph)
    reach: dict[str, dict[str, int]] = {}
    distances = []
    for physician in scenario.physicians:
        if physician.role is not Role.gp:
            continue
        office = offices.get(physician.office or "")
        municipality = physician.list_municipality or (office.municipality if office else None)
        if municipality is None:
            continue
        if municipality not in reach:
            sources = {node_id("physician", p) for p in holders.get(municipality, [])}
            reach[municipality] = (
                dict(nx.multi_source_dijkstra_path_length(simple, sources)) if sources else {}
            )
        hops = reach[municipality].get(node_id("physician", physician.id))
        distances.append(
            KolDistance(physician.id, municipality, None if hops is None else int(hops))
        )
    return distances
