"""Reading one YAML file safely into plain data plus a map of where each value was written.

Safety: ruamel's round-trip loader builds only plain containers and scalars (no Python
objects); files over `MAX_FILE_BYTES` are refused before reading; a document whose aliases
expand to more than `MAX_NODES` values ("billion laughs") is refused before expansion.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from simulator.scenario.problems import ScenarioError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_NODES = 2_000_000

Loc = tuple[str | int, ...]
Mark = tuple[str, int, int]


@dataclass
class Document:
    """Plain data of a YAML document and the file:line:column of every key and list item."""

    data: Any
    where: dict[Loc, Mark] = field(default_factory=dict)


def read_document(path: Path) -> Document:
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ScenarioError.single(name, f"cannot read the file: {error.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise ScenarioError.single(
            name, f"file is {size / 1e6:.1f} MB; scenario files are limited to 10 MB"
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ScenarioError.single(name, f"not UTF-8 text (byte {error.start})") from None
    return parse_document(text, name)


def parse_document(text: str, name: str) -> Document:
    yaml = YAML(typ="rt", pure=True)
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(part) for part in (error.context, error.problem) if part)
        raise ScenarioError.single(name, f"YAML syntax: {message}", line, column) from None
    except (YAMLError, RecursionError) as error:
        raise ScenarioError.single(name, f"YAML syntax: {error}") from None
    size = _expanded_size(tree, {}, set())
    if size > MAX_NODES:
        raise ScenarioError.single(
            name,
            f"the document expands to over {MAX_NODES:,} values through YAML aliases; "
            "refusing it (a 'billion laughs' file?)",
        )
    document = Document(None)
    document.data = _plain(tree, name, (), document.where)
    return document


def _expanded_size(node: Any, memo: dict[int, int], active: set[int]) -> int:
    """Values after alias expansion, counted without expanding (shared nodes are memoised)."""
    if not isinstance(node, CommentedMap | CommentedSeq):
        return 1
    key = id(node)
    if key in memo:
        return memo[key]
    if key in active:  # a recursive alias: infinite expansion
        return MAX_NODES + 1
    active.add(key)
    children = node.values() if isinstance(node, CommentedMap) else node
    total = 1 + sum(_expanded_size(child, memo, active) for child in children)
    active.discard(key)
    memo[key] = min(total, MAX_NODES + 1)
    return memo[key]


def _plain(node: Any, name: str, loc: Loc, where: dict[Loc, Mark]) -> Any:
    if isinstance(node, CommentedMap):
        result = {}
        for key, value in node.items():
            line, column = node.lc.key(key)
            child = (*loc, str(key))
            where[child] = (name, line + 1, column + 1)
            result[str(key)] = _plain(value, name, child, where)
        return result
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            line, column = node.lc.item(index)
            where[(*loc, index)] = (name, line + 1, column + 1)
            items.append(_plain(value, name, (*loc, index), where))
        return items
    if isinstance(node, TaggedScalar):
        mark = where.get(loc, (name, 1, 1))
        raise ScenarioError.single(
            name, f"YAML tag {node.tag.value} is not allowed in scenarios", mark[1], mark[2]
        )
    return _scalar(node)


def _scalar(node: Any) -> Any:
    """Round-trip scalar subclasses as the plain Python values Pydantic expects."""
    if isinstance(node, bool) or node is None:
        return node
    for kind in (int, float, str):
        if isinstance(node, kind):
            return kind(node)
    if isinstance(node, dt.datetime):
        return dt.datetime.fromisoformat(node.isoformat())
    return node
