"""samsim: rules and simulation for collaboration-model planning in Norwegian municipal
physician services.

The package is pure at its core: a scenario is loaded at the edge (`load`), and everything
after that is a function of the scenario and a seed.
"""

from simulator.scenario import Scenario, ScenarioError, load_scenario

__version__ = "0.1.0"
load = load_scenario


def simulate(scenario_or_plan, seed: int, weeks: int | None = None):
    """One replication (`simulator.engine.simulate`). Imported on first use, so that loading a
    scenario does not pull in the engine's dependencies (SimPy, OR-Tools for the rota)."""
    from simulator.engine import simulate as replicate

    return replicate(scenario_or_plan, seed, weeks)


__all__ = ["Scenario", "ScenarioError", "__version__", "load", "load_scenario", "simulate"]
