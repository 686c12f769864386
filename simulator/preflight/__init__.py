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
from simulator.scenario.loading import Check, validate_document
from simulator.scenario.yamlfile import Document

CHECKS: tuple[Check, ...] = (uncovered_dates, unreachable_places, unreadable_rotas)


def load_runnable(path: str | Path) -> Scenario:
    """The validated scenario in `path`, refused with located problems unless it can run."""
    return load_scenario(path, CHECKS)


def runnable(scenario: Scenario) -> Scenario:
    """A scenario built in Python, refused like `load_runnable` unless it can run (its problems
    name their path in the scenario, under the name `<scenario ID>`)."""
    data = Document(scenario.model_dump(mode="json", by_alias=True))
    return validate_document(data, f"<scenario {scenario.scenario.id}>", checks=CHECKS)
