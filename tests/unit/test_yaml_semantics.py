"""Scenario YAML reads as it did with ruamel.yaml's YAML 1.2 round-trip loader.

The table was produced by that loader before libyaml replaced it; the property test keeps
comparing plain scalars with ruamel.yaml (still installed for writing YAML)."""

from __future__ import annotations

import datetime
import math
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from simulator.scenario import yamlfile
from simulator.scenario.problems import ScenarioError
from simulator.scenario.yamlfile import parse_document

NAN = float("nan")

SCALARS: list[tuple[str, Any]] = [
    # YAML 1.2: times, yes/no/on/off and dates are text
    ("08:00", "08:00"),
    ("1:30", "1:30"),
    ("no", "no"),
    ("yes", "yes"),
    ("on", "on"),
    ("off", "off"),
    ("y", "y"),
    ("NO", "NO"),
    ("2026-01-05", "2026-01-05"),
    ("2026-01-05T08:00:00", "2026-01-05T08:00:00"),
    ("2026-13-01", "2026-13-01"),
    ("!!timestamp 2026-01-05", "2026-01-05"),
    # booleans and nulls
    ("true", True),
    ("True", True),
    ("TRUE", True),
    ("false", False),
    ("FALSE", False),
    ("tRUE", "tRUE"),
    ("~", None),
    ("null", None),
    ("Null", None),
    ("NULL", None),
    ("", None),
    # integers: a leading zero is not octal, underscores are ignored
    ("0301", 301),
    ("017", 17),
    ("0018", 18),
    ("09", 9),
    ("+2", 2),
    ("-0", 0),
    ("1_000", 1000),
    ("1_000_", 1000),
    ("1__0", 10),
    ("0x1F", 31),
    ("-0x1f", -31),
    ("0x_1", 1),
    ("0o17", 15),
    ("+0o7", 7),
    ("0b101", 5),
    ("123456789012345678901234567890", 123456789012345678901234567890),
    # floats
    ("1e3", 1000.0),
    ("1E3", 1000.0),
    ("1e+3", 1000.0),
    ("1.5e-3", 0.0015),
    ("0.1e1", 1.0),
    (".5e+3", 500.0),
    ("-1.5", -1.5),
    (".5", 0.5),
    ("-.5", -0.5),
    ("1.", 1.0),
    ("1.0", 1.0),
    ("12_3.4_5", 123.45),
    ("-0.0", -0.0),
    ("1e400", math.inf),
    (".inf", math.inf),
    ("+.inf", math.inf),
    ("-.inf", -math.inf),
    (".NaN", NAN),
    # text that looks almost like a number
    (".5e3", ".5e3"),
    ("NaN", "NaN"),
    ("inf", "inf"),
    ("0b", "0b"),
    ("0x", "0x"),
    ("0o8", "0o8"),
    ("+", "+"),
    ("_", "_"),
    ("1,000", "1,000"),
    ("12e", "12e"),
    ("<<", "<<"),
    # quoting and explicit core tags
    ("'0301'", "0301"),
    ('"true"', "true"),
    ("!!str 12", "12"),
    ("!!str", ""),
    ("!!int '12'", 12),
    ("!!int 0x10", 16),
    ("!!float 1", 1.0),
    ("!!float .inf", math.inf),
    ("!!bool yes", True),
    ("!!bool true", True),
    ("!!null x", None),
    ("!!merge x", "x"),
    ("! 12", 12),
]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    return type(a) is type(b) and a == b and str(a) == str(b)


@pytest.mark.parametrize(("text", "expected"), SCALARS)
def test_scalar_reads_as_with_ruamel(text: str, expected: Any) -> None:
    assert _same(parse_document(f"v: {text}\n", "t.yaml").data["v"], expected)


def test_keys_are_text_and_duplicates_are_found_by_value() -> None:
    data = parse_document("2: a\ntrue: b\n~: c\n1.50: d\n0x10: e\n1e3: f\n", "t").data
    assert list(data) == ["2", "True", "None", "1.5", "16", "1000.0"]
    for text in ("1: a\n01: b\n", "1: a\ntrue: b\n", "a: 1\na: 2\n"):
        with pytest.raises(ScenarioError, match=r"t:2:1: YAML syntax: found duplicate key"):
            parse_document(text, "t")
    assert parse_document("1: a\n'1': b\n", "t").data == {"1": "b"}


def test_merge_keys_own_keys_first_then_merged_in_order() -> None:
    text = "a: &a {x: 1}\nb: &b {x: 2, z: {deep: 3}}\nm:\n  <<: [*a, *b]\n  w: 0\n"
    document = parse_document(text, "t")
    assert document.data["m"] == {"w": 0, "x": 1, "z": {"deep": 3}}
    assert list(document.data["m"]) == ["w", "x", "z"]
    assert document.where[("m", "w")] == ("t", 5, 3)
    assert document.where[("m", "x")] == document.where[("m",)] == ("t", 3, 1)
    assert document.where[("m", "z", "deep")] == ("t", 2, 18)
    assert ("m", "<<") not in document.where
    assert not any("\0<<" in str(part) for loc in document.where for part in loc)


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("m:\n  <<: 5\n", "t:2:7", "expected a mapping or list of mappings for merging"),
        ("m:\n  <<: [1]\n", "t:2:8", "expected a mapping for merging"),
        ("a: &b [1]\nm:\n  <<: *b\n", "t:1:8", "expected a mapping for merging"),
        ("m: {<<: {a: 1}, <<: {b: 2}}\n", "t:1:17", 'duplicate merge key "<<"'),
        ("a: 1\n---\nb: 2\n", "t:2:1", "expected a single document"),
        ("a: *nope\n", "t:1:4", "undefined alias 'nope'"),
        ("a: !!int x\n", "t:1:4", "cannot read int"),
        ("a: !!bool maybe\n", "t:1:4", "cannot read bool"),
        ("? [a, b]\n: 1\n", "t:1:3", "a mapping key must be a plain value"),
        ("%YAML 1.1\n---\na: no\n", "t:1:1", "scenarios are YAML 1.2"),
        ("a: 1\n\tb: 2\n", "t:2:1", "a tab: YAML indents with spaces only"),
    ],
)
def test_structure_problems_are_located(text: str, where: str, message: str) -> None:
    with pytest.raises(ScenarioError, match=f"^{where}: .*{message}"):
        parse_document(text, "t")


def test_aliases_are_placed_where_their_anchor_was_written() -> None:
    document = parse_document("a: &x [1, 2]\nb: *x\nc:\n  - &v 3\n  - *v\n", "t")
    assert document.data == {"a": [1, 2], "b": [1, 2], "c": [3, 3]}
    assert document.where[("b",)] == ("t", 2, 1)
    assert document.where[("b", 1)] == document.where[("a", 1)] == ("t", 1, 11)
    assert document.where[("c", 1)] == ("t", 5, 5)


def test_a_reused_anchor_name_refers_to_its_latest_value() -> None:
    assert parse_document("a: &x 1\nb: &x 2\nc: *x\n", "t").data == {"a": 1, "b": 2, "c": 2}


def test_deep_nesting_is_refused_not_a_crash() -> None:
    assert parse_document("[" * 300 + "]" * 300, "t").data is not None
    with pytest.raises(ScenarioError, match=r"^t:1:401: YAML nesting is too deep"):
        parse_document("[" * 500 + "]" * 500, "t")
    # Far deeper, libyaml may refuse first (the one in PyYAML 6.0.4 stops at 1 000 levels, in its
    # own words); either layer's refusal is fine as long as it is located and no crash.
    with pytest.raises(ScenarioError, match=r"^t:1:\d+: YAML"):
        parse_document("[" * 100_000 + "]" * 100_000, "t")


def _ruamel_scalar(text: str) -> Any:
    """A scalar as the ruamel.yaml loader read it (YAML 1.2, dates kept as text)."""
    yaml = YAML(typ="rt", pure=True)
    value = yaml.load(f"v: {text}\n")["v"]
    if isinstance(value, datetime.date):
        return text
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            return kind(value)
    return value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789+-._eExXoObBtTrRuUfFaAlLsSnNiI~:", min_size=1, max_size=8))
def test_plain_scalars_read_as_ruamel_reads_them(text: str) -> None:
    try:
        expected = _ruamel_scalar(text)
    except Exception:  # not a plain scalar to ruamel: nothing to compare
        return
    assert _same(parse_document(f"v: {text}\n", "t").data["v"], expected)


def test_aliases_of_aliases_and_merged_aliases_are_placed_like_ruamel() -> None:
    text = (
        "x: &x\n  <<: &y {a: [1, 2]}\n  b: 1\ny: *y\nz: {<<: *x, c: *x}\nw: &w {v: *x}\nu: [*w]\n"
    )
    where = parse_document(text, "t").where
    assert where[("x", "a")] == ("t", 1, 1)  # merged: placed at its mapping
    assert where[("y", "a")] == ("t", 2, 11)
    assert where[("z", "a", 1)] == ("t", 2, 18)
    assert where[("z", "c")] == where[("z", "c", "a")] == ("t", 5, 13)
    assert where[("z", "c", "b")] == ("t", 3, 3)
    assert where[("u", 0)] == ("t", 7, 5)
    assert where[("u", 0, "v", "a", 0)] == ("t", 2, 15)
    assert where[("u", 0, "v", "a")] == where[("u", 0, "v")] == ("t", 6, 8)


def test_a_merge_key_bomb_is_refused() -> None:
    lines = ["a0: &a0 {" + ", ".join(f"k{i}: [1, 2]" for i in range(9)) + "}"]
    for n in range(1, 9):
        merged = ", ".join(f"x{i}: {{<<: *a{n - 1}}}" for i in range(9))
        lines.append(f"a{n}: &a{n} {{{merged}}}")
    with pytest.raises(ScenarioError, match="expands to over 2,000,000 values"):
        parse_document("\n".join(lines) + "\n", "t")


def test_a_lone_surrogate_in_text_is_a_located_problem() -> None:
    with pytest.raises(ScenarioError, match=r"^t:2:4: not valid Unicode text"):
        parse_document("a: 1\nb: \ud800\n", "t")


def test_pure_python_parser_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where libyaml is missing PyYAML's own parser gives the same events."""
    text = "a: &x [1, {b: 08:00}]\nc: *x\nd: {<<: {e: 0301}, f: 1e3}\n"
    fast = parse_document(text, "t")
    monkeypatch.setattr(yamlfile, "_EventLoader", yaml.BaseLoader)
    slow = parse_document(text, "t")
    assert (slow.data, slow.where) == (fast.data, fast.where)


def test_a_plain_equals_sign_is_text() -> None:
    """ruamel.yaml refused it as YAML 1.1's `!!value` tag; YAML 1.2 has no such type."""
    assert parse_document("v: =\n", "t").data == {"v": "="}
