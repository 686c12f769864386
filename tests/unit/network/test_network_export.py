"""Atomic writes and the DOT text of an exported graph."""

from __future__ import annotations

import networkx as nx

from simulator.network.export import to_dot


def test_dot_quotes_names_and_attributes() -> None:
    graph = nx.Graph()
    graph.add_node('a "quoted" place', kind="office")
    graph.add_edge('a "quoted" place', "b", minutes=5.0)
    text = to_dot(graph)
    assert '"a \\"quoted\\" place" [kind="office"];' in text
    assert '"a \\"quoted\\" place" -- "b" [minutes="5.0"];' in text
    assert text.startswith("graph {") and text.endswith("}\n")
