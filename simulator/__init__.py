"""samsim: rules and simulation for collaboration-model planning in Norwegian municipal
physician services.

The package is pure at its core: a scenario is loaded at the edge (`load`), and everything
after that is a function of the scenario and a seed. The notebook API below imports the
scenario schema, the engine and the experiment layer on first use, so loading a scenario
stays light and `import simulator.cli` (every command's start) lighter still.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from simulator.engine import RunResult
    from simulator.experiment.api import Settings
    from simulator.plan.plan import Plan
    from simulator.scenario import Scenario, ScenarioError, load_scenario

    load = load_scenario
    ScenarioLike = Scenario | str | Path

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """`Scenario`, `ScenarioError` and `load_scenario` (also as `load`), imported on first use."""
    if name not in ("Scenario", "ScenarioError", "load_scenario", "load"):
        raise AttributeError(f"module 'simulator' has no attribute '{name}'")
    from simulator import scenario

    return getattr(scenario, "load_scenario" if name == "load" else name)


def simulate(scenario_or_plan: Scenario | Plan, seed: int, weeks: int | None = None) -> RunResult:
    """One replication (`simulator.engine.simulate`); a scenario is compiled first."""
    from simulator.compiler import compile_plan
    from simulator.engine import simulate as replicate
    from simulator.scenario import Scenario

    plan = scenario_or_plan
    if isinstance(plan, Scenario):
        plan = compile_plan(plan, weeks)
    return replicate(plan, seed, weeks)


def trial(scenario: ScenarioLike, settings: Settings | None = None) -> pd.DataFrame:
    """KPIs of a trial of replications: variant, kpi, scope, mean, ci_low, ci_high, n, sd."""
    from simulator.experiment import api

    return api.trial(scenario, settings).summary


def compare(scenarios: Sequence[ScenarioLike], settings: Settings | None = None) -> pd.DataFrame:
    """Paired differences of each scenario against the first under common random numbers."""
    from simulator.experiment import api

    differences = api.compare(scenarios, settings).differences
    assert differences is not None
    return differences


def sweep(scenario: ScenarioLike, sets: Sequence[str], **options: Any) -> pd.DataFrame:
    """KPIs of every point of a sweep (`--set` syntax; options as `api.sweep`)."""
    from simulator.experiment import api

    return api.sweep(scenario, sets, **options).summary


__all__ = [
    "Scenario",
    "ScenarioError",
    "__version__",
    "compare",
    "load",
    "load_scenario",
    "simulate",
    "sweep",
    "trial",
]
