"""Writing a scenario as YAML text with comments, line by line.

The builder describes the document with plain dicts, lists and scalars, plus three wrappers:
`Note` (a value with an end-of-line comment), `Flow` (a mapping written on one line) and
`Commented` (a mapping with comment lines before some of its keys). `plain` strips the
wrappers for validation; `render` writes the text. Rendering by hand keeps a national scenario
fast to write and lets every estimated number carry its own comment.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

INDENT = "  "
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")  # whole text (fullmatch): `$` would pass "A\n"
# Characters YAML does not allow raw, or would read as line breaks: written as escapes.
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


@dataclass(frozen=True)
class Note:
    """A scalar or `Flow` value followed by `# comment` on its line."""

    value: Any
    comment: str


@dataclass(frozen=True)
class Flow:
    """A mapping written on one line: `{key: value, ...}`."""

    value: dict[str, Any]


@dataclass
class Commented:
    """A block mapping with comment lines written before some of its keys."""

    value: dict[str, Any]
    before: dict[str, list[str]] = field(default_factory=dict)


def estimate(value: Any, why: str) -> Note:
    """A number the planner should replace with a local figure."""
    return Note(value, f"ESTIMATE: {why}")


def plain(node: Any) -> Any:
    """The document without comments or layout, as loading the rendered text would give."""
    if isinstance(node, Note):
        return plain(node.value)
    if isinstance(node, Flow | Commented):
        return plain(node.value)
    if isinstance(node, dict):
        return {key: plain(value) for key, value in node.items()}
    if isinstance(node, list | tuple):
        return [plain(item) for item in node]
    return node


def render(document: Commented, header: list[str]) -> str:
    """The YAML text of a top-level mapping, after `header` comment lines."""
    lines = [f"# {line}" if line else "#" for line in header]
    lines += _mapping(document, 0)
    return "\n".join(lines) + "\n"


def _mapping(node: dict[str, Any] | Commented, depth: int) -> list[str]:
    items, before = (node.value, node.before) if isinstance(node, Commented) else (node, {})
    pad = INDENT * depth
    lines: list[str] = []
    for key, value in items.items():
        lines += [f"{pad}# {text}" for text in before.get(key, [])]
        lines += _entry(f"{pad}{key}:", value, depth)
    return lines


def _entry(prefix: str, value: Any, depth: int) -> list[str]:
    """`prefix` (`key:` or `-`) followed by the value inline or as an indented block."""
    if isinstance(value, dict | Commented) and _items(value):
        return [prefix, *_mapping(value, depth + 1)]
    if isinstance(value, list) and value and not all(_is_scalar(v) for v in value):
        return [prefix, *_sequence(value, depth + 1)]
    return [f"{prefix} {_inline(value)}{_comment(value)}"]


def _sequence(items: list[Any], depth: int) -> list[str]:
    pad = INDENT * depth
    lines: list[str] = []
    for item in items:
        if isinstance(item, dict | Commented) and _items(item):
            block = _mapping(item, depth + 1)
            first = next(i for i, line in enumerate(block) if not line.lstrip().startswith("#"))
            notes = [f"{pad}{line.lstrip()}" for line in block[:first]]
            lines += [*notes, f"{pad}- {block[first].lstrip()}", *block[first + 1 :]]
        else:
            lines += _entry(f"{pad}-", item, depth)
    return lines


def _items(node: dict[str, Any] | Commented) -> dict[str, Any]:
    return node.value if isinstance(node, Commented) else node


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list | Flow | Commented | Note)


def _comment(value: Any) -> str:
    return f"  # {value.comment}" if isinstance(value, Note) else ""


def _inline(value: Any) -> str:
    """A value on one line: scalars, flow mappings and lists of scalars."""
    if isinstance(value, Note):
        return _inline(value.value)
    if isinstance(value, Flow | Commented):
        return _inline(value.value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    return _scalar(value)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED:
        return text
    return _UNSAFE.sub(_escape, json.dumps(text, ensure_ascii=False))


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
