"""Legeforeningen's recommendation on the kommuneoverlege/helseleder position (seed 003)."""

from __future__ import annotations

from rules_testkit import gp, plan, scenario

from simulator import simulate
from simulator.rules import Severity, check_scenario
from simulator.rules.catalogue import Kind

RULE = "kommuneoverlege-position"


def _town(population: int, fte: float, gps: int = 2) -> dict:
    data = plan(
        physicians=[
            gp("a", kommuneoverlege=[{"municipality": "town", "fte": fte}]),
            *(gp(f"g{i}") for i in range(gps - 1)),
        ]
    )
    data["municipalities"][0]["population"] = population
    return data


def _position(data: dict) -> list:
    return [f for f in check_scenario(scenario(data)) if f.rule_id == RULE]


def test_a_town_of_twenty_thousand_with_a_small_post_gets_a_recommendation() -> None:
    [found] = _position(_town(20_000, 0.2))
    assert (found.kind, found.severity) == (Kind.guidance, Severity.warning)
    assert (found.measured, found.limit) == (0.2, 1.0)
    assert "Legeforeningen" in found.source.law  # guidance (the kind above), not law
    assert _position(_town(20_000, 1.0)) == []


def test_a_small_municipality_needs_a_post_only_by_its_number_of_gps() -> None:
    assert _position(_town(3_000, 0.2)) == []
    [found] = _position(_town(3_000, 0.1, gps=6))  # 6 GPs: 0.12 FTE at 1 per 50
    assert found.limit == 0.12


def test_the_position_takes_its_time_from_clinical_work() -> None:
    small = simulate(scenario(_town(3_000, 0.2)), 3).kpis
    large = simulate(scenario(_town(3_000, 0.6)), 3).kpis
    kol = "physician.weekly_hours.kommuneoverlege.mean"
    clinical = "gp.weekly_hours.clinical.mean"
    assert large[kol] > 2 * small[kol] > 0
    assert large[clinical] < small[clinical] - 0.5 * (large[kol] - small[kol])  # 80 % slots
