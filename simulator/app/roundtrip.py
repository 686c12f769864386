"""A plan's YAML text as a ruamel.yaml round-trip tree: edits change single values in place, so
comments, key order and layout of everything else stay as the planner wrote them."""

from __future__ import annotations

import copy
import difflib
import io
import re
from collections.abc import MutableMapping, MutableSequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

Path = tuple[str | int, ...]
_FLOW_SPACES = re.compile(r"\s*([{}\[\]])\s*")


class SnippetError(ValueError):
    """A value typed as YAML that does not parse."""


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line the planner wrote on one line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load(text: str) -> Any:
    """The round-trip tree of `text` (an empty mapping for empty text)."""
    tree = _yaml().load(text)
    return CommentedMap() if tree is None else tree


def dump(tree: Any) -> str:
    stream = io.StringIO()
    _yaml().dump(tree, stream)
    return stream.getvalue()


def dump_like(tree: Any, original: str) -> str:
    """`dump(tree)` with each line that only ruamel.yaml's layout changed (the spaces inside
    `{ ... }` and `[ ... ]` of flow collections) written as in `original`."""
    new = dump(tree).splitlines(keepends=True)
    old = original.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(
        None,
        [_FLOW_SPACES.sub(r"\1", line) for line in old],
        [_FLOW_SPACES.sub(r"\1", line) for line in new],
        autojunk=False,
    )
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        out += old[i1:i2] if tag == "equal" else new[j1:j2]
    return "".join(out)


def snippet(text: str) -> Any:
    """A value written as YAML in a form's text area."""
    try:
        return _yaml().load(text)
    except YAMLError as error:
        raise SnippetError(str(error).replace("\n", " ")) from None


def get(tree: Any, path: Path, default: Any = None) -> Any:
    node = tree
    for part in path:
        if not _has(node, part):
            return default
        node = node[part]
    return node


def _has(node: Any, part: str | int) -> bool:
    if isinstance(node, MutableMapping):
        return part in node
    return isinstance(node, MutableSequence) and isinstance(part, int) and part < len(node)


def put(tree: Any, path: Path, value: Any) -> None:
    """Set the value at `path`, making the mappings on the way that are not written yet."""
    node = tree
    for part in path[:-1]:
        child = get(node, (part,))
        if not isinstance(child, MutableMapping | MutableSequence):
            child = CommentedMap()
            node[part] = child
        node = child
    node[path[-1]] = _flow(value)


def _flow(value: Any) -> Any:
    """A list of plain values is written on one line, `[a, b]`, as the starter writes them."""
    if not isinstance(value, list) or any(isinstance(v, dict | list) for v in value):
        return value
    items = CommentedSeq(value)
    items.fa.set_flow_style()
    return items


def remove(tree: Any, path: Path) -> None:
    """Delete the key or list item at `path` if it is there (a removed key takes its default)."""
    parent = get(tree, path[:-1])
    if _has(parent, path[-1]):
        del parent[path[-1]]


def append_copy(tree: Any, path: Path, taken: set[str]) -> int:
    """Append a copy of the last item of the list at `path` (an empty mapping for an empty
    list), with a fresh `id`; returns the new item's index."""
    items = get(tree, path)
    if not isinstance(items, MutableSequence):
        items = []
        put(tree, path, items)
    item = copy.deepcopy(items[-1]) if items else CommentedMap()
    if isinstance(item, MutableMapping) and isinstance(item.get("id"), str):
        item["id"] = fresh_id(item["id"], taken)
    items.append(item)
    return len(items) - 1


def fresh_id(base: str, taken: set[str]) -> str:
    """The next free id after `base`: `gp-04` → `gp-05`, `station` → `station-2`."""
    stem, _, digits = base.rpartition("-")
    if not (stem and digits.isdigit()):
        stem, digits = base, "1"
    number = int(digits) + 1
    while f"{stem}-{number:0{len(digits)}d}" in taken:
        number += 1
    return f"{stem}-{number:0{len(digits)}d}"
