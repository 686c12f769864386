"""Pools per shift template: who may take a shift (listed doctors, or the doctors of some
municipalities' offices), kept by the rota and read by the bakvakt check."""

from __future__ import annotations

from rules_testkit import BASE, START, gp, plan, scenario

from simulator.rota.rotation import GREEDY, rota_for
from simulator.rules import check_scenario
from simulator.scenario import Scenario

WEEKS = 4
NEIGHBOURS = {"id": "nabo", "number": "5602", "name": "Nabo", "population": 3000, "centre": "nb"}


def _two_municipalities(evening: dict, backup: dict | None = None) -> Scenario:
    """Town's three GPs and the neighbour's two share a legevakt serving both."""
    data = plan()
    data["municipalities"].append(NEIGHBOURS)
    data["places"].append({"id": "nb", "name": "Nb", "lat": 70.1, "lon": 25.0})
    data["offices"].append(
        {**BASE["offices"][0], "id": "nb-lk", "place": "nb", "municipality": "nabo"}
    )
    town = [gp(i, list_size=800) for i in "abc"]
    town[0]["kommuneoverlege"] = [{"municipality": "town", "fte": 0.2}]
    nabo = [gp(i, office="nb-lk", list_size=800) for i in "xy"]
    nabo[0]["kommuneoverlege"] = [{"municipality": "nabo", "fte": 0.2}]
    data["physicians"] = town + nabo
    legevakt = data["legevakt"][0]
    legevakt["municipalities"] = ["town", "nabo"]
    legevakt["shifts"] = [{"id": "evening", "start": "16:00", "end": "08:00", **evening}]
    if backup is not None:
        legevakt["shifts"].append(
            {"id": "backup", "start": "16:00", "end": "08:00", "mode": "backup", **backup}
        )
    return scenario(data)


def _takers(s: Scenario, shift: str) -> set[str]:
    return {a.physician for a in rota_for(s, "lv", START, WEEKS, GREEDY) if a.shift == shift}


def test_a_template_pool_of_municipalities_keeps_the_neighbours_off_the_shift() -> None:
    assert _takers(_two_municipalities({}), "evening") == set("abcxy")
    assert _takers(_two_municipalities({"pool_municipalities": ["town"]}), "evening") == set("abc")


def test_a_listed_template_pool_is_kept() -> None:
    assert _takers(_two_municipalities({"pool": ["a", "x"]}), "evening") == {"a", "x"}


def _bakvakt_findings(s: Scenario, lacking: str) -> list[str]:
    data = s.model_dump(mode="json")
    for p in data["physicians"]:
        if p["id"] in lacking:
            p["competence"] = {"lis1_completed": False}
    found = check_scenario(Scenario.model_validate(data))
    return [f.explanation.en for f in found if f.rule_id == "bakvakt-competence"]


def test_the_bakvakt_check_reads_who_may_take_the_bakvakt() -> None:
    """Town's `c` lacks § 3a competence, so the legevakt needs a bakvakt that a competent
    doctor may take: the neighbours `x` and `y` may, unless they lack it too."""
    s = _two_municipalities({}, {"pool": ["x", "y"]})
    assert _bakvakt_findings(s, "c") == []
    assert _bakvakt_findings(s, "cxy") == [
        "no doctor in the pool meets the competence requirement to take bakvakt"
    ]
