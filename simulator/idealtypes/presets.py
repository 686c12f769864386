"""Any idealtype in models/ can be a collaboration's `type:`. A preset becomes its base model,
with the preset's values as defaults (keys the scenario gives win) and its id kept in
`preset`, so a planner writes `type: weekly_interdisciplinary_meeting` and gets a
`cooperation_forum` that meets weekly for 45 minutes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from simulator.idealtypes.library import IdealtypeInfo, load_library
from simulator.scenario.registry import IDEALTYPES, Presets
from simulator.scenario.texts import Text, invalid


def base_of(kind: object) -> str | None:
    """The parameter model behind a `type:` value; None when it names no idealtype."""
    info = load_library().get(kind) if isinstance(kind, str) else None
    return info.base if info else None


def apply_preset(value: Any) -> Any:
    """A collaboration item with a preset `type` (or an explicit `preset`) rewritten to its
    base model; other values, unknown types included, pass through for the union to validate
    and report. Raises ValueError (a located problem in the scenario) for a wrong preset."""
    if not isinstance(value, Mapping) or not isinstance(value.get("type"), str):
        return value
    if value["type"] in IDEALTYPES and value.get("preset") is None:
        return value  # a base model as written: no need to read the library
    info = load_library().get(value["type"])
    if info is None:
        return value
    if info.preset_of is None and value.get("preset") is not None:
        info = _preset_named(value["preset"], info.id)
    if info.preset_of is None:
        return value
    return {**info.preset_values, **value, "type": info.preset_of, "preset": info.id}


def _preset_named(preset: object, base: str) -> IdealtypeInfo:
    info = load_library().get(preset) if isinstance(preset, str) else None
    if info is None or info.preset_of != base:
        presets = [i.id for i in load_library().values() if i.preset_of == base]
        shown = ", ".join(presets) or Text("none_defined")
        raise invalid("not_a_preset", preset=preset, base=base, presets=shown)
    return info


def preset_types() -> list[str]:
    """Every valid `type:`: the library's base models and presets, in report order."""
    return list(load_library())


LIBRARY_PRESETS = Presets(apply_preset, base_of, preset_types)
