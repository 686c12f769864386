"""The coordination network of a scenario: who works with whom and where.

Nodes are physicians, offices, municipalities, legevakt stations, bed units and
collaborations; an edge means a standing working relation (a doctor's home office or branch
office, a legevakt pool, a kommuneoverlege share, the municipalities a service covers, the
members of a collaboration). Node keys are `kind:id`, since ids are unique only per section.
"""

from __future__ import annotations

import networkx as nx

from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt, PoolRule
from simulator.scenario.physicians import Physician, Role

KINDS = ("municipality", "office", "physician", "legevakt", "beds", "collaboration")
POOL_ROLES = frozenset({Role.gp, Role.lis1, Role.locum})


def key(kind: str, ident: str) -> str:
    return f"{kind}:{ident}"


def coordination_graph(s: Scenario) -> nx.Graph:
    graph = nx.Graph()
    for m in s.municipalities:
        graph.add_node(key("municipality", m.id), kind="municipality", label=m.name)
    for o in s.offices:
        graph.add_node(key("office", o.id), kind="office", label=o.name)
        graph.add_edge(key("office", o.id), key("municipality", o.municipality))
        if o.branch_of:
            graph.add_edge(key("office", o.id), key("office", o.branch_of))
    for p in s.physicians:
        _physician(graph, p)
    for lv in s.legevakt:
        _legevakt(graph, lv, s)
    for unit in [*s.kad, *s.sykestuer]:
        node = key("beds", unit.id)
        graph.add_node(node, kind="beds", label=unit.name)
        graph.add_edges_from((node, key("municipality", m)) for m in unit.municipalities)
        if unit.physician:
            graph.add_edge(node, key("physician", unit.physician))
        if unit.legevakt:
            graph.add_edge(node, key("legevakt", unit.legevakt))
    for c in s.collaborations:
        node = key("collaboration", c.id)
        graph.add_node(node, kind="collaboration", label=c.name or c.id)
        graph.add_edges_from((node, key("municipality", m)) for m in c.municipalities)
    return graph


def _physician(graph: nx.Graph, p: Physician) -> None:
    node = key("physician", p.id)
    graph.add_node(node, kind="physician", label=p.name or p.id)
    if p.office:
        graph.add_edge(node, key("office", p.office))
    graph.add_edges_from((node, key("office", b.office)) for b in p.branch_days)
    graph.add_edges_from((node, key("municipality", k.municipality)) for k in p.kommuneoverlege)


def _legevakt(graph: nx.Graph, lv: Legevakt, s: Scenario) -> None:
    node = key("legevakt", lv.id)
    graph.add_node(node, kind="legevakt", label=lv.name)
    graph.add_edges_from((node, key("municipality", m)) for m in lv.municipalities)
    graph.add_edges_from((node, key("physician", p)) for p in legevakt_pool(lv, s))


def legevakt_pool(lv: Legevakt, s: Scenario) -> list[str]:
    """The doctors in the legevakt's rota pool: the listed pool, else by its pool rule."""
    if lv.pool:
        return list(lv.pool)
    named = [p.id for p in s.physicians if lv.id in p.legevakt]
    if lv.pool_rule is PoolRule.listed:
        return named
    offices = s.by_id("offices")
    served = set(lv.municipalities)
    return named + [
        p.id
        for p in s.physicians
        if p.id not in named
        and p.role in POOL_ROLES
        and p.office is not None
        and offices[p.office].municipality in served
    ]


def bridging(graph: nx.Graph, count: int = 3) -> list[tuple[str, float]]:
    """The nodes most often on shortest paths between others (betweenness centrality): the
    people and places that hold the collaboration together."""
    if graph.number_of_nodes() < 3:
        return []
    centrality = nx.betweenness_centrality(graph)
    ranked = sorted(centrality.items(), key=lambda item: (-item[1], item[0]))
    return [(node, value) for node, value in ranked[:count] if value > 0]
