"""Small scenarios for the network tests, built as data and validated by the real schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simulator.scenario import load_scenario
from simulator.scenario.model import Scenario

HEADER = {"id": "net", "title": "Network test", "start_date": "2026-01-05"}


def place(pid: str, lat: float, lon: float, kind: str = "settlement", **extra: Any) -> dict:
    return {"id": pid, "name": pid.title(), "lat": lat, "lon": lon, "kind": kind, **extra}


def link(a: str, b: str, **extra: Any) -> dict:
    return {"from": a, "to": b, **extra}


def scenario(
    places: list[dict],
    links: list[dict] | None = None,
    connect: str = "links_only",
    municipalities: list[dict] | None = None,
    **sections: Any,
) -> Scenario:
    """A scenario with the given places and links; one municipality centred on the first place
    unless `municipalities` are given."""
    return Scenario.model_validate(
        {
            "scenario": HEADER,
            "municipalities": municipalities
            or [
                {"id": "m", "number": 1, "name": "M", "population": 1000, "centre": places[0]["id"]}
            ],
            "places": places,
            "travel": {"connect": connect, "links": links or []},
            **sections,
        }
    )


REGION = Path(__file__).with_name("region.yaml")


def region() -> Scenario:
    """The Senja-like test region of region.yaml."""
    return load_scenario(REGION)
