"""The coordination graph: typed ties with relation types, and its KPIs."""

from __future__ import annotations

import pytest

from simulator.idealtypes import COLLABORATION_TYPES
from simulator.network.coordination import coordination_graph
from simulator.network.coordination_metrics import (
    bridges,
    by_municipality,
    graph_metrics,
    kommuneoverlege_distances,
)
from simulator.network.relations import IDEALTYPE_RELATION
from simulator.scenario import load_scenario_text

from .builders import REGION, region


def _ties(graph, a: str, b: str) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {data["type"]: data for data in graph.get_edge_data(a, b).values()}


def test_every_idealtype_has_a_relation_type() -> None:
    assert set(IDEALTYPE_RELATION) == set(COLLABORATION_TYPES)


def test_ties_carry_the_relation_of_what_created_them() -> None:
    graph = coordination_graph(region())
    employs = _ties(graph, "office:finnsnes-lk", "physician:gp2")["employs"]
    assert employs["relation"] == "hierarchy"
    rota = _ties(graph, "physician:gp2", "legevakt:senja-lv")["shares_rota"]
    assert (rota["relation"], rota["created_by"]) == ("coordination", "collaboration:senja-ilv")
    branch = _ties(graph, "physician:gp1", "office:skaland-lk")["serves"]
    assert (branch["relation"], branch["idealtype"]) == (
        "collaboration",
        "branch_office_gp_service",
    )
    kad = _ties(graph, "legevakt:senja-lv", "kad:senja-kad")["covers"]
    assert (kad["relation"], kad["created_by"]) == ("coordination", "kad:senja-kad")
    forum = _ties(graph, "physician:gp3", "collaboration:onsdagsmote")
    assert forum["attends_forum"]["relation"] == "coordination"
    assert "consults" in _ties(graph, "legevakt:senja-lv", "hospital_trust:hf")  # VAKe


def test_a_doctor_holding_kol_in_two_municipalities_is_an_implicit_shared_kol() -> None:
    graph = coordination_graph(region())
    tie = _ties(graph, "physician:gp1", "kommuneoverlege:berg")["kommuneoverlege_for"]
    assert (tie["relation"], tie["idealtype"]) == ("coordination", "shared_kommuneoverlege")


def test_kol_split_among_gps_is_collaboration() -> None:
    text = REGION.read_text().replace(
        "  - {id: onsdagsmote",
        "  - {id: kol, type: shared_kommuneoverlege, mode: split_among_gps, physicians: [gp2],"
        " host: lenvik}\n  - {id: onsdagsmote",
    )
    graph = coordination_graph(load_scenario_text(text))
    tie = _ties(graph, "physician:gp2", "kommuneoverlege:lenvik")["kommuneoverlege_for"]
    assert (tie["relation"], tie["created_by"]) == ("collaboration", "collaboration:kol")


ONE_OFFICE = """
scenario: {id: one, title: One office, start_date: 2026-01-05}
municipalities: [{id: m, number: 5603, name: M, population: 3200, centre: town}]
places: [{id: town, name: Town, lat: 70.98, lon: 25.97, municipality: m}]
offices: [{id: lk, name: Legekontor, place: town, municipality: m}]
physicians: [{id: gp, office: lk, age: 45, fte: 1.0}]
legevakt:
  - id: lv
    name: LV
    station: town
    municipalities: [m]
    shifts: [{id: n, start: "16:00", end: "08:00"}]
"""


def test_density_and_components_of_a_single_office_municipality() -> None:
    """Nodes: municipality, office, gp, legevakt, hospital trust, NAV (6); ties: two
    agreements, hosts office, hosts legevakt, employs, shares rota (6 of 15 possible)."""
    metrics = graph_metrics(coordination_graph(load_scenario_text(ONE_OFFICE)))
    assert (metrics.nodes, metrics.ties, metrics.components) == (6, 6, 1)
    assert metrics.density == pytest.approx(6 / 15)
    assert metrics.relations == {"coordination": 3, "hierarchy": 3}


def test_per_municipality_parts() -> None:
    parts = by_municipality(coordination_graph(region()))
    assert parts["tranoy"].nodes == 4  # municipality, office, gp4, its legevakt
    assert parts["tranoy"].components == 1


def test_the_multi_hat_gp_bridges_most() -> None:
    found = bridges(coordination_graph(region()))
    assert found[0].physician == "gp1"
    assert {"Kommuneoverlege Berg", "Senja legevakt", "Skaland utekontor"} <= set(found[0].ties)
    assert found[0].municipalities == ["lenvik"]


def test_distance_from_each_gp_to_the_kommuneoverlege() -> None:
    scenario = region()
    hops = {
        d.physician: d.hops
        for d in kommuneoverlege_distances(scenario, coordination_graph(scenario))
    }
    assert hops == {"gp1": 0, "gp2": 2, "gp3": 2, "gp4": None}


@pytest.mark.parametrize(
    ("condition", "relation"),
    [("diabetes", "collaboration"), ("Dementia", "cooperation"), ("lifestyle", "cooperation")],
)
def test_chronic_care_team_relation_follows_its_variant(condition: str, relation: str) -> None:
    team = (
        "  - {id: team, type: chronic_care_team, host: lenvik, responsible_gp: gp2,"
        f" condition: {condition}}}\n"
    )
    text = REGION.read_text().replace("  - {id: onsdagsmote", team + "  - {id: onsdagsmote")
    graph = coordination_graph(load_scenario_text(text))
    tie = _ties(graph, "physician:gp2", "collaboration:team")["member_of_team"]
    assert tie["relation"] == relation
