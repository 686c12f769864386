"""Scenario files: the Pydantic schema and YAML loading with file:line:column errors.

The names below are imported on first use, so that importing one leaf of the schema (the
idealtypes import `simulator.scenario.base`) does not load the loader, which needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.scenario.loading import dump_scenario, load_scenario, load_scenario_text
    from simulator.scenario.model import Scenario
    from simulator.scenario.problems import Problem, ScenarioError

_MODULE_OF = {
    "Problem": "problems",
    "Scenario": "model",
    "ScenarioError": "problems",
    "dump_scenario": "loading",
    "load_scenario": "loading",
    "load_scenario_text": "loading",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module '{__name__}' has no attribute '{name}'")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)


__all__ = [
    "Problem",
    "Scenario",
    "ScenarioError",
    "dump_scenario",
    "load_scenario",
    "load_scenario_text",
]
