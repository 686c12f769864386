"""Default legevakt staffing scaled by the population served."""

from __future__ import annotations

from simulator.scenario.legevakt import ShiftMode
from simulator.starter.shifts import call_centre_nurses, staffing


def _modes(population: int) -> dict[str, ShiftMode]:
    return {s.spec.id: s.mode for s in staffing(population)}


def test_a_small_district_is_covered_from_home() -> None:
    assert set(_modes(5_000).values()) == {ShiftMode.home_call}
    assert all(s.doctors == 1 and s.nurses == 0 for s in staffing(5_000))


def test_a_middle_district_has_evenings_on_site_and_nights_from_home() -> None:
    modes = _modes(40_000)
    assert modes["weekday-evening"] is ShiftMode.on_site
    assert modes["weekend-day"] is ShiftMode.on_site
    assert modes["night"] is ShiftMode.home_call


def test_a_city_is_on_site_around_the_clock_with_more_doctors() -> None:
    assert set(_modes(300_000).values()) == {ShiftMode.on_site}
    evening = {p: staffing(p)[0].doctors for p in (50_000, 300_000, 717_710)}
    assert evening[50_000] < evening[300_000] < evening[717_710] <= 20


def test_call_centre_grows_with_population() -> None:
    assert call_centre_nurses(1_000) == 1
    assert call_centre_nurses(717_710) > call_centre_nurses(100_000) >= 1


def test_staffing_is_capped_at_the_schema_maximum() -> None:
    assert max(s.doctors for s in staffing(50_000_000)) == 20
    assert call_centre_nurses(500_000_000) == 50
