"""Calibration: the GP's week in the national scenario against the 2018 time-use survey (S71;
docs/validation.md, "The GP's week").

Seven municipalities (an urban, a town region, rural inter-municipal and remote ones; the
subset of the national rates test) for six weeks after warm-up, so it fits the suite's budget.
"""

from __future__ import annotations

import pytest

from simulator.compiler import compile_plan
from simulator.engine.gp_hours import SURVEY_2018, gp_hours_kpis
from simulator.engine.run import replicate
from simulator.rota.rotation import GREEDY
from simulator.scenario import Scenario
from tests.validation import national_reference as ref
from tests.validation.test_national_rates import SEED, SUBSET, SUBSET_WEEKS


@pytest.fixture(scope="module")
def kpis() -> dict[str, float]:
    scenario = Scenario.model_validate(ref.national_document(SUBSET))
    run = replicate(compile_plan(scenario, SUBSET_WEEKS, rota_settings=GREEDY), SEED, SUBSET_WEEKS)
    return gp_hours_kpis(run)


@pytest.mark.parametrize(
    ("name", "tolerance"),
    [
        ("gp.weekly_hours.total.mean", 0.05),
        ("gp.weekly_hours.total.median", 0.10),
        ("gp.weekly_hours.total.p75", 0.10),
    ],
)
def test_weekly_hours_match_the_survey(kpis: dict[str, float], name: str, tolerance: float) -> None:
    assert abs(kpis[name] / SURVEY_2018[name] - 1) <= tolerance, (kpis[name], SURVEY_2018[name])


def test_self_employed_gps_work_more_than_salaried_ones_by_the_survey_margin(
    kpis: dict[str, float],
) -> None:
    def gap(k: dict[str, float]) -> float:
        return (
            k["gp.self_employed.weekly_hours.regular.mean"]
            - k["gp.salaried.weekly_hours.regular.mean"]
        )

    assert gap(kpis) > 0
    assert abs(gap(kpis) - gap(SURVEY_2018)) <= 3.0, (gap(kpis), gap(SURVEY_2018))


def test_face_to_face_share_matches_the_survey(kpis: dict[str, float]) -> None:
    name = "gp.face_to_face_share"
    assert abs(kpis[name] - SURVEY_2018[name]) <= 0.05, kpis[name]


def test_the_spread_needs_the_long_weeks(kpis: dict[str, float]) -> None:
    """The survey's weeks are skewed: the mean above the median, a quarter above 62 h."""
    assert kpis["gp.weekly_hours.total.median"] < kpis["gp.weekly_hours.total.mean"]
    assert 0 < kpis["gp.share_above_60h"] < kpis["gp.share_above_48h"] < 1
