"""The gallery's scenarios keep the facts the sources give, and each variant differs from its
baseline only where its system acts, so that a comparison isolates the collaboration."""

from __future__ import annotations

import pytest

from simulator.gallery.catalogue import SOURCE, System, load_systems
from simulator.scenario import load_scenario

SYSTEMS = load_systems(SOURCE)
REGION = ("municipalities", "places", "offices", "legevakt", "kad", "sykestuer", "travel")
UNITS = ("legevakt", "kad", "sykestue")  # a collaboration's own unit


def load(name: str):
    return load_scenario(SOURCE / f"{name}.yaml")


@pytest.mark.parametrize("system", SYSTEMS, ids=lambda s: s.name)
def test_a_variant_keeps_its_baselines_region(system: System) -> None:
    """Apart from a unit its collaboration runs (a sykestue, say)."""
    base, variant = load_scenario(system.baseline), load_scenario(system.scenario)
    own = {getattr(c, unit, None) for c in variant.collaborations for unit in UNITS}

    def region(scenario, section):
        items = getattr(scenario, section)
        return [i for i in items if i.id not in own] if isinstance(items, list) else items

    for section in REGION:
        assert region(variant, section) == region(base, section), section
    assert variant.scenario.start_date == base.scenario.start_date
    assert variant.scenario.seed == base.scenario.seed


def test_indre_troms_is_the_reports_four_municipalities() -> None:
    region = load("indre-troms/kreftteam")
    assert {m.number for m in region.municipalities} == {"5524", "5520", "5522", "5518"}
    assert sum(m.population for m in region.municipalities) == pytest.approx(13_700, rel=0.01)
    (team,) = [c for c in region.collaborations if c.type == "ambulatory_team"]
    assert team.team_size == 2 and team.resource_gp  # two cancer nurses, one resource GP


def test_stavanger_splits_one_and_a_half_kommuneoverlege_fte_either_way() -> None:
    hats = load("stavanger/kol-fastleger")
    (split,) = [c for c in hats.collaborations if c.type == "shared_kommuneoverlege"]
    assert len(split.physicians) == 5 and split.fte_per_physician == 0.3  # report 2.3 [L747]
    without = load("stavanger/without")
    shares = [s.fte for p in without.physicians for s in p.kommuneoverlege]
    stavanger = [
        s.fte
        for p in without.physicians
        for s in p.kommuneoverlege
        if s.municipality == "stavanger"
    ]
    assert sum(stavanger) == pytest.approx(5 * 0.3) and len(shares) > len(stavanger)


def test_vake_is_the_only_difference_at_finnsnes() -> None:
    (without,) = load("midt-troms/without").collaborations
    (vake,) = load("midt-troms/vake").collaborations
    assert (without.telemedicine, vake.telemedicine) == (False, True)
    assert vake.model_dump(exclude={"type", "preset", "telemedicine", "name"}) == (
        without.model_dump(exclude={"type", "preset", "telemedicine", "name"})
    )


def test_tynset_has_a_full_time_helseleder_instead_of_a_gps_part_time_post() -> None:
    def tynset_kol(name: str) -> dict[str, float]:
        return {
            p.id: s.fte
            for p in load(name).physicians
            for s in p.kommuneoverlege
            if s.municipality == "tynset"
        }

    assert tynset_kol("nord-osterdal/without") == {"tynset-gp-01": 0.2}
    assert tynset_kol("nord-osterdal/helseleder") == {"tynset-helseleder": 1.0}
