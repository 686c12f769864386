"""A fingerprint of what samsim computes, to show that a refactoring changed nothing.

For the embedded demo and every scenario in scenarios/: the compiled plan (expansions and
rota), one 8-week replication with seed 1 (every KPI, per-municipality KPI, series, finding
and the conservation counts), the static `check` findings and the coordination graph, all
written to one JSON file. Two snapshots taken before and after a change must be identical:

    PYTHONPATH=$PWD python scripts/behaviour_snapshot.py before.json
    ... change ...
    PYTHONPATH=$PWD python scripts/behaviour_snapshot.py after.json && cmp before.json after.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
from pathlib import Path

import networkx as nx

from simulator import load
from simulator.commands.common import default_scenario_path
from simulator.compiler import compile_plan
from simulator.engine import simulate
from simulator.idealtypes.preconditions import check_plan
from simulator.network.coordination import coordination_graph

WEEKS = 8
SEED = 1
ROOT = Path(__file__).resolve().parent.parent


def scenario_paths() -> list[Path]:
    return [default_scenario_path(), *sorted((ROOT / "scenarios").glob("*.yaml"))]


def snapshot(path: Path) -> dict:
    """Everything one scenario yields, as JSON-ready data (floats keep their repr)."""
    scenario = load(path)
    plan = compile_plan(scenario, WEEKS)
    result = simulate(plan, SEED, WEEKS)
    return {
        "contribution": repr(plan.contribution),
        "rota": [repr(a) for a in plan.rota],
        "kpis": result.kpis,
        "by_municipality": result.by_municipality,
        "series": result.series,
        "findings": [f.to_json() for f in result.findings],
        "conservation": dataclasses.asdict(result.conservation),
        "check": [f.to_json() for f in check_plan(scenario)],
        "coordination": _graph(coordination_graph(scenario)),
    }


def _graph(graph: nx.MultiGraph) -> dict:
    return {
        "nodes": sorted([n, sorted(a.items(), key=repr)] for n, a in graph.nodes(data=True)),
        "edges": sorted(
            [*sorted((a, b)), k, sorted(d.items())]
            for a, b, k, d in graph.edges(keys=True, data=True)
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    payload = {path.name: snapshot(path) for path in scenario_paths()}
    text = json.dumps(payload, indent=1, sort_keys=True, default=str)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(payload)} scenarios")


if __name__ == "__main__":
    main()
