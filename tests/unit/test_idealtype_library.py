"""The idealtype library in models/: complete, consistent with the parameter models."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import pytest
from pydantic import TypeAdapter

from simulator.idealtypes import CollaborationBase
from simulator.idealtypes.library import LibraryError, load_library
from simulator.scenario import ScenarioError
from simulator.scenario.registry import IDEALTYPES

REPORT_SECTIONS = [f"2.{n}" for n in range(1, 16)] + [f"3.{n}" for n in range(1, 9)]
COMMON_FIELDS = set(CollaborationBase.model_fields) | {"type"}
LIBRARY = load_library()
FIRST_CLASS = [info for info in LIBRARY.values() if info.preset_of is None]
PRESETS = [info for info in LIBRARY.values() if info.preset_of is not None]


def own_fields(base: str) -> dict[str, Any]:
    model = IDEALTYPES[base].schema
    return {n: f for n, f in model.model_fields.items() if n not in COMMON_FIELDS}


def normalised(field: Any, value: Any) -> Any:
    """A value as the field would hold it, in JSON form, so YAML and Python defaults compare."""
    annotation = (
        Annotated[field.annotation, *field.metadata] if field.metadata else field.annotation
    )
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    return adapter.dump_python(adapter.validate_python(value), mode="json")


def test_every_report_idealtype_has_exactly_one_model() -> None:
    sections = [info.report_section for info in LIBRARY.values() if info.report_section]
    assert sorted(sections, key=REPORT_SECTIONS.index) == REPORT_SECTIONS


def test_every_parameter_model_has_a_first_class_file_and_no_other() -> None:
    assert {info.id for info in FIRST_CLASS} == set(IDEALTYPES)


@pytest.mark.parametrize("info", FIRST_CLASS, ids=lambda i: i.id)
def test_first_class_parameters_match_the_model(info: Any) -> None:
    fields = own_fields(info.id)
    assert [p.name for p in info.parameters] == list(fields)
    for parameter in info.parameters:
        field = fields[parameter.name]
        assert parameter.required == field.is_required(), parameter.name
        if not parameter.required:
            default = field.get_default(call_default_factory=True)
            assert normalised(field, parameter.default) == normalised(field, default), (
                parameter.name
            )


@pytest.mark.parametrize("info", PRESETS, ids=lambda i: i.id)
def test_preset_values_are_valid_values_of_base_fields(info: Any) -> None:
    fields = own_fields(info.base)
    assert info.preset_values, "a preset sets at least one value"
    for name, value in info.preset_values.items():
        assert name in fields, f"{name} is not a parameter of {info.base}"
        normalised(fields[name], value)


def test_a_preset_of_a_preset_is_rejected(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "models"
    for name in ("cooperation_forum", "weekly_interdisciplinary_meeting"):
        (tmp_path / f"{name}.yaml").write_text((source / f"{name}.yaml").read_text())
    text = (source / "weekly_interdisciplinary_meeting.yaml").read_text()
    (tmp_path / "nested.yaml").write_text(
        text.replace("id: weekly_interdisciplinary_meeting", "id: nested").replace(
            "preset_of: cooperation_forum", "preset_of: weekly_interdisciplinary_meeting"
        )
    )
    with pytest.raises(LibraryError, match="nested: preset_of 'weekly_interdisciplinary"):
        load_library(tmp_path)


def test_a_file_whose_id_differs_from_its_name_is_rejected(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "models" / "kad_unit.yaml"
    (tmp_path / "kad.yaml").write_text(source.read_text())
    with pytest.raises(LibraryError, match=r"kad\.yaml: id 'kad_unit' differs"):
        load_library(tmp_path)


def test_a_parameter_needs_a_default_or_required(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "models" / "kad_unit.yaml"
    (tmp_path / "kad_unit.yaml").write_text(source.read_text().replace("required: true", ""))
    with pytest.raises(LibraryError, match="parameter 'kad': give either"):
        load_library(tmp_path)


def test_a_yaml_mistake_in_a_model_file_is_located(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "models" / "kad_unit.yaml"
    lines = source.read_text().splitlines()
    lines[2] += ": x"  # a mapping where the name is, on line 3
    (tmp_path / "kad_unit.yaml").write_text("\n".join(lines))
    with pytest.raises(ScenarioError) as caught:
        load_library(tmp_path)
    [problem] = caught.value.problems
    assert problem.file.endswith("kad_unit.yaml")
    assert problem.line == 3
    assert "YAML syntax" in problem.message


def test_an_empty_library_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="no idealtype files"):
        load_library(tmp_path)
