"""Conservation and determinism (docs/validation.md)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from simulator import simulate
from tests.support.scenarios import mixed_scenario


@pytest.fixture(scope="module")
def result():
    return simulate(mixed_scenario(), 11, weeks=8)


def test_every_physician_minute_is_in_exactly_one_category(result):
    horizon = (8 + 1) * 7 * 24 * 60
    for timeline in result.timelines.values():
        assert timeline.starts[0] == 0
        assert timeline.ends[-1] == horizon
        assert (timeline.starts[1:] == timeline.ends[:-1]).all()  # no gaps, no overlaps
        assert (timeline.ends > timeline.starts).all()
        assert sum(timeline.minutes_by_category().values()) == horizon


def test_no_physician_is_in_two_places_at_once(result):
    assert result.conservation.double_booked_minutes == 0


def test_every_arrival_is_served_transferred_or_still_waiting(result):
    c = result.conservation
    assert c.contacts > 0 and c.queued > 0
    assert c.contacts == c.to_gp_offices + c.nurse_only + c.doctor_jobs
    assert c.queued == c.started + c.waiting_at_end
    assert c.bed_arrivals == c.bed_admitted + c.bed_transferred
    assert c.bed_transferred > 0  # one bed: some patients must go to hospital


def test_the_legevakt_mechanisms_show_up(result):
    k = result.kpis
    assert k["travel.doctor_km"] > 0  # the home-call doctor drives to the station
    assert k["physician.weekly_hours.rest_after_duty.mean"] > 0
    assert k["physician.weekly_hours.bed_work.mean"] > 0  # KAD work by the legevakt doctor
    assert 0 < k["gp.within_5_days"] <= 1


def _same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        (math.isnan(a[k]) and math.isnan(b[k])) or a[k] == b[k] for k in a
    )


def test_same_seed_gives_the_same_result_bit_for_bit(result):
    again = simulate(mixed_scenario(), 11, weeks=8)
    assert _same(result.kpis, again.kpis)
    assert result.by_municipality.keys() == again.by_municipality.keys()
    for m in result.by_municipality:
        assert _same(result.by_municipality[m], again.by_municipality[m])
    for p, timeline in result.timelines.items():
        assert np.array_equal(timeline.starts, again.timelines[p].starts)
        assert np.array_equal(timeline.categories, again.timelines[p].categories)


def test_another_seed_gives_other_numbers(result):
    other = simulate(mixed_scenario(), 12, weeks=8)
    assert not _same(result.kpis, other.kpis)


def test_findings_of_the_timelines_and_service_levels_are_attached(result):
    rules = {f.rule_id for f in result.findings}
    assert "oncall-class" in rules  # one per physician on legevakt duty
    assert "legevaktsentral-answer" in rules
    assert "gp-appointment-5-days" in rules
