"""The scenario takes its collaborations from the idealtype registry without importing an
idealtype module: the plug-in package named in `registry.PLUG_INS` is loaded by name when the
schema is built, and registering the idealtypes loads no rules engine (their preconditions are
plain records until a plan is checked). Each probe runs in a fresh interpreter, so that what
other tests imported does not hide a missing import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from simulator.idealtypes.library import load_library
from simulator.plan.profiles import GpDemand, load_profile
from simulator.scenario.settings import Demand

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from simulator.scenario.model import Scenario
from simulator.scenario.registry import presets

union = Scenario.model_fields["collaborations"].annotation.__args__[0]
schemas = union.__origin__.__args__ if hasattr(union, "__origin__") else union.__args__
print(json.dumps({
    "types": sorted(s.model_fields["type"].annotation.__args__[0] for s in schemas),
    "known": presets().types(),
    "rules_loaded": any(m.startswith("simulator.rules") for m in sys.modules),
    "engine_loaded": any(m.startswith("simulator.engine") for m in sys.modules),
}))
"""


def _probe() -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_scenario_schema_alone_takes_every_base_model_and_preset_of_the_library():
    found = _probe()
    library = load_library()
    assert found["types"] == sorted(i.id for i in library.values() if i.preset_of is None)
    assert found["known"] == list(library)  # presets too, in report order


def test_building_the_scenario_schema_loads_neither_the_rules_nor_the_engine():
    found = _probe()
    assert not found["rules_loaded"]
    assert not found["engine_loaded"]


def test_the_gp_demand_the_preconditions_read_is_the_profile_with_the_scenario_overrides():
    profile = load_profile("national-2023")
    default = GpDemand.resolve(Demand())
    assert default.gp_consultations_per_person == profile["gp_consultations_per_person"]
    assert default.gp_same_day_share == profile["gp_same_day_share"]
    given = GpDemand.resolve(Demand(gp_consultations_per_person=2.5, gp_same_day_share=0.1))
    assert (given.gp_consultations_per_person, given.gp_same_day_share) == (2.5, 0.1)
