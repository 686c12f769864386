"""docs/scenario.md explains every key of the schema (it is checked against the models, so a
new field without documentation fails here)."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from simulator.scenario import Scenario

DOCS = Path(__file__).parents[2] / "docs" / "scenario.md"


def models(root: type[BaseModel]) -> Iterator[type[BaseModel]]:
    """Every model reachable from `root` through field annotations, each once."""
    seen: set[type[BaseModel]] = set()
    stack = [root]
    while stack:
        model = stack.pop()
        if model in seen:
            continue
        seen.add(model)
        yield model
        for info in model.model_fields.values():
            stack.extend(nested_models(info.annotation))


def nested_models(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in nested_models(arg)]


def test_every_schema_key_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    keys = {info.alias or name for m in models(Scenario) for name, info in m.model_fields.items()}
    assert len(keys) > 100  # the walk reached the nested sections and the idealtypes
    missing = sorted(key for key in keys if f"`{key}`" not in text)
    assert not missing, f"keys not explained in docs/scenario.md: {missing}"
