"""Forms generated from the scenario's JSON Schema: a new schema field appears in the app
without app code.

`section_form` walks the schema of one top-level section alongside the plan's data and gives a
tree of `Group`s (objects, list items) and `Field`s (single values). Each field knows its path
in the document and how to turn typed text back into a YAML value (`parse`). A shape the
widgets do not cover (a free mapping, a union of objects) is edited as a small YAML text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from simulator.app.roundtrip import Path, dump, snippet
from simulator.idealtypes.presets import base_of
from simulator.scenario.field_texts import description
from simulator.scenario.schema import json_schema

SCALARS = ("string", "integer", "number", "boolean")


@dataclass
class Field:
    """One value: `kind` is text, integer, number, boolean, choice, date, list or yaml."""

    path: Path
    label: str
    kind: str
    value: str
    default: str = ""
    help: str = ""
    options: tuple[str, ...] = ()
    required: bool = False
    item_kind: str = "string"
    ref: str = ""  # the section whose ids the value names (`Ref` in the schema: `x-ref`)
    problems: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return field_name(self.path)

    def parse(self, text: str) -> Any:
        """The YAML value of typed `text`; text that is not a value of the field's type is
        kept as text, so validation reports it with the CLI's message."""
        text = text.strip()
        if self.kind == "yaml":
            return snippet(text)
        if self.kind == "list":
            return [_scalar(self.item_kind, part.strip()) for part in text.split(",") if part]
        return _scalar(self.kind, text)


@dataclass
class Group:
    """An object, a list of objects, or one item of such a list."""

    path: Path
    label: str
    children: list[Field | Group] = field(default_factory=list)
    help: str = ""
    is_list: bool = False
    is_item: bool = False
    hidden: int = 0  # items of a long list not shown (see `limit_items`)
    problems: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return field_name(self.path)

    def fields(self) -> list[Field]:
        """Every field below this group, depth first."""
        out: list[Field] = []
        for child in self.children:
            out += child.fields() if isinstance(child, Group) else [child]
        return out

    def groups(self) -> list[Group]:
        out = [self]
        for child in self.children:
            if isinstance(child, Group):
                out += child.groups()
        return out


def in_language(form: Group, lang: str) -> None:
    """The schema's field descriptions in `form` in `lang` (they are written in English)."""
    for part in [form, *form.groups(), *form.fields()]:
        part.help = description(part.help, lang)


def limit_items(form: Group, find: str, most: int) -> bool:
    """Show at most `most` items of each list in `form`, those whose label contains `find`
    first; a national plan has 5 000 physicians, and a page of 120 000 fields helps no one.
    Fields not shown are not submitted, so they stay as they are. True if any were hidden."""
    hidden = False
    for group in form.groups():
        if group.is_list and (len(group.children) > most or find):
            kept = [c for c in group.children if find.lower() in c.label.lower()][:most]
            group.hidden = len(group.children) - len(kept)
            group.children = kept
            hidden = hidden or group.hidden > 0
    return hidden


def field_name(path: Path) -> str:
    """The form name of a path: `legevakt/0/shifts/1/start`."""
    return "/".join(str(part) for part in path)


def parse_name(name: str) -> Path:
    return tuple(int(part) if part.isdigit() else part for part in name.split("/"))


@cache
def schema() -> dict[str, Any]:
    return json_schema()


def sections() -> list[str]:
    """The top-level sections in schema order (`include` is a file's business, not a form's)."""
    return [key for key in schema()["properties"] if key != "include"]


def section_form(data: Mapping[str, Any], section: str) -> Group:
    """The form of one top-level section of the plan `data`."""
    node = schema()["properties"][section]
    built = _node(node, data.get(section), (section,), section, True)
    if isinstance(built, Field):  # a scalar section: wrap it so every form is a group
        return Group((section,), built.label, [built])
    return built


def _resolve(node: Mapping[str, Any]) -> dict[str, Any]:
    """`node` with its `$ref` replaced by the definition (the node's own keys win)."""
    if "$ref" not in node:
        return dict(node)
    target = schema()["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return {**_resolve(target), **{k: v for k, v in node.items() if k != "$ref"}}


def _node(node: Mapping[str, Any], value: Any, path: Path, label: str, required: bool):
    node = _resolve(node)
    node = _without_null(node)
    if "oneOf" in node and "discriminator" in node:
        return _tagged(node, value, path, label)
    kind = node.get("type")
    if kind == "object" and "properties" in node:
        return _object(node, value, path, label)
    if kind == "array":
        items = _without_null(_resolve(node.get("items", {})))
        if items.get("type") == "object" or "oneOf" in items:
            return _list(node, items, value, path, label)
        if items.get("type") in SCALARS:
            extra = {
                "item_kind": items["type"],
                "options": tuple(items.get("enum", ())),
                "ref": items.get("x-ref", ""),
            }
            return _field(node, "list", value, path, label, required, **extra)
    if "enum" in node:
        return _field(node, "choice", value, path, label, required, options=tuple(node["enum"]))
    if kind == "string" and node.get("format") == "date":
        return _field(node, "date", value, path, label, required)
    if kind == "string":
        return _field(node, "text", value, path, label, required, ref=node.get("x-ref", ""))
    if kind in ("integer", "number", "boolean"):
        return _field(node, kind, value, path, label, required)
    return _field(node, "yaml", value, path, label, required)


def _without_null(node: dict[str, Any]) -> dict[str, Any]:
    """An optional value (`X | None`) is edited as X; empty means the default."""
    variants = node.get("anyOf")
    if not variants:
        return node
    kept = [v for v in variants if v.get("type") != "null"]
    if len(kept) != 1:
        return node
    rest = {k: v for k, v in node.items() if k != "anyOf"}
    return {**_resolve(kept[0]), **rest}


def _object(node: Mapping[str, Any], value: Any, path: Path, label: str) -> Group:
    data = value if isinstance(value, Mapping) else {}
    required = set(node.get("required", ()))
    group = Group(path, label, help=node.get("description", ""))
    for key, child in node["properties"].items():
        group.children.append(_node(child, data.get(key), (*path, key), key, key in required))
    return group


def _list(
    node: Mapping[str, Any], items: Mapping[str, Any], value: Any, path: Path, label: str
) -> Group:
    group = Group(path, label, help=node.get("description", ""), is_list=True)
    for index, item in enumerate(value if isinstance(value, list) else []):
        built = _node(items, item, (*path, index), _item_label(item, index), True)
        if isinstance(built, Field):
            built = Group(built.path, built.label, [built])
        built.is_item = True
        group.children.append(built)
    return group


def _tagged(node: Mapping[str, Any], value: Any, path: Path, label: str) -> Field | Group:
    """A discriminated union (collaborations): the form of the item's own type; a preset
    (`split_chief_physician_...`) takes the form of its base model."""
    tag_key = node["discriminator"]["propertyName"]
    mapping = node["discriminator"]["mapping"]
    tag = value.get(tag_key) if isinstance(value, Mapping) else None
    base = base_of(tag) if isinstance(tag, str) else None
    target = mapping.get(tag) or mapping.get(base or "")
    if target is None:
        return _field(node, "yaml", value, path, label, True)
    return _object(_resolve({"$ref": target}), value, path, label)


def _field(
    node: Mapping[str, Any],
    kind: str,
    value: Any,
    path: Path,
    label: str,
    required: bool,
    **extra: Any,
) -> Field:
    default = node.get("default")
    return Field(
        path,
        label,
        kind,
        _shown(kind, value),
        "" if default is None else _shown(kind, default),
        node.get("description", ""),
        required=required,
        **extra,
    )


def _shown(kind: str, value: Any) -> str:
    """A value as typed in its input."""
    if value is None:
        return ""
    if kind == "yaml":
        return dump(value).removesuffix("...\n").strip() if value != {} else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ", ".join(_shown("text", v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _scalar(kind: str, text: str) -> Any:
    if text == "":
        return None
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return int(text) if text.lstrip("-").isdigit() else float(text.replace(",", "."))
        if kind == "date":
            return dt.date.fromisoformat(text)
    except ValueError:
        return text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, text)
    return text


def _item_label(item: Any, index: int) -> str:
    if isinstance(item, Mapping):
        for key in ("id", "name", "place"):
            if isinstance(item.get(key), str):
                return str(item[key])
    return f"#{index + 1}"
