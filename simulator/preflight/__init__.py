"""What `run` needs beyond the schema, checked when a scenario is loaded, so that a scenario
that `validate` accepts also runs: every place the plan needs can be reached, the dates lie
inside the rules catalogue's coverage, and each `rota_file` is readable and fits the scenario.
Each problem is located in the scenario file (or the rota file) like a schema error.
"""

from __future__ import annotations

from pathlib import Path

from simulator.preflight.coverage import uncovered_dates
from simulator.preflight.reachability import unreachable_places
from simulator.preflight.rota_files import unreadable_rotas
from simulator.scenario import Scenario, load_scenario
from simulator.scenario.loading import Check

CHECKS: tuple[Check, ...] = (uncovered_dates, unreachable_places, unreadable_rotas)


def load_runnable(path: str | Path) -> Scenario:
    """The validated scenario in `path`, refused with located problems unless it can run."""
    return load_scenario(path, CHECKS)
