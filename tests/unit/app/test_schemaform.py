"""Forms generated from the scenario schema: every key, typed values, new fields for free."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.app import roundtrip, schemaform
from simulator.app.schemaform import Field, Group


def _labels(group: Group) -> list[str]:
    return [child.label for child in group.children]


def test_every_key_of_a_legevakt_and_its_shifts_has_a_widget(shared_text: str) -> None:
    form = schemaform.section_form(roundtrip.load(shared_text), "legevakt")
    station = form.children[0]
    definitions = schemaform.schema()["$defs"]
    assert _labels(station) == list(definitions["Legevakt"]["properties"])
    shifts = next(c for c in station.children if c.label == "shifts")
    assert isinstance(shifts, Group) and shifts.is_list
    assert _labels(shifts.children[0]) == list(definitions["ShiftTemplate"]["properties"])


def test_widgets_follow_the_schema_types(shared_text: str) -> None:
    form = schemaform.section_form(roundtrip.load(shared_text), "legevakt")
    fields = {f.name: f for f in form.fields()}
    assert fields["legevakt/0/shifts/0/days"].kind == "list"
    assert fields["legevakt/0/shifts/0/days"].options[:2] == ("mon", "tue")
    assert fields["legevakt/0/shifts/0/mode"].kind == "choice"
    assert fields["legevakt/0/telemedicine"].kind == "boolean"
    assert fields["legevakt/0/telemedicine"].default == "false"
    assert fields["legevakt/0/municipalities"].value == "sortland, andoy"
    meta = {
        f.name: f for f in schemaform.section_form(roundtrip.load(shared_text), "scenario").fields()
    }
    assert meta["scenario/start_date"].kind == "date"
    assert meta["scenario/weeks"].kind == "integer" and meta["scenario/weeks"].required is False


def test_a_new_schema_field_appears_without_app_code(
    shared_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = schemaform.json_schema()
    schema["$defs"]["ShiftTemplate"]["properties"]["handover_minutes"] = {
        "type": "integer",
        "default": 15,
        "description": "Overlap with the next shift.",
    }
    monkeypatch.setattr(schemaform, "schema", lambda: schema)
    form = schemaform.section_form(roundtrip.load(shared_text), "legevakt")
    (field,) = [f for f in form.fields() if f.name == "legevakt/0/shifts/0/handover_minutes"]
    assert (field.kind, field.default, field.help) == (
        "integer",
        "15",
        "Overlap with the next shift.",
    )


@pytest.mark.parametrize(
    ("kind", "typed", "value"),
    [
        ("integer", "4", 4),
        ("integer", "six", "six"),  # kept as typed: validation says what is wrong
        ("number", "1,5", 1.5),
        ("number", "12", 12),
        ("boolean", "true", True),
        ("date", "2027-01-04", dt.date(2027, 1, 4)),
        ("date", "4 January", "4 January"),
        ("text", "  Andøy  ", "Andøy"),
        ("text", "", None),  # empty: the key goes, the default applies
    ],
)
def test_typed_text_becomes_a_yaml_value(kind: str, typed: str, value: object) -> None:
    assert Field(("x",), "x", kind, "").parse(typed) == value


def test_lists_and_yaml_snippets_are_parsed() -> None:
    assert Field(("x",), "x", "list", "", item_kind="integer").parse("1, 2,3") == [1, 2, 3]
    assert Field(("x",), "x", "yaml", "").parse("{a: 1}") == {"a": 1}
    with pytest.raises(roundtrip.SnippetError):
        Field(("x",), "x", "yaml", "").parse("{a: [")


def test_a_preset_collaboration_gets_the_form_of_its_base_model(shared_text: str) -> None:
    tree = roundtrip.load(shared_text)
    tree["collaborations"] = [
        {"id": "chief", "type": "split_chief_physician_multi_role_gps"},
        {"id": "odd", "type": "no_such_model"},
    ]
    form = schemaform.section_form(tree, "collaborations")
    preset, unknown = form.children
    base = schemaform.schema()["$defs"]["SharedKommuneoverlege"]["properties"]
    assert _labels(preset) == list(base)
    assert isinstance(unknown, Group) and unknown.fields()[0].kind == "yaml"


def test_field_names_round_trip() -> None:
    path = ("legevakt", 0, "shifts", 12, "start")
    assert schemaform.parse_name(schemaform.field_name(path)) == path


def test_long_lists_show_a_page_of_items_found_by_id(shared_text: str) -> None:
    tree = roundtrip.load(shared_text)
    form = schemaform.section_form(tree, "physicians")
    assert schemaform.limit_items(form, "", 5)
    assert [item.label for item in form.children] == [f"andoy-gp-0{i}" for i in (1, 2, 3, 4)] + [
        "sortland-gp-01"
    ]
    assert form.hidden == len(tree["physicians"]) - 5
    found = schemaform.section_form(tree, "physicians")
    assert schemaform.limit_items(found, "SORTLAND-GP-1", 5)
    assert [item.name for item in found.children] == ["physicians/13"]  # its own index kept
    short = schemaform.section_form(tree, "legevakt")
    assert not schemaform.limit_items(short, "", 5) and short.hidden == 0
