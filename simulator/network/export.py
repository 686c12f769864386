"""Writing a network to GraphML, GEXF or Graphviz DOT, atomically (temp file, then rename),
so a reader never sees a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

import networkx as nx


class Format(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    dot = "dot"


def export(graph: nx.Graph, path: Path, fmt: Format) -> None:
    flat = _flattened(graph)
    writers: dict[Format, Callable[[nx.Graph, BinaryIO], None]] = {
        Format.graphml: lambda g, handle: nx.write_graphml(g, handle),
        Format.gexf: lambda g, handle: nx.write_gexf(g, handle),
        Format.dot: lambda g, handle: handle.write(to_dot(g).encode("utf-8")),
    }
    write_atomically(path, lambda handle: writers[fmt](flat, handle))


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write to a temporary file next to `path`, then rename it over `path`. The file gets
    the permissions a plain `open` would give it (mkstemp makes it private)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


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
