"""The coordination network drawn per plan (the graph of `simulator.network.coordination`):
who works with whom, each tie styled by its relation (hierarchy, cooperation, coordination,
collaboration), with the graph's density and the physicians who bridge it."""

from __future__ import annotations

from collections import Counter

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from simulator.network.coordination import coordination_graph
from simulator.network.coordination_metrics import Bridge, bridges, graph_metrics
from simulator.network.relations import Relation
from simulator.report.html import Section, absent, chart, paragraph, slug
from simulator.report.i18n import Translator
from simulator.report.results import ResultSet, VariantResult
from simulator.report.svg import INK, OKABE_ITO, figure, to_svg

SECTION_ID = "network"
KAMADA_KAWAI_NODES = 150
LAYOUT_SEED = 1
BRIDGES_SHOWN = 3
UNNAMED = frozenset({"hospital_trust", "nav"})
NODES = {  # kind: (marker, colour, size)
    "municipality": ("o", OKABE_ITO[1], 420),
    "office": ("s", OKABE_ITO[4], 160),
    "physician": ("o", OKABE_ITO[7], 40),
    "kommuneoverlege": ("*", OKABE_ITO[4], 220),
    "legevakt": ("^", OKABE_ITO[5], 200),
    "kad": ("D", OKABE_ITO[2], 140),
    "sykestue": ("d", OKABE_ITO[2], 140),
    "collaboration": ("h", OKABE_ITO[0], 260),
    "hospital_trust": ("P", OKABE_ITO[6], 200),
    "nav": ("X", OKABE_ITO[6], 160),
}
TIES = {  # relation: (colour, line style, width); style and width differ, not colour alone
    Relation.hierarchy: ("#bbbbbb", "solid", 0.8),
    Relation.cooperation: (OKABE_ITO[1], "dotted", 1.2),
    Relation.coordination: (OKABE_ITO[4], "dashed", 1.2),
    Relation.collaboration: (OKABE_ITO[5], "solid", 2.0),
}


def section(results: ResultSet, t: Translator) -> Section:
    body = paragraph(t("network.intro"))
    body += "".join(_network(v, t) for v in results.charted)
    return Section(SECTION_ID, t("section.network"), body)


def _network(variant: VariantResult, t: Translator) -> str:
    graph = coordination_graph(variant.scenario)
    if graph.number_of_edges() == 0:
        return absent(t("absent.network", variant=variant.name))
    drawn = grouped(graph, t)
    positions = _layout(nx.Graph(drawn))
    chart_id = slug("network", variant.name)
    with figure(8.0, 6.5) as fig:
        ax = fig.subplots()
        _ties(ax, drawn, positions, t)
        _nodes(ax, drawn, positions, t)
        _counts(ax, drawn, positions)
        ax.margins(0.12)  # room for the labels of nodes at the edge
        ax.axis("off")
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, markerscale=0.6)
        svg = to_svg(fig, chart_id)
    metrics = graph_metrics(graph)
    caption = t(
        "caption.network",
        variant=variant.name,
        nodes=metrics.nodes,
        edges=metrics.ties,
        density=t.number(metrics.density, 3),
    )
    return chart(chart_id, svg, caption) + _bridges(bridges(graph), t)


def grouped(graph: nx.MultiGraph, t: Translator) -> nx.MultiGraph:
    """The graph as drawn: each physician inside their office (labelled with how many work
    there), the ties of its physicians merged into one per neighbour and relation with their
    count, so a region of 48 physicians stays legible. Physicians without an office stay."""
    office_of = {
        b: a
        for a, b, kind in graph.edges(data="type")
        if kind == "employs" and graph.nodes[a]["kind"] == "office"
    }
    drawn = nx.MultiGraph()
    drawn.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n not in office_of)
    for office, members in Counter(office_of.values()).items():
        name = drawn.nodes[office]["label"]
        drawn.nodes[office]["label"] = t("network.office_doctors", name=name, count=members)
    for a, b, relation in graph.edges(data="relation"):
        a, b = office_of.get(a, a), office_of.get(b, b)
        if a == b:
            continue
        if drawn.has_edge(a, b, key=relation):
            drawn.edges[a, b, relation]["count"] += 1
        else:
            drawn.add_edge(a, b, key=relation, relation=relation, count=1)
    return drawn


def _counts(ax: Axes, drawn: nx.MultiGraph, positions: dict) -> None:
    """The number of ties each drawn line stands for, where it is more than one."""
    counts: Counter[tuple[str, str]] = Counter()
    for a, b, count in drawn.edges(data="count"):
        counts[(a, b)] += count
    labels = {pair: str(n) for pair, n in counts.items() if n > 1}
    if labels:
        nx.draw_networkx_edge_labels(drawn, positions, labels, font_size=6, ax=ax)


def _ties(ax: Axes, graph: nx.MultiGraph, positions: dict, t: Translator) -> None:
    for relation, (colour, style, width) in TIES.items():
        edges = [(a, b) for a, b, r in graph.edges(data="relation") if r == relation]
        if edges:
            nx.draw_networkx_edges(
                graph, positions, edgelist=edges, ax=ax, edge_color=colour, style=style, width=width
            )
            ax.add_line(
                Line2D(
                    [],
                    [],
                    color=colour,
                    linestyle=style,
                    linewidth=width,
                    label=t(f"relation.{relation.value}"),
                )
            )


def _nodes(ax: Axes, graph: nx.MultiGraph, positions: dict, t: Translator) -> None:
    for kind, (marker, colour, size) in NODES.items():
        nodes = [n for n, k in graph.nodes(data="kind") if k == kind]
        if nodes:
            nx.draw_networkx_nodes(
                graph,
                positions,
                nodelist=nodes,
                node_shape=marker,
                node_color=colour,
                node_size=size,
                ax=ax,
                label=t(f"node.{kind}"),
            )
    for physicians, size, colour in ((True, 6, "#555555"), (False, 7, INK)):
        labels = {
            n: _label(d, t)
            for n, d in graph.nodes(data=True)
            if (d["kind"] == "physician") == physicians
        }
        nx.draw_networkx_labels(graph, positions, labels, font_size=size, font_color=colour, ax=ax)


def _label(node: dict, t: Translator) -> str:
    """The node's name; the hospital trust and NAV, which have none, in the report's language."""
    if node["kind"] in UNNAMED:
        text = t(f"node.{node['kind']}")
        return text[:1].upper() + text[1:]
    return str(node["label"])


def _layout(graph: nx.Graph) -> dict:
    """Kamada–Kawai (deterministic, readable) for a region; for a large graph, where it is
    too slow, a spring layout from a fixed seed, so the same scenario draws the same way."""
    if graph.number_of_nodes() <= KAMADA_KAWAI_NODES:
        return nx.kamada_kawai_layout(graph)
    return nx.spring_layout(graph, seed=LAYOUT_SEED)


def _bridges(found: list[Bridge], t: Translator) -> str:
    if not found:
        return ""
    names = ", ".join(
        t("network.bridge", name=b.label, betweenness=t.number(b.betweenness, 2))
        + (t("network.cut_vertex") if b.cut_vertex else "")
        for b in found[:BRIDGES_SHOWN]
    )
    return paragraph(t("network.bridging", names=names))
