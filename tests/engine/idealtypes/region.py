"""A small two-municipality region for the idealtype effect tests: a host `a` and a member
`b` one hour's drive away, four salaried GPs with lists and no vacation, and no legevakt
unless a test adds one, so that each test sees only the idealtype it adds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from simulator import simulate
from simulator.engine import RunResult
from simulator.engine.kpis import clipped_minutes
from simulator.plan.timeline import Category
from simulator.scenario import Scenario
from simulator.scenario.settings import Costs

START = dt.date(2026, 1, 5)  # no public holidays or vacation weeks in the horizon
DRIVE_MINUTES = 60
DRIVE_KM = 50
WEEKS = 6
SEED = 3
WEEK = 7 * 24 * 60  # minutes; the warm-up is one week
WEEKS_PER_YEAR = 365.25 / 7
FTE_HOURS_PER_YEAR = 37.5 * WEEKS_PER_YEAR  # SFS 2305 § 3.1: 37.5 h a week
COSTS = Costs()  # the default prices


def region(**sections: Any) -> dict[str, Any]:
    """The region as scenario data; `sections` replace or add sections."""
    data: dict[str, Any] = {
        "scenario": {
            "id": "region",
            "title": "Region",
            "start_date": START,
            "weeks": WEEKS,
            "warmup_weeks": 1,
        },
        "municipalities": [
            {"id": "a", "number": "1001", "name": "A", "population": 6000, "centre": "ca"},
            {"id": "b", "number": "1002", "name": "B", "population": 2000, "centre": "cb"},
        ],
        "places": [
            {"id": "ca", "name": "Ca", "lat": 69.0, "lon": 18.0, "municipality": "a"},
            {"id": "cb", "name": "Cb", "lat": 69.3, "lon": 18.6, "municipality": "b"},
        ],
        "travel": {
            "connect": "links_only",
            "links": [{"from": "ca", "to": "cb", "km": DRIVE_KM, "minutes": DRIVE_MINUTES}],
        },
        "offices": [
            {"id": "lk-a", "name": "A legekontor", "place": "ca", "municipality": "a"},
            {"id": "lk-b", "name": "B legekontor", "place": "cb", "municipality": "b"},
            {"id": "ute-b", "name": "B utekontor", "place": "cb", "municipality": "b"},
        ],
        "physicians": [
            *(gp(f"a{i}", "lk-a", 1200) for i in range(1, 4)),
            gp("b1", "lk-b", 1200),
        ],
    }
    data.update(sections)
    return data


def gp(id_: str, office: str, list_size: int) -> dict[str, Any]:
    return {
        "id": id_,
        "office": office,
        "employment": "salaried",
        "age": 45,
        "fte": 1.0,
        "list_size": list_size,
        "vacation_weeks": 0,  # every week counts, so sizes are exact
        "competence": {"specialist_general_practice": True, "legevakt_courses": True},
    }


def run(data: dict[str, Any], *collaborations: dict[str, Any], weeks: int = WEEKS) -> RunResult:
    """One replication of `data` with `collaborations` added."""
    data = {**data, "collaborations": [*data.get("collaborations", []), *collaborations]}
    return simulate(Scenario.model_validate(data), SEED, weeks=weeks)


def hours_per_week(result: RunResult, physician: str, category: Category) -> float:
    """A physician's hours a week in a ledger category after warm-up."""
    minutes = clipped_minutes(result.timelines[physician], WEEK, (1 + result.weeks) * WEEK)
    return float(minutes[category.code]) / 60 / result.weeks
