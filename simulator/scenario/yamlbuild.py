"""Plain data and the position of every key and list item, built from a YAML event stream.

The events come from libyaml (PyYAML's C parser), so reading is fast; building here is a loop
with an explicit stack, so deeply nested input cannot overflow the C stack. Safety is checked
as the events arrive, before anything is copied: only YAML's plain core tags are accepted, and
a document whose aliases expand to more than `MAX_NODES` values is refused. Aliases share the
Python value of their anchor; merge keys (`<<:`) copy the keys the mapping does not have.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from pydantic_core import PydanticCustomError

from simulator.scenario.problems import ScenarioError
from simulator.scenario.texts import Text
from simulator.scenario.yamlscalars import CORE, MERGE, STR, construct, resolve

MAX_NODES = 2_000_000
MAX_DEPTH = 400  # lists and mappings within each other; scenarios use under 10
ALLOWED_TAGS = frozenset(
    CORE + kind
    for kind in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge")
)

Loc = tuple[str | int, ...]
Mark = tuple[str, int, int]
# Each entry is a position, None for a merged key (placed at its mapping), or the entries of
# an alias or a merged value, copied to that location only when `where()` is asked for: alias
# and merge bombs are refused by counting, before anything is copied.
Marks = list[tuple[Loc, "Mark | _Anchored | _Merged | None"]]

_NO_KEY = object()
_MERGE_KEY = object()
_MERGE_VALUE = "\0<<"  # where a merge key's value is built; not part of the data


@dataclass
class _Anchored:
    value: Any
    size: int  # values after alias expansion
    start: int  # its entries are `Builder.marks[start:end]`,
    end: int
    depth: int  # with locations below its own, which has this length


@dataclass
class _Merged:
    entries: Marks  # below a merged key, relative to it


@dataclass
class _Open:
    """A mapping or list whose end event has not come yet."""

    value: dict[str, Any] | list[Any]
    loc: Loc
    anchor: str | None
    first_mark: int
    first_size: int
    key: Any = _NO_KEY
    keys: set[Any] = field(default_factory=set)
    merges: bool = False  # whether it has a `<<` key


class Builder:
    """Consumes the events of one document; `data` and `where()` are the result."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.data: Any = None
        self.marks: Marks = []
        self.size = 0
        self._stack: list[_Open] = []
        self._anchors: dict[str, _Anchored | None] = {}
        self._documents = 0

    def feed(self, event: yaml.Event) -> None:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self._scalar(event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            self._start(event, {} if kind is yaml.MappingStartEvent else [])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            self._end()
        elif kind is yaml.AliasEvent:
            self._alias(event)
        elif kind is yaml.DocumentStartEvent:
            self._document(event)

    def where(self) -> dict[Loc, Mark]:
        """The position of every key and list item; a merged key is placed at its mapping,
        the values of an alias where its anchor's were written."""
        where: dict[Loc, Mark] = {}
        root = (self.name, 1, 1)
        stack: list[tuple[Loc, int, Iterator[tuple[Loc, Any]]]] = [((), 0, iter(self.marks))]
        while stack:
            prefix, depth, entries = stack[-1]
            for loc, mark in entries:
                loc = (*prefix, *loc[depth:])
                if _MERGE_VALUE in loc:
                    continue
                if isinstance(mark, _Anchored):
                    stack.append((loc, mark.depth, iter(self.marks[mark.start : mark.end])))
                    break
                if isinstance(mark, _Merged):
                    stack.append((loc, 0, iter(mark.entries)))
                    break
                where[loc] = mark or where.get(loc[:-1], root)
            else:
                stack.pop()
        return where

    def _document(self, event: yaml.DocumentStartEvent) -> None:
        self._documents += 1
        if self._documents > 1:
            raise self._error(event, Text("yaml_second_document"))
        if event.version not in (None, (1, 2)):
            version = ".".join(map(str, event.version))
            raise self._error(event, Text("yaml_version", {"version": version}))

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        tag = event.tag
        if tag is None or tag == "!":
            tag = resolve(event.value) if event.implicit[0] else STR
        self._check_tag(event, tag)
        parent = self._expecting_key()
        value = _MERGE_KEY if parent is not None and tag == MERGE else self._value(event, tag)
        self._count(1)
        if parent is not None:
            self._key(parent, event, value)
        else:
            self._place(event, value)
        if value is not _MERGE_KEY:
            self._remember(event.anchor, value, 1, len(self.marks), 0)

    def _value(self, event: yaml.ScalarEvent, tag: str) -> Any:
        try:
            return construct(tag, event.value)
        except ValueError as error:
            reason = error.args[0] if isinstance(error, PydanticCustomError) else str(error)
            text = Text("cannot_read_scalar", {"tag": tag.removeprefix(CORE), "reason": reason})
            raise ScenarioError.single(self.name, text, *self._mark(event)[1:]) from None

    def _start(self, event: yaml.CollectionStartEvent, value: dict[str, Any] | list[Any]) -> None:
        self._check_tag(event, event.tag)
        self._refuse_complex_key(event)
        if len(self._stack) >= MAX_DEPTH:
            _, line, column = self._mark(event)
            raise ScenarioError.single(self.name, Text("yaml_too_deep"), line, column)
        self._count(1)
        loc = self._place(event, value)
        self._stack.append(_Open(value, loc, event.anchor, len(self.marks), self.size))
        if event.anchor is not None:
            self._anchors[event.anchor] = None  # open: an alias to it now would recurse

    def _end(self) -> None:
        done = self._stack.pop()
        if done.merges:
            self._merge(done)
        if done.anchor is not None:
            size = self.size - done.first_size + 1
            self._remember(done.anchor, done.value, size, done.first_mark, len(done.loc))

    def _alias(self, event: yaml.AliasEvent) -> None:
        if event.anchor not in self._anchors:
            raise self._error(event, Text("yaml_undefined_alias", {"anchor": event.anchor}))
        anchored = self._anchors[event.anchor]
        if anchored is None:  # an alias inside its own anchor: infinite expansion
            raise self._bomb()
        self._count(anchored.size)
        parent = self._expecting_key()
        if parent is not None:
            if isinstance(anchored.value, dict | list):
                raise self._error(event, Text("yaml_complex_key"))
            self._key(parent, event, anchored.value)
            return
        loc = self._place(event, anchored.value)
        if anchored.end > anchored.start:
            self.marks.append((loc, anchored))

    def _key(self, parent: _Open, event: yaml.Event, key: Any) -> None:
        if key is _MERGE_KEY:
            if parent.merges:
                raise self._error(event, Text("yaml_duplicate_merge"))
            parent.merges = True
            parent.key = _MERGE_VALUE
            return
        if key in parent.keys:
            raise self._error(event, Text("yaml_duplicate_key", {"key": key}))
        parent.keys.add(key)
        parent.key = str(key)
        self.marks.append(((*parent.loc, parent.key), self._mark(event)))

    def _place(self, event: yaml.Event, value: Any) -> Loc:
        """Put `value` into the open collection (a list item is placed where it is written, a
        mapping value at its key); its location."""
        if not self._stack:
            self.data = value
            return ()
        parent = self._stack[-1]
        if isinstance(parent.value, list):
            loc = (*parent.loc, len(parent.value))
            parent.value.append(value)
            self.marks.append((loc, self._mark(event)))
            return loc
        loc = (*parent.loc, parent.key)
        parent.value[parent.key] = value  # type: ignore[call-overload]
        if parent.key is _MERGE_VALUE:
            self.marks.append((loc, self._mark(event)))
        parent.key = _NO_KEY
        return loc

    def _merge(self, mapping: _Open) -> None:
        """Copy in the keys of the merged mappings that `mapping` does not have; the first
        merged mapping wins, as in YAML's merge-key type. Merged keys are placed at `mapping`,
        the values below them where they were written."""
        target = mapping.value
        assert isinstance(target, dict)
        value = target.pop(_MERGE_VALUE)
        depth = 1 if isinstance(value, dict) else 2  # (key,) or (index, key)
        at = (*mapping.loc, _MERGE_VALUE)
        merged: Marks = []
        for loc, mark in self.marks[mapping.first_mark :]:
            rel = loc[len(at) :]
            if loc[: len(at)] != at:
                continue
            if isinstance(mark, _Anchored) and len(rel) < depth:  # `<<: *b` or `<<: [*a]`
                merged.extend(((*rel, *inner), m) for inner, m in self._entries(mark))
            else:
                merged.append((rel, mark))
        sources = _merge_sources(value, {rel: m for rel, m in merged if isinstance(m, tuple)})
        below: dict[Loc, Marks] = defaultdict(list)
        for rel, mark in merged:
            if len(rel) > depth or (len(rel) == depth and isinstance(mark, _Anchored | _Merged)):
                below[rel[:depth]].append((rel[depth:], mark))
        for prefix, source in sources:
            for key, item in source.items():
                if key not in target:
                    target[key] = item
                    self.marks.append(((*mapping.loc, key), None))
                    if below[(*prefix, key)]:
                        self.marks.append(((*mapping.loc, key), _Merged(below[(*prefix, key)])))

    def _entries(self, anchored: _Anchored) -> Marks:
        """The entries of an anchored value, relative to it."""
        depth = anchored.depth
        return [(loc[depth:], mark) for loc, mark in self.marks[anchored.start : anchored.end]]

    def _remember(self, anchor: str | None, value: Any, size: int, start: int, depth: int) -> None:
        if anchor is not None:
            self._anchors[anchor] = _Anchored(value, size, start, len(self.marks), depth)

    def _count(self, values: int) -> None:
        self.size += values
        if self.size > MAX_NODES:
            raise self._bomb()

    def _bomb(self) -> ScenarioError:
        return ScenarioError.single(self.name, Text("yaml_bomb", {"most": f"{MAX_NODES:,}"}))

    def _check_tag(self, event: yaml.NodeEvent, tag: str | None) -> None:
        """Only plain values, lists and mappings: no Python objects, binaries, sets or custom
        tags."""
        if tag is not None and tag != "!" and tag not in ALLOWED_TAGS:
            _, line, column = self._mark(event)
            raise ScenarioError.single(self.name, Text("yaml_tag", {"tag": tag}), line, column)

    def _expecting_key(self) -> _Open | None:
        """The open mapping if the next value is one of its keys."""
        parent = self._stack[-1] if self._stack else None
        if parent is not None and parent.key is _NO_KEY and isinstance(parent.value, dict):
            return parent
        return None

    def _refuse_complex_key(self, event: yaml.Event) -> None:
        if self._expecting_key() is not None:
            raise self._error(event, Text("yaml_complex_key"))

    def _mark(self, event: yaml.Event) -> Mark:
        return (self.name, event.start_mark.line + 1, event.start_mark.column + 1)

    def _error(self, event: yaml.Event, message: Text) -> ScenarioError:
        return _located(self._mark(event), message)


def _merge_sources(value: Any, marks: dict[Loc, Mark]) -> list[tuple[Loc, dict[str, Any]]]:
    """The mappings a `<<` key merges in, each with its place under the key's value."""
    if isinstance(value, dict):
        return [((), value)]
    if not isinstance(value, list):
        raise _located(marks[()], Text("yaml_merge_list"))
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise _located(marks[(index,)], Text("yaml_merge_item"))
    return [((index,), item) for index, item in enumerate(value)]


def _located(mark: Mark, message: Text) -> ScenarioError:
    return ScenarioError.single(mark[0], Text("yaml_syntax", {"message": message}), *mark[1:])
