"""One replication as the experiment layer stores it: the engine's result as a JSON payload
(see docs/results.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from simulator.compiler import compile_plan
from simulator.engine import RunResult, simulate
from simulator.engine.district_tasks import Executor
from simulator.engine.kpis import clipped_minutes
from simulator.plan.plan import Plan
from simulator.plan.timeline import CATEGORIES
from simulator.rota.cache import RotaCache
from simulator.rules import Severity
from simulator.scenario import Scenario

MINUTES_PER_WEEK = 7 * 24 * 60
BREACHES = "rules.breaches"
HIGHER_IS_BETTER = ("within", "answered", "avoided")
# Levels and allocations of time, where neither direction is better in itself: how time is split
# between office, meetings or kommuneoverlege work, how much doctor time a legevakt has.
NO_DIRECTION = (
    "occupancy",
    "admissions",
    "arrival_rate",
    "queue_length",
    "doctor_hours_per_week",
    "nurse_hours_per_week",
    "gp.requests",  # how GP demand is split between GPs and others (task shifting)
    *(
        f"weekly_hours.{c}."
        for c in (
            "off",
            "office_clinical",
            "office_admin",
            "public_duties",
            "kommuneoverlege",
            "meetings",
            "training",
            "bed_work",
            "clinical",  # the GPs' week (gp.weekly_hours.*)
            "meetings_training",
        )
    ),
    "face_to_face_share",
)


def breaches(result: RunResult) -> float:
    """Rule breaches found in the simulated timelines: a KPI, so plans compare on it."""
    return float(sum(f.severity is Severity.breach for f in result.findings))


def replication_entropy(seed: np.random.SeedSequence) -> int:
    """A 128-bit integer seed for the engine from the replication's SeedSequence."""
    high, low = (int(word) for word in seed.generate_state(2, dtype=np.uint64))
    return high << 64 | low


def prepare_plan(scenario: Scenario, rota_cache: Path | None = None) -> Plan:
    """A scenario's plan, built once per experiment: expansions and the legevakt rota (read
    from `rota_cache` when solved before for the same rota problem, else solved and kept)."""
    return compile_plan(scenario, rota_cache=RotaCache(rota_cache) if rota_cache else None)


def simulate_replication(
    plan: Plan | Scenario, seed: np.random.SeedSequence, executor: Executor | None = None
) -> dict[str, Any]:
    """One replication's payload; with an `executor` its legevakt districts and timelines run
    as the executor's tasks (the same payload, `engine/district_tasks.py`)."""
    plan = plan if isinstance(plan, Plan) else compile_plan(plan)
    return payload(plan.scenario, simulate(plan, replication_entropy(seed), executor=executor))


def payload(scenario: Scenario, result: RunResult) -> dict[str, Any]:
    kpis = {f"{name}|all": float(value) for name, value in result.kpis.items()}
    kpis[f"{BREACHES}|all"] = breaches(result)
    for scope, values in result.by_municipality.items():
        kpis.update({f"{name}|{scope}": float(value) for name, value in values.items()})
    return {
        "kpis": kpis,
        "physicians": _physician_rows(scenario, result),
        "series": result.series,
        "findings": [finding.to_json() for finding in result.findings],
    }


def _physician_rows(scenario: Scenario, result: RunResult) -> list[dict[str, Any]]:
    start = scenario.scenario.warmup_weeks * MINUTES_PER_WEEK
    end = start + result.weeks * MINUTES_PER_WEEK
    offices = scenario.by_id("offices")
    rows = []
    for physician in scenario.physicians:
        minutes = clipped_minutes(result.timelines[physician.id], start, end)
        office = offices.get(physician.office or "")
        for category in CATEGORIES:
            rows.append(
                {
                    "physician": physician.id,
                    "municipality": office.municipality if office else "",
                    "role": physician.role.value,
                    "category": category.value,
                    "hours_per_week": float(minutes[category.code]) / 60 / result.weeks,
                }
            )
    return rows


def lower_is_better(kpi: str) -> bool | None:
    """Which direction of a KPI a planner prefers; None where neither is better."""
    if any(part in kpi for part in NO_DIRECTION):
        return None
    return not any(part in kpi for part in HIGHER_IS_BETTER)
