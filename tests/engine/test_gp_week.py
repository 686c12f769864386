"""The GP's whole week: list work, owner's work, evening work and the admin staff lever."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from simulator import simulate
from simulator.engine.gp_week import OffTime, overlay
from simulator.engine.office_staff import answered_within
from simulator.plan.timeline import Category, Timeline
from simulator.scenario import Scenario
from tests.support.scenarios import base

HOUR = 60
SEED = 7


def _office(
    secretaries: float, list_size: int = 1500, employment: str = "self_employed"
) -> Scenario:
    gps = 3
    return Scenario.model_validate(
        base(
            population=gps * list_size,
            offices=[
                {
                    "id": "o",
                    "name": "O",
                    "place": "centre",
                    "municipality": "m",
                    "secretaries": secretaries,
                }
            ],
            physicians=[
                {
                    "id": f"gp{i}",
                    "office": "o",
                    "age": 45,
                    "fte": 1.0,
                    "list_size": list_size,
                    "employment": employment,
                }
                for i in range(gps)
            ],
        )
    )


def _kpis(scenario: Scenario) -> dict[str, float]:
    return simulate(scenario, SEED).kpis


def test_doubling_the_admin_staff_lowers_the_gps_hours_and_answers_the_phone_sooner() -> None:
    """Brumunddal's lever (seed 002): staff beyond the patient work take over owner's work."""
    before, after = _kpis(_office(1.5)), _kpis(_office(3.0))
    hours = "office.o.gp_weekly_hours.mean"
    phone = "office.o.phone_answered_within_2min"
    assert after[hours] < before[hours] - 2.0, (before[hours], after[hours])
    assert after["gp.weekly_hours.owner_admin.mean"] < before["gp.weekly_hours.owner_admin.mean"]
    assert after[phone] > before[phone]
    assert before["gp.phone_answered_within_2min"] == before[phone]  # the only office


def test_salaried_gps_have_no_owners_work() -> None:
    owner, salaried = _kpis(_office(1.5)), _kpis(_office(1.5, employment="salaried"))
    assert salaried["gp.weekly_hours.owner_admin.mean"] == 0
    assert owner["gp.weekly_hours.owner_admin.mean"] > 4
    assert salaried["gp.weekly_hours.total.mean"] < owner["gp.weekly_hours.total.mean"]


def test_a_longer_list_brings_more_list_work_and_it_spills_into_the_evening() -> None:
    short, long = _office(1.5, list_size=700), _office(1.5, list_size=1800)
    k_short, k_long = _kpis(short), _kpis(long)
    name = "gp.weekly_hours.list_work.mean"
    assert k_long[name] > k_short[name] + 3
    run = simulate(long, SEED)
    assert run.kpis[name] == k_long[name]  # same seed, same result
    timeline = run.timelines["gp0"]
    list_work = timeline.categories == Category.list_work.code
    into_day = timeline.ends[list_work] % (24 * HOUR)
    assert np.any(into_day > 15.5 * HOUR)  # after the office closes at 15:30
    assert np.all(into_day <= 21 * HOUR)  # not into the night


def _timeline(blocks: list[tuple[int, int, Category]]) -> Timeline:
    return Timeline.from_intervals(
        "gp", dt.datetime(2026, 1, 5), [(s * HOUR, e * HOUR, c) for s, e, c in blocks]
    )


def test_off_time_is_counted_and_found_again_and_only_it_is_painted() -> None:
    shift = Category.legevakt_on_call
    day = _timeline(
        [
            (0, 8, Category.off),
            (8, 16, Category.office_clinical),
            (16, 17, shift),
            (17, 24, Category.off),
        ]
    )
    off = OffTime(day)
    at = np.array([16, 17, 21]) * HOUR
    assert off.before(at).tolist() == [8 * HOUR, 8 * HOUR, 12 * HOUR]
    assert off.at(np.array([8 * HOUR + 1, 11 * HOUR])).tolist() == [17 * HOUR + 1, 20 * HOUR]
    piece = (np.array([16 * HOUR]), np.array([20 * HOUR]), np.array([Category.list_work.code]))
    painted = overlay(day, piece)  # over the shift too
    assert painted.between(0, 24 * HOUR) == [
        (0, 8 * HOUR, Category.off),
        (8 * HOUR, 16 * HOUR, Category.office_clinical),
        (16 * HOUR, 17 * HOUR, shift),
        (17 * HOUR, 20 * HOUR, Category.list_work),
        (20 * HOUR, 24 * HOUR, Category.off),
    ]


@pytest.mark.parametrize(("load", "target"), [(0.3, 0.8), (0.7, 0.8), (0.5, 2.0)])
def test_one_line_is_the_m_m_1_queue(load: float, target: float) -> None:
    """M/M/1: P(wait ≤ t) = 1 − ρ e^(−(μ − λ) t); half a line answers half the day."""
    exact = 1 - load * math.exp(-(1 - load) * target)
    assert answered_within(1.0, load, target) == pytest.approx(exact)
    assert answered_within(0.5, load, target) == pytest.approx(exact / 2)
    assert answered_within(2.0, load, target) > exact
    assert answered_within(1.0, 1.2, target) == 0.0  # the line cannot keep up


def test_work_that_does_not_fit_into_the_evenings_is_shown_as_left_undone() -> None:
    short, long = _kpis(_office(1.5, list_size=700)), _kpis(_office(3.0, list_size=2500))
    assert short["gp.work_left_at_end_hours.max"] < 0.05  # parts of a minute
    assert long["gp.work_left_at_end_hours.mean"] > 8  # more than a day's work behind


def test_meetings_and_quality_time_as_time_commitments_take_their_hours() -> None:
    """ALU 4 times a year of 2 h (Porsgrunn, seed 000) and 4 h a month of quality work (Sola,
    seed 001), as in scenarios/nordhordland.yaml: 56 h a year for every GP."""
    plain = _office(1.5)
    data = plain.model_dump(mode="json", exclude_none=True)
    data["collaborations"] = [
        {
            "id": "alu",
            "type": "time_commitment",
            "host": "m",
            "hours": 2.0,
            "per": "event",
            "events_per_year": 4,
        },
        {
            "id": "quality",
            "type": "time_commitment",
            "host": "m",
            "hours": 4.0,
            "per": "event",
            "events_per_year": 12,
        },
    ]
    without, with_them = _kpis(plain), _kpis(Scenario.model_validate(data))
    meetings = "gp.weekly_hours.meetings_training.mean"
    assert without[meetings] == 0
    assert with_them[meetings] == pytest.approx(56 / 52, rel=0.02)  # in every working week
    assert with_them["gp.weekly_hours.clinical.mean"] < without["gp.weekly_hours.clinical.mean"]


def test_too_few_on_the_phone_breaks_fastlegeforskriften_section_16() -> None:
    [found] = [f for f in simulate(_office(0.5), SEED).findings if f.rule_id == "gp-phone-answer"]
    assert (found.subject_id, found.severity.value) == ("o", "breach")
    assert found.measured < 0.8
