"""Compiling a scenario into a plan: the one step between what is organised and what runs.

The collaborations are expanded by their idealtypes and every legevakt gets its rota; the
engine then runs the plan (`simulator.engine.simulate`) and never builds one.
"""

from __future__ import annotations

from simulator.idealtypes.expansion import expand
from simulator.network.travel import TravelNetwork
from simulator.plan.plan import Plan
from simulator.rota.cache import RotaCache
from simulator.rota.rotation import plan_rotas
from simulator.rota.solver import SolverSettings
from simulator.scenario import Scenario


def compile_plan(
    scenario: Scenario,
    weeks: int | None = None,
    rota_settings: SolverSettings | None = None,
    rota_cache: RotaCache | None = None,
) -> Plan:
    """The plan of a scenario as it stands: its collaborations expanded and the rota of every
    legevakt for warm-up plus `weeks` (its rota file, resolved beside the scenario file when it
    was loaded, or one the rota solver makes with `rota_settings`, by default the engine's
    budget; solved rotas are kept in and read from `rota_cache`)."""
    meta = scenario.scenario
    total = meta.warmup_weeks + (weeks or meta.weeks)
    rota = plan_rotas(scenario, meta.start_date, total, rota_settings, rota_cache)
    contribution = expand(scenario.collaborations, scenario, TravelNetwork.for_scenario(scenario))
    return Plan(scenario, contribution, tuple(rota))
