"""Small scenarios for rota tests, built as data and loaded through the real schema."""

from __future__ import annotations

import json
from typing import Any

from simulator.scenario import Scenario, load_scenario_text

EVENING_NIGHT = {"id": "night", "start": "16:00", "end": "08:00", "mode": "home_call"}
DAY_24 = {"id": "day", "start": "08:00", "hours": 24}
COMPETENT = {
    "specialist_general_practice": True,
    "legevakt_courses": True,
}


def doctor(i: int, **fields: Any) -> dict[str, Any]:
    base = {
        "id": f"gp{i:02d}",
        "office": "a-lk",
        "age": 40,
        "fte": 1.0,
        "competence": COMPETENT,
        "vacation_weeks": 0,  # the engine's vacation weeks only where a test asks for them
    }
    return {**base, **fields}


def scenario(
    doctors: list[dict[str, Any]],
    shifts: list[dict[str, Any]] | None = None,
    policy: dict[str, Any] | None = None,
    legevakt: dict[str, Any] | None = None,
    extra_municipality: bool = False,
) -> Scenario:
    """Municipality `a` (and optionally neighbour `b`) with one legevakt `lv` serving `a`."""
    municipalities = [
        {"id": "a", "number": "5001", "name": "A", "population": 3000, "centre": "pa"}
    ]
    places = [{"id": "pa", "name": "A", "lat": 69.0, "lon": 17.0}]
    offices = [{"id": "a-lk", "name": "A legekontor", "place": "pa", "municipality": "a"}]
    if extra_municipality:
        municipalities.append(
            {"id": "b", "number": "5002", "name": "B", "population": 2000, "centre": "pb"}
        )
        places.append({"id": "pb", "name": "B", "lat": 69.2, "lon": 17.4})
        offices.append({"id": "b-lk", "name": "B legekontor", "place": "pb", "municipality": "b"})
    data = {
        "scenario": {"id": "t", "title": "Test", "start_date": "2026-01-05", "weeks": 4},
        "municipalities": municipalities,
        "places": places,
        "offices": offices,
        "physicians": doctors,
        "legevakt": [
            {
                "id": "lv",
                "name": "Legevakt",
                "station": "pa",
                "municipalities": ["a"],
                "shifts": shifts or [EVENING_NIGHT],
                **(legevakt or {}),
            }
        ],
        "policy": policy or {},
    }
    return load_scenario_text(json.dumps(data))
