"""Every field of the scenario schema has a description in English (the schema's) and in
bokmål (simulator/scenario/field_texts.py), so a form in the app is in one language; a new
field without both fails here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from simulator.scenario.field_texts import DESCRIPTIONS_NB, description
from simulator.scenario.schema import json_schema


def _fields(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property of the root and of each definition, as (Model.field, its schema)."""
    models = {"Scenario": schema, **schema["$defs"]}
    for model, node in models.items():
        for name, field in node.get("properties", {}).items():
            yield f"{model}.{name}", field


FIELDS = sorted(_fields(json_schema()), key=lambda item: item[0])


@pytest.mark.parametrize(("key", "field"), FIELDS, ids=[key for key, _ in FIELDS])
def test_every_field_has_english_and_bokmal(key: str, field: dict[str, Any]) -> None:
    english = field.get("description", "")
    assert english.strip(), f"{key}: no description in the schema (Field(description=...))"
    assert DESCRIPTIONS_NB.get(english, "").strip(), f"{key}: no bokmål in field_texts.py"


MODELS = sorted(
    (name, node["description"])
    for name, node in {"Scenario": json_schema(), **json_schema()["$defs"]}.items()
    if "description" in node
)


@pytest.mark.parametrize(("model", "english"), MODELS, ids=[name for name, _ in MODELS])
def test_every_model_description_has_bokmal(model: str, english: str) -> None:
    """A model's docstring describes its group in the form."""
    assert DESCRIPTIONS_NB.get(english, "").strip(), f"{model}: no bokmål in field_texts.py"


def test_every_bokmal_entry_belongs_to_a_field_or_model() -> None:
    used = {field.get("description") for _, field in FIELDS} | {text for _, text in MODELS}
    assert sorted(set(DESCRIPTIONS_NB) - used) == []


def test_the_schema_walk_sees_nested_models_and_idealtypes() -> None:
    keys = {key for key, _ in FIELDS}
    assert {"ShiftTemplate.end", "Competence.lis1_completed", "TimeCommitment.per"} <= keys


def test_a_description_reads_in_the_language_asked_for() -> None:
    english = "Number of beds."
    assert description(english, "nb") == "Antall senger."
    assert description(english, "en") == english
