"""Small scenarios, rotas and timelines for the rules tests, built from plain data.

`plan()` is a complete, rule-abiding plan for one municipality: two competent GPs, a 24/7
legevakt, a KAD unit and a kommuneoverlege share. Tests change one thing and look for the one
finding that change should cause.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from simulator.plan.assignment import Assignment
from simulator.plan.timeline import Category, Timeline
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode

START = dt.date(2026, 1, 5)
ORIGIN = dt.datetime(2026, 1, 5)
COMPETENT = {"specialist_general_practice": True, "legevakt_courses": True}


def gp(ident: str, **changes: Any) -> dict[str, Any]:
    doctor = {
        "id": ident,
        "office": "office",
        "age": 45,
        "fte": 1.0,
        "list_size": 1000,
        "list_ceiling": 1200,
        "competence": dict(COMPETENT),
    }
    doctor.update(changes)
    return doctor


BASE: dict[str, Any] = {
    "scenario": {"id": "test", "title": "Test", "start_date": START.isoformat()},
    "municipalities": [
        {"id": "town", "number": "5601", "name": "Town", "population": 5000, "centre": "centre"}
    ],
    "places": [
        {"id": "centre", "name": "Centre", "lat": 70.0, "lon": 25.0, "municipality": "town"}
    ],
    "offices": [
        {
            "id": "office",
            "name": "Office",
            "place": "centre",
            "municipality": "town",
            "opening_hours": {"start": "08:00", "end": "16:00"},
        }
    ],
    "physicians": [gp("a", kommuneoverlege=[{"municipality": "town", "fte": 0.2}]), gp("b")],
    "legevakt": [
        {
            "id": "lv",
            "name": "Legevakt",
            "station": "centre",
            "municipalities": ["town"],
            "shifts": [
                {
                    "id": "evening",
                    "days": ["mon", "tue", "wed", "thu", "fri"],
                    "start": "16:00",
                    "end": "08:00",
                },
                {"id": "weekend", "days": ["sat", "sun"], "start": "08:00", "hours": 24},
            ],
        }
    ],
    "kad": [
        {
            "id": "kad",
            "name": "KAD",
            "place": "centre",
            "beds": 2,
            "municipalities": ["town"],
            "legevakt": "lv",
        }
    ],
}


def plan(**sections: Any) -> dict[str, Any]:
    """A deep copy of the base plan with whole sections replaced."""
    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(sections))
    return data


def scenario(data: dict[str, Any] | None = None) -> Scenario:
    return Scenario.model_validate(data or plan())


def shift(
    physician: str,
    start: dt.datetime,
    hours: float,
    mode: ShiftMode = ShiftMode.on_site,
    legevakt: str = "lv",
) -> Assignment:
    return Assignment(legevakt, "s", physician, start, start + dt.timedelta(hours=hours), mode)


def timeline(physician: str, blocks: list[tuple[float, float, Category]]) -> Timeline:
    """A timeline from (start hour, end hour, category) blocks after ORIGIN."""
    return Timeline.from_intervals(
        physician, ORIGIN, [(round(s * 60), round(e * 60), c) for s, e, c in blocks]
    )
