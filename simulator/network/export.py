"""Writing a network to GraphML, GEXF or Graphviz DOT, atomically (temp file, then rename),
so a reader never sees a half-written file."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import networkx as nx

from simulator.files import write_atomic


class Format(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    dot = "dot"


def export(graph: nx.Graph, path: Path, fmt: Format) -> None:
    flat = _flattened(graph)
    writers: dict[Format, Callable[[nx.Graph, Path], None]] = {
        Format.graphml: lambda g, temporary: nx.write_graphml(g, temporary),
        Format.gexf: lambda g, temporary: nx.write_gexf(g, temporary),
        Format.dot: lambda g, temporary: temporary.write_text(to_dot(g), encoding="utf-8"),
    }
    write_atomic(path, lambda temporary: writers[fmt](flat, temporary))


def _flattened(graph: nx.Graph) -> nx.Graph:
    """A copy whose attribute values are scalars (GraphML and GEXF allow no tuples)."""
    flat = graph.copy()
    for _, data in flat.nodes(data=True):
        _flatten(data)
    for *_, data in flat.edges(data=True):
        _flatten(data)
    return flat


def _flatten(data: dict) -> None:
    for key, value in data.items():
        if isinstance(value, tuple | list | set):
            data[key] = ";".join(str(v) for v in value)


def to_dot(graph: nx.Graph) -> str:
    """Graphviz DOT text: nodes and edges with all their attributes."""
    kind = "digraph" if graph.is_directed() else "graph"
    arrow = "->" if graph.is_directed() else "--"
    lines = [f"{kind} {{"]
    for node, data in graph.nodes(data=True):
        lines.append(f"  {_quote(node)}{_attributes(data)};")
    for a, b, data in graph.edges(data=True):
        lines.append(f"  {_quote(a)} {arrow} {_quote(b)}{_attributes(data)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _attributes(data: dict) -> str:
    if not data:
        return ""
    return " [" + ", ".join(f"{key}={_quote(value)}" for key, value in data.items()) + "]"


def _quote(value: object) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'
