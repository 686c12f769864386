"""Atomic writes and the DOT text of an exported graph."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import networkx as nx
import pytest

from simulator.network.export import to_dot, write_atomically


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "graph.graphml"
    target.write_text("old")

    def failing(stream: BinaryIO) -> None:
        stream.write(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, failing)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_dot_quotes_names_and_attributes() -> None:
    graph = nx.Graph()
    graph.add_node('a "quoted" place', kind="office")
    graph.add_edge('a "quoted" place', "b", minutes=5.0)
    text = to_dot(graph)
    assert '"a \\"quoted\\" place" [kind="office"];' in text
    assert '"a \\"quoted\\" place" -- "b" [minutes="5.0"];' in text
    assert text.startswith("graph {") and text.endswith("}\n")
