"""`include:` of shared base files, merged under the including file.

Merge rules: mappings merge key by key (the including file wins); in the entity sections
(municipalities, places, offices, ...) an item whose `id` is already present replaces it and
new items are appended; any other value is replaced. Paths are relative to the including file.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from simulator.scenario.problems import Problem, ScenarioError
from simulator.scenario.references import ENTITY_SECTIONS
from simulator.scenario.texts import Text
from simulator.scenario.yamlfile import Document, Loc, Mark, read_document


def read_with_includes(path: Path, chain: tuple[Path, ...] = ()) -> Document:
    return with_includes(read_document(path), path, chain)


def with_includes(document: Document, path: Path, chain: tuple[Path, ...] = ()) -> Document:
    """`document`, read from `path` (or edited in the app), merged over the files it includes."""
    resolved = path.resolve()
    if not isinstance(document.data, dict):
        return document
    includes = document.data.pop("include", [])
    single = isinstance(includes, str)
    if single:
        includes = [includes]
    if not isinstance(includes, list) or not all(isinstance(i, str) for i in includes):
        raise _located(document, ("include",), Text("include_type"))
    if not includes:
        return document
    merged = Document({})
    for index, include in enumerate(includes):
        target = Path(os.path.normpath(path.parent / include))  # as written, for messages
        loc: Loc = ("include",) if single else ("include", index)
        if target.resolve() in (*chain, resolved):
            cycle = " -> ".join(p.name for p in (*chain, resolved, target.resolve()))
            raise _located(document, loc, Text("include_cycle", {"cycle": cycle}))
        if not target.is_file():
            raise _located(document, loc, Text("include_missing", {"include": include}))
        included = read_with_includes(target, (*chain, resolved))
        if not isinstance(included.data, dict):
            raise _located(document, loc, Text("include_not_mapping", {"include": include}))
        merged = merge(merged, included)
    document.where = {k: v for k, v in document.where.items() if k[:1] != ("include",)}
    return merge(merged, document)


def _located(document: Document, loc: Loc, message: Text) -> ScenarioError:
    file, line, column = document.where.get(loc, document.where.get(loc[:1], ("?", 1, 1)))
    path = "".join(f"[{part}]" if isinstance(part, int) else part for part in loc)
    return ScenarioError([Problem.of(file, line, column, path, message)])


def merge(base: Document, top: Document) -> Document:
    """`top` merged over `base` (see the module docstring)."""
    where: dict[Loc, Mark] = {}
    data = _merge_value(base.data, top.data, (), _Marks(base.where), _Marks(top.where), where)
    return Document(data, where)


def _merge_value(
    base: Any, top: Any, loc: Loc, bw: _Marks, tw: _Marks, out: dict[Loc, Mark]
) -> Any:
    if isinstance(base, dict) and isinstance(top, dict):
        result = {}
        for key in [*base, *(k for k in top if k not in base)]:
            child = (*loc, key)
            if key not in top:
                _move(bw, child, child, out)
                result[key] = base[key]
            elif key in base and (len(loc) > 0 or key not in ENTITY_SECTIONS):
                out[child] = tw.where[child]
                result[key] = _merge_value(base[key], top[key], child, bw, tw, out)
            elif key in base:
                out[child] = tw.where[child]
                result[key] = _merge_entities(base[key], top[key], child, bw, tw, out)
            else:
                _move(tw, child, child, out)
                result[key] = top[key]
        return result
    _move(tw, loc, loc, out)
    return top


def _merge_entities(
    base: Any, top: Any, loc: Loc, bw: _Marks, tw: _Marks, out: dict[Loc, Mark]
) -> Any:
    if not (isinstance(base, list) and isinstance(top, list)):
        _move(tw, loc, loc, out)
        return top
    replaced = {item.get("id"): i for i, item in enumerate(top) if isinstance(item, dict)}
    result: list[Any] = []
    for index, item in enumerate(base):
        ident = item.get("id") if isinstance(item, dict) else None
        if ident in replaced and ident is not None:
            continue
        _move(bw, (*loc, index), (*loc, len(result)), out)
        result.append(item)
    for index, item in enumerate(top):
        _move(tw, (*loc, index), (*loc, len(result)), out)
        result.append(item)
    return result


class _Marks:
    """The marks of one document, indexed by path prefix so subtrees move in linear time."""

    def __init__(self, where: dict[Loc, Mark]) -> None:
        self.where = where
        self._by_depth: dict[int, dict[Loc, list[tuple[Loc, Mark]]]] = {}

    def subtree(self, loc: Loc) -> list[tuple[Loc, Mark]]:
        depth = len(loc)
        if depth not in self._by_depth:
            groups: dict[Loc, list[tuple[Loc, Mark]]] = defaultdict(list)
            for key, mark in self.where.items():
                if len(key) >= depth:
                    groups[key[:depth]].append((key, mark))
            self._by_depth[depth] = groups
        return self._by_depth[depth].get(loc, [])


def _move(source: _Marks, old: Loc, new: Loc, out: dict[Loc, Mark]) -> None:
    """Copy the marks of `old` and everything below it to `new`."""
    size = len(old)
    for key, mark in source.subtree(old):
        out[(*new, *key[size:])] = mark
