"""docs/scenario.schema.json is the schema that `samsim schema` prints today."""

from __future__ import annotations

from pathlib import Path

from simulator.scenario.schema import schema_text, write_schema

COPY = Path(__file__).parents[2] / "docs" / "scenario.schema.json"


def test_the_schema_copy_in_docs_is_up_to_date() -> None:
    assert COPY.read_text(encoding="utf-8") == schema_text(), (
        "docs/scenario.schema.json is out of date; regenerate it with "
        "`samsim schema --output docs/scenario.schema.json`"
    )


def test_write_schema_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "docs" / "scenario.schema.json"
    target.parent.mkdir()
    target.write_text("stale")
    write_schema(target)
    assert target.read_text(encoding="utf-8") == schema_text()
    assert [p.name for p in target.parent.iterdir()] == ["scenario.schema.json"]
