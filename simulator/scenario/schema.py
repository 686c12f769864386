"""The JSON Schema of scenario files, as editors use it for completion and checking."""

from __future__ import annotations

from typing import Any

from simulator.scenario.model import Scenario

SCHEMA_ID = "https://samsim.no/schema/scenario.schema.json"


def json_schema() -> dict[str, Any]:
    schema = Scenario.model_json_schema(by_alias=True, mode="validation")
    schema["$id"] = SCHEMA_ID
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    properties = schema.setdefault("properties", {})
    properties["include"] = {
        "description": "Base files merged under this one (paths relative to this file).",
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
    }
    return schema
