"""Reading one YAML file safely into plain data plus a map of where each value was written.

Safety: the document is composed into YAML nodes first and refused if any node carries a tag
other than YAML's plain core types (so no Python objects, binaries, sets or custom tags) or if
its aliases would expand to more than `MAX_NODES` values ("billion laughs"); only then is it
constructed, by ruamel's round-trip constructor, into plain containers and scalars. Files over
`MAX_FILE_BYTES` are refused before reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.scenario.problems import ScenarioError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_NODES = 2_000_000
ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{kind}"
    for kind in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge")
)

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
    yaml.Constructor = _Constructor
    try:
        root = yaml.compose(text)
        if root is None:
            return Document(None)
        _refuse_tags(root, name)
        if _expanded_size(root, {}, set()) > MAX_NODES:
            raise ScenarioError.single(
                name,
                f"the document expands to over {MAX_NODES:,} values through YAML aliases; "
                "refusing it (a 'billion laughs' file?)",
            )
        tree = yaml.constructor.construct_document(root)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(str(part) for part in (error.context, error.problem) if part)
        raise ScenarioError.single(name, f"YAML syntax: {message}", line, column) from None
    except RecursionError:
        raise ScenarioError.single(name, "YAML nesting is too deep") from None
    except (YAMLError, ValueError) as error:
        raise ScenarioError.single(name, f"YAML syntax: {error}") from None
    document = Document(None)
    document.data = _plain(tree, name, (), document.where)
    return document


class _Constructor(RoundTripConstructor):
    """Keeps dates as text, so that Pydantic validates them with a located message (YAML's own
    timestamp parsing fails on e.g. 2026-13-01 without saying where)."""


_Constructor.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda constructor, node: constructor.construct_scalar(node)
)


def _refuse_tags(root: Node, name: str) -> None:
    """Only plain values, lists and mappings: no Python objects, binaries, sets or custom tags."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        tag = str(getattr(node.tag, "value", node.tag))
        if tag not in ALLOWED_TAGS:
            mark = node.start_mark
            raise ScenarioError.single(
                name,
                f"YAML tag {tag} is not allowed in scenarios (only plain values, lists and "
                "mappings)",
                mark.line + 1,
                mark.column + 1,
            )
        stack.extend(_children(node))


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _expanded_size(node: Node, memo: dict[int, int], active: set[int]) -> int:
    """Values after alias expansion, counted without expanding (shared nodes are memoised)."""
    if isinstance(node, ScalarNode):
        return 1
    key = id(node)
    if key in memo:
        return memo[key]
    if key in active:  # a recursive alias: infinite expansion
        return MAX_NODES + 1
    active.add(key)
    total = 1 + sum(_expanded_size(child, memo, active) for child in _children(node))
    active.discard(key)
    memo[key] = min(total, MAX_NODES + 1)
    return memo[key]


def _plain(node: Any, name: str, loc: Loc, where: dict[Loc, Mark]) -> Any:
    if isinstance(node, CommentedMap):
        result = {}
        for key, value in node.items():
            child = (*loc, str(key))
            where[child] = _key_mark(node, key, where.get(loc, (name, 1, 1)), name)
            result[str(key)] = _plain(value, name, child, where)
        return result
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            line, column = node.lc.item(index)
            where[(*loc, index)] = (name, line + 1, column + 1)
            items.append(_plain(value, name, (*loc, index), where))
        return items
    return _scalar(node)


def _key_mark(node: CommentedMap, key: Any, fallback: Mark, name: str) -> Mark:
    """Where `key` is written; a key merged in with `<<:` is placed at its mapping."""
    try:
        line, column = node.lc.key(key)
    except KeyError:
        return fallback
    return (name, line + 1, column + 1)


def _scalar(node: Any) -> Any:
    """Round-trip scalar subclasses as the plain Python values Pydantic expects."""
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, TaggedScalar):  # an explicit `!!str`; other tags were refused
        return str(node.value)
    for kind in (int, float, str):
        if isinstance(node, kind):
            return kind(node)
    return node
