"""GP estimates from national averages (docs/sources.md)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from simulator.scenario.physicians import LIST_AGE_LIMIT, Employment
from simulator.starter import workforce


@given(st.integers(min_value=0, max_value=800_000))
def test_lists_cover_the_whole_population(population: int) -> None:
    gps = workforce.estimate_gps(population)
    assert len(gps) == workforce.gp_count(population) >= 1
    assert sum(g.list_size for g in gps) == population
    assert max(g.list_size for g in gps) - min(g.list_size for g in gps) <= 1
    assert all(g.list_size <= g.list_ceiling for g in gps)
    assert all(g.age < LIST_AGE_LIMIT for g in gps)
    offices = workforce.office_count(len(gps))
    per_office = [sum(g.office == k for g in gps) for k in range(1, offices + 1)]
    assert max(per_office) <= workforce.MAX_GPS_PER_OFFICE
    assert min(per_office) >= 1


def test_national_gp_count_matches_the_2023_register() -> None:
    # 0.95 per 1 000 list patients gives about the 5 268 fastleger of Q4 2023 (S75).
    assert abs(workforce.gp_count(5_550_203) - 5_268) < 20


def test_shares_of_salaried_and_specialists_follow_the_national_figures() -> None:
    gps = workforce.estimate_gps(100_500)
    salaried = [g for g in gps if g.employment is Employment.salaried]
    specialists = [g for g in gps if g.specialist]
    assert len(salaried) == round(0.20 * len(gps))
    assert len(specialists) == round(0.63 * len(gps))
    assert max(g.age for g in salaried) <= min(g.age for g in gps if g not in salaried)
    assert min(g.age for g in specialists) >= max(g.age for g in gps if g not in specialists)


def test_a_tiny_municipality_gets_one_specialist_gp_with_everyone_listed() -> None:
    (gp,) = workforce.estimate_gps(203)
    assert gp.list_size == 203
    assert gp.specialist
    assert gp.employment is Employment.self_employed  # 20 % of one GP rounds to none
