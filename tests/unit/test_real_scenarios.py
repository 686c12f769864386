"""The scenarios shipped in scenarios/ and the embedded demo: they load, round-trip, point
editors at the schema copy in docs/, and keep the facts the KS/Norut report gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.commands.common import default_scenario_path
from simulator.scenario import Scenario, dump_scenario, load_scenario, load_scenario_text
from simulator.scenario.physicians import Employment, Role

ROOT = Path(__file__).parents[2]
SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml"))
ALL = [*SCENARIOS, default_scenario_path()]


def load(name: str) -> Scenario:
    return load_scenario(ROOT / "scenarios" / f"{name}.yaml")


def test_the_five_report_scenarios_are_there() -> None:
    names = {p.stem for p in SCENARIOS}
    assert names >= {"senja-senjalegen", "senja-solo", "nordhordland", "alta", "nordkapp"}


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_scenario_loads_and_round_trips(path: Path) -> None:
    scenario = load_scenario(path)
    assert load_scenario_text(dump_scenario(scenario)) == scenario


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_scenario_points_editors_at_the_schema_copy(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    assert (
        path.parent / first.removeprefix(prefix)
    ).resolve() == ROOT / "docs/scenario.schema.json"


def test_senjalegen_has_the_reported_doctors_and_branch_offices() -> None:
    senja = load("senja-senjalegen")
    assert sum(m.population for m in senja.municipalities) == 11_300 + 3_200
    assert len(senja.physicians) == 23
    assert sum(p.employment is Employment.salaried for p in senja.physicians) == 10
    silsand = [p for p in senja.physicians if p.office == "silsand-lk"]
    assert sorted(p.role.value for p in silsand) == ["gp"] * 5 + ["lis1"] * 2
    branches = {o.id for o in senja.offices if o.branch_of == "silsand-lk"}
    assert branches == {"skaland-uk", "stonglandseidet-uk", "gryllefjord-uk", "sifjord-uk"}


def test_senja_solo_has_the_same_municipalities_and_doctors_each_on_its_own() -> None:
    shared, solo = load("senja-senjalegen"), load("senja-solo")
    assert solo.municipalities == shared.municipalities
    assert {p.id for p in solo.physicians} == {p.id for p in shared.physicians}
    own = {
        m.id: [lv for lv in solo.legevakt if lv.municipalities == [m.id]]
        for m in solo.municipalities
    }
    assert all(len(stations) == 1 for stations in own.values())
    kol = {share.municipality for p in solo.physicians for share in p.kommuneoverlege}
    assert kol == {m.id for m in solo.municipalities}
    offices = {o.municipality for o in solo.offices if o.branch_of is None}
    assert offices == {m.id for m in solo.municipalities}


def test_lists_add_up_to_the_inhabitants_in_both_senja_plans() -> None:
    for scenario in (load("senja-senjalegen"), load("senja-solo")):
        offices = scenario.by_id("offices")
        listed: dict[str, float] = {}
        for p in (p for p in scenario.physicians if p.list_size):
            split = p.list_split or {p.list_municipality or offices[p.office].municipality: 1.0}
            for municipality, share in split.items():
                listed[municipality] = listed.get(municipality, 0) + share * p.list_size
        assert {k: round(v) for k, v in listed.items()} == {
            m.id: m.population for m in scenario.municipalities
        }


def test_nordhordland_has_seven_municipalities_a_25_doctor_rota_and_five_kad_beds() -> None:
    nordhordland = load("nordhordland")
    assert len(nordhordland.municipalities) == 7
    assert sum(m.population for m in nordhordland.municipalities) == 32_000
    rota = [p for p in nordhordland.physicians if "nhl-lv" in p.legevakt]
    assert len(rota) == 25
    assert max(Role, key=lambda r: sum(p.role is r for p in rota)) is Role.lis1
    [legevakt] = nordhordland.legevakt
    assert {s.doctors for s in legevakt.shifts if s.mode.value == "on_site"} == {2}
    assert [k.beds for k in nordhordland.kad] == [5]


def test_alta_rota_has_21_doctors_with_3_lis1_and_a_daytime_legevakt() -> None:
    alta = load("alta")
    assert [m.population for m in alta.municipalities] == [19_000]
    rota = [p for p in alta.physicians if p.role in (Role.gp, Role.lis1)]
    assert len(rota) == 21
    assert sum(p.role is Role.lis1 for p in rota) == 3
    [legevakt] = alta.legevakt
    assert legevakt.daytime.value == "legevakt"
    assert any(s.mode.value == "backup" and s.minutes == 24 * 60 for s in legevakt.shifts)


def test_nordkapp_has_six_salaried_gps_a_sykestue_and_a_weekly_meeting() -> None:
    nordkapp = load("nordkapp")
    gps = [p for p in nordkapp.physicians if p.role is Role.gp]
    assert len(gps) == 6 and all(p.employment is Employment.salaried for p in gps)
    [sykestue] = nordkapp.sykestuer
    assert sykestue.palliative and sykestue.chemotherapy
    [meeting] = [c for c in nordkapp.collaborations if c.type == "cooperation_forum"]
    assert (meeting.interval_weeks, meeting.duration_minutes) == (1, 45)
