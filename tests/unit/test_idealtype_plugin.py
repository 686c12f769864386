"""An idealtype is a plug-in: one module declares and registers it, and the scenario schema,
the expansion step, the coordination graph and the precondition checks take it up with no
other file changed. The module is written to a temporary directory and used in a fresh
interpreter, so the registry of the other tests stays as shipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PLUGIN = """
from typing import Literal

from simulator.idealtypes import plug_in
from simulator.idealtypes.base import CollaborationBase
from simulator.idealtypes.conditions import PreconditionRule, Unmet
from simulator.scenario.registry import Idealtype
from simulator.plan.plan import PlanContribution, WeeklyHours
from simulator.plan.timeline import Category


class PhoneRound(CollaborationBase):
    type: Literal["phone_round"]
    physician: str
    minutes_per_week: float = 30.0


TOO_LONG = PreconditionRule(
    "precondition-phone-round-short",
    nb="Telefonrunden er kort",
    en="The phone round is short",
    law="test",
    paragraph="",
    kind="local_policy",
    severity="warning",
)


def expand(round, scenario, travel):
    hours = WeeklyHours(round.physician, Category.meetings, round.minutes_per_week)
    return PlanContribution(weekly_hours=(hours,))


def short(round, scenario, on):
    if round.minutes_per_week > 120:
        yield Unmet(TOO_LONG, "physician", round.physician, "lang", "long")


plug_in(
    Idealtype(
        PhoneRound,
        expand=expand,
        participants=lambda c, _: [("member_of_team", [c.physician])],
        relation=lambda c, _: "cooperation",
        preconditions={TOO_LONG.id: short},
    )
)
"""

PROBE = """
import json, sys

import phone_round  # registers the idealtype

from simulator.idealtypes.expansion import expand
from simulator.idealtypes.preconditions import check_plan
from simulator.network.coordination import coordination_graph
from simulator.network.travel import TravelNetwork
from simulator.scenario import Scenario
from tests.engine.idealtypes.region import region

item = {"id": "calls", "type": "phone_round", "host": "a", "physician": "a1",
        "minutes_per_week": float(sys.argv[1])}
scenario = Scenario.model_validate(region(collaborations=[item]))
contribution = expand(scenario.collaborations, scenario, TravelNetwork.from_scenario(scenario))
graph = coordination_graph(scenario)
edges = [
    [a, b, d["type"], d["relation"]]
    for a, b, d in graph.edges(data=True)
    if "collaboration:calls" in (a, b)
]
print(json.dumps({
    "type": type(scenario.collaborations[0]).__name__,
    "weekly_hours": [[w.physician, w.minutes_per_week] for w in contribution.weekly_hours],
    "edges": sorted(edges),
    "findings": [f.rule_id for f in check_plan(scenario)],
}))
"""


def _probe(tmp_path: Path, minutes: float) -> dict:
    (tmp_path / "phone_round.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    (tmp_path / "probe.py").write_text(textwrap.dedent(PROBE), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, str(tmp_path / "probe.py"), str(minutes)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_plugged_in_idealtype_validates_expands_joins_the_graph_and_is_checked(tmp_path):
    found = _probe(tmp_path, 180.0)
    assert found["type"] == "PhoneRound"
    assert found["weekly_hours"] == [["a1", 180.0]]
    assert found["edges"] == [
        ["municipality:a", "collaboration:calls", "hosts", "cooperation"],
        ["physician:a1", "collaboration:calls", "member_of_team", "cooperation"],
    ]
    assert "precondition-phone-round-short" in found["findings"]


def test_a_plugged_in_precondition_is_silent_when_met(tmp_path):
    assert "precondition-phone-round-short" not in _probe(tmp_path, 60.0)["findings"]
