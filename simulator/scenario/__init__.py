"""Scenario files: the Pydantic schema and YAML loading with file:line:column errors."""

from simulator.scenario.loading import dump_scenario, load_scenario, load_scenario_text
from simulator.scenario.model import Scenario
from simulator.scenario.problems import Problem, ScenarioError

__all__ = [
    "Problem",
    "Scenario",
    "ScenarioError",
    "dump_scenario",
    "load_scenario",
    "load_scenario_text",
]
