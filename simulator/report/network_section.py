"""The coordination network drawn per variant, with its density and bridging nodes."""

from __future__ import annotations

import networkx as nx

from simulator.report.coordination import KINDS, bridging, coordination_graph
from simulator.report.html import Section, absent, chart, paragraph, slug
from simulator.report.i18n import Translator
from simulator.report.results import ResultSet, VariantResult
from simulator.report.svg import INK, OKABE_ITO, figure, to_svg

SECTION_ID = "network"
KAMADA_KAWAI_NODES = 150
LAYOUT_SEED = 1
STYLE = {  # kind: (marker, colour, size)
    "municipality": ("o", OKABE_ITO[1], 420),
    "office": ("s", OKABE_ITO[4], 160),
    "physician": ("o", OKABE_ITO[7], 40),
    "legevakt": ("^", OKABE_ITO[5], 200),
    "beds": ("D", OKABE_ITO[2], 140),
    "collaboration": ("h", OKABE_ITO[0], 260),
}


def section(results: ResultSet, t: Translator) -> Section:
    body = paragraph(t("network.intro"))
    body += "".join(_network(v, t) for v in results.charted)
    return Section(SECTION_ID, t("section.network"), body)


def _network(variant: VariantResult, t: Translator) -> str:
    graph = coordination_graph(variant.scenario)
    if graph.number_of_edges() == 0:
        return absent(t("absent.network", variant=variant.name))
    positions = _layout(graph)
    chart_id = slug("network", variant.name)
    with figure(8.0, 6.5) as fig:
        ax = fig.subplots()
        nx.draw_networkx_edges(graph, positions, ax=ax, edge_color="#bbbbbb", width=0.8)
        for kind in KINDS:
            nodes = [n for n, k in graph.nodes(data="kind") if k == kind]
            if nodes:
                marker, colour, size = STYLE[kind]
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
        for kind, size, colour in (("physician", 6, "#555555"), (None, 7, INK)):
            labels = {
                n: d["label"]
                for n, d in graph.nodes(data=True)
                if (d["kind"] == "physician") == (kind == "physician")
            }
            nx.draw_networkx_labels(
                graph, positions, labels, font_size=size, font_color=colour, ax=ax
            )
        ax.axis("off")
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, markerscale=0.6)
        svg = to_svg(fig, chart_id)
    caption = t(
        "caption.network",
        variant=variant.name,
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        density=t.number(nx.density(graph), 3),
    )
    return chart(chart_id, svg, caption) + _bridges(graph, t)


def _bridges(graph: nx.Graph, t: Translator) -> str:
    found = bridging(graph)
    if not found:
        return ""
    names = ", ".join(f"{graph.nodes[n]['label']} ({t.number(v, 2)})" for n, v in found)
    return paragraph(t("network.bridging", names=names))


def _layout(graph: nx.Graph) -> dict[str, object]:
    """Kamada–Kawai (deterministic, readable) for a region; for a large graph, where it is
    too slow, a spring layout from a fixed seed, so the same scenario draws the same way."""
    if graph.number_of_nodes() <= KAMADA_KAWAI_NODES:
        return nx.kamada_kawai_layout(graph)
    return nx.spring_layout(graph, seed=LAYOUT_SEED)
