"""YAML scalars as plain Python values, by the YAML 1.2 core schema as ruamel.yaml reads it.

`08:00`, `no`, `on` and `2026-01-05` are text; `0301` is the integer 301 (a leading zero is
not octal in YAML 1.2); `1e3` is a float; underscores in numbers are ignored. The patterns are
ruamel.yaml's YAML 1.2 resolvers, so scenarios read exactly as they did with ruamel.
"""

from __future__ import annotations

import re
from typing import Any

from simulator.scenario.texts import invalid

CORE = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, MERGE = (
    CORE + kind for kind in ("str", "int", "float", "bool", "null", "merge")
)

_RESOLVERS: list[tuple[str, re.Pattern[str], str]] = [
    (BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    (
        FLOAT,
        re.compile(
            r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
            |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
            |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
            |[-+]?\.(?:inf|Inf|INF)
            |\.(?:nan|NaN|NAN))$""",
            re.X,
        ),
        "-+0123456789.",
    ),
    (
        INT,
        re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$"),
        "-+0123456789",
    ),
    (MERGE, re.compile(r"^<<$"), "<"),
    (NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), "~nN"),
]
_BY_FIRST: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _tag, _pattern, _first in _RESOLVERS:
    for _char in _first:
        _BY_FIRST.setdefault(_char, []).append((_tag, _pattern))

# An explicit `!!bool` also takes YAML 1.1's words, as ruamel.yaml's constructor does.
_BOOL_WORDS = {"true": True, "false": False, "yes": True, "no": False, "on": True, "off": False}


def resolve(value: str) -> str:
    """The tag of a plain (unquoted, untagged) scalar."""
    if not value:
        return NULL
    for tag, pattern in _BY_FIRST.get(value[0], ()):
        if pattern.match(value):
            return tag
    return STR


def construct(tag: str, value: str) -> Any:
    """The Python value of a scalar with a core tag; ValueError if it does not fit the tag.

    Dates and times (`!!timestamp`) stay text so that Pydantic validates them with a located
    message."""
    if tag == INT:
        return _integer(value)
    if tag == FLOAT:
        return _float(value)
    if tag == BOOL:
        if value.lower() not in _BOOL_WORDS:
            raise invalid("not_bool", value=value)
        return _BOOL_WORDS[value.lower()]
    if tag == NULL:
        return None
    return value


def _integer(text: str) -> int:
    digits, sign = _unsigned(text.replace("_", ""))
    for prefix, base in (("0b", 2), ("0x", 16), ("0o", 8)):
        if digits.startswith(prefix):
            return sign * int(digits[2:], base)
    return sign * int(digits)


def _float(text: str) -> float:
    digits, sign = _unsigned(text.replace("_", "").lower())
    if digits == ".inf":
        return sign * float("inf")
    if digits == ".nan":
        return float("nan")
    return sign * float(digits)


def _unsigned(text: str) -> tuple[str, int]:
    if text[:1] in ("-", "+"):
        return text[1:], -1 if text[0] == "-" else 1
    return text, 1
