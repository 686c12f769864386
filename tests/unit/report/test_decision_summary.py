"""The decision summary, the banner and the numbers people read: verdicts that respect the
practical thresholds, rows left out for KPIs a result lacks, municipalities only where they
differ, banner sentences from rota warnings and check findings, and numbers without
scientific notation."""

from __future__ import annotations

import math
import re

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from simulator.report import decision
from simulator.report.feasibility import NamedPlan, problems
from simulator.report.findings import cite
from simulator.report.headline import BY_KPI, HEADLINES
from simulator.report.i18n import Translator
from simulator.report.units import Unit, estimate, quantity, unit_of
from tests.unit.report.synthetic import SHARED, scenario

SCIENTIFIC = re.compile(r"\d[eE][+\-−]?\d")
EN, NB = Translator("en"), Translator("nb")
COST = "cost.per_inhabitant_nok"
NIGHTS = "physician.nights_per_month.max"


def _summary(rows: list[tuple[str, str, str, float, float, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["variant", "kpi", "scope", "mean", "ci_low", "ci_high"])


def _differences(rows: list[tuple[str, str, str, float, float, float, bool, str]]) -> pd.DataFrame:
    columns = ["variant", "kpi", "scope", "difference", "ci_low", "ci_high", "significant"]
    return pd.DataFrame(rows, columns=[*columns, "favours"])


def test_every_headline_has_a_label_in_both_languages_and_a_positive_threshold() -> None:
    for headline in HEADLINES:
        assert EN.has(f"headline.{headline.kpi}") and NB.has(f"headline.{headline.kpi}")
        assert headline.threshold(0.0) > 0 and headline.why


def test_a_significant_difference_below_the_threshold_is_no_practical_difference() -> None:
    table = _summary([("a", NIGHTS, "all", 3.6, 3.5, 3.7), ("b", NIGHTS, "all", 3.9, 3.8, 4.0)])
    small = _differences([("b", NIGHTS, "all", 0.3, 0.2, 0.4, True, "a")])
    large = _differences([("b", NIGHTS, "all", 10.3, 10.0, 10.6, True, "a")])
    unclear = _differences([("b", NIGHTS, "all", 0.9, -0.1, 1.9, False, "")])
    verdicts = [
        decision.summary(decision.Tables(table, d, ["a", "b"], {}), EN).rows[0].verdicts[0].text
        for d in (small, large, unclear)
    ]
    assert verdicts == ["no practical difference", "in favour of a", "no clear difference"]
    assert BY_KPI[NIGHTS].threshold(3.6) == 0.5  # half a shift a month


def test_kpis_a_result_lacks_are_left_out_and_the_order_is_the_headline_order() -> None:
    table = _summary([("a", COST, "all", 700.0, 690, 710), ("a", NIGHTS, "all", 3.6, 3.5, 3.7)])
    rows = decision.summary(decision.Tables(table, None, ["a"], {}), NB).rows
    assert [r.kpi for r in rows] == [NIGHTS, COST]
    assert rows[1].values == ("700 kr (690 til 710)",)


def test_municipalities_are_shown_only_where_they_differ_from_the_region() -> None:
    table = _summary(
        [
            ("a", COST, "all", 700.0, 699, 701),
            ("a", COST, "berg", 7179.0, 7177, 7180),
            ("a", COST, "lenvik", 701.0, 700, 702),
        ]
    )
    names = {"berg": "Berg", "lenvik": "Lenvik"}
    rows = decision.summary(decision.Tables(table, None, ["a"], names), EN).rows
    assert [r.label for r in rows] == ["Cost per inhabitant", "Berg"]
    assert rows[1].values == ("7,179 NOK (7,177 to 7,180)",)


def test_a_sweep_has_a_row_per_point_with_the_swept_value_first_and_the_baseline_marked() -> None:
    points = ["policy.max_shift_frequency_days=4", "policy.max_shift_frequency_days=7"]
    table = _summary([(p, NIGHTS, "all", n, n, n) for p, n in zip(points, (8.0, 4.0), strict=True)])
    header, body = decision.sweep_table(
        decision.summary(decision.Tables(table, None, points, {}), EN), EN
    )
    assert header == ["policy.max_shift_frequency_days", "Nights a month, most burdened doctor"]
    assert body == [["4 (baseline)", "8.0"], ["7", "4.0"]]


def test_a_difference_of_shares_is_in_percentage_points_with_its_sign() -> None:
    assert decision.signed(0.046, 0.03, 0.063, Unit.share, NB) == "+4,6 %-poeng (3,0 til 6,3)"
    assert decision.signed(-0.102, -0.115, -0.089, Unit.share, EN) == "−10.2 pp (−11.5 to −8.9)"


def test_units_are_read_from_kpi_names() -> None:
    assert unit_of("gp.within_5_days") is Unit.share
    assert unit_of("cost.per_inhabitant_nok") is Unit.nok
    assert unit_of("legevakt.wait_minutes.red.p90") is Unit.minutes
    assert unit_of("gp.wait_days.mean") is Unit.days
    assert unit_of("legevakt.x.arrival_rate_per_minute") is Unit.count


def test_a_zero_with_a_zero_interval_reads_zero() -> None:
    assert estimate(0.0, 0.0, 0.0, Unit.count, NB) == "0"
    assert estimate(0.0, 0.0, 0.0, Unit.share, NB) == "0 %"
    assert estimate(4.0e-3, 3.0e-3, 5.0e-3, Unit.count, EN) == "0.0040 (0.0030 to 0.0050)"


finite = st.floats(-1e12, 1e12, allow_nan=False)


@given(finite, finite, finite, st.sampled_from(list(Unit)), st.sampled_from(["nb", "en"]))
def test_no_number_is_written_in_scientific_notation_and_shares_carry_percent(
    mean: float, low: float, high: float, unit: Unit, lang: str
) -> None:
    t = Translator(lang)
    text = estimate(mean, min(low, high), max(low, high), unit, t)
    assert not SCIENTIFIC.search(text)
    if unit is Unit.share:
        assert "%" in quantity(mean, unit, t)
    assert not math.isnan(mean) and text


def test_the_banner_counts_the_shifts_others_take_from_the_kpis_and_cites_the_rota() -> None:
    plan = scenario(SHARED)
    legevakt = plan.legevakt[0]
    warnings = [
        f"{legevakt.id}: no legal rota from 2026-01-05: week 2 2026: ... [rest between work "
        "periods (SFS 2305 § 7.4)]; using the greedy rotation there",
        f"{legevakt.id}: the pool cannot staff 205 places on 378 shifts within the rules; "
        "3 locum(s) take them",  # counts the warm-up: the banner takes the KPI's 198
    ]
    kpis = _summary(
        [
            ("p", f"legevakt.{legevakt.id}.staffing.locum_shifts", "all", 198.0, 190.0, 206.0),
            ("p", f"legevakt.{legevakt.id}.staffing.unstaffed_shifts", "all", 0.4, 0.0, 1.0),
            ("p", f"legevakt.{legevakt.id}.staffing.neighbour_shifts", "all", 0.0, 0.0, 0.0),
            ("q", f"legevakt.{legevakt.id}.staffing.locum_shifts", "all", 7.0, 7.0, 7.0),
        ]
    )
    breach = {
        "variant": "p",
        "severity": "breach",
        "rule_id": "r",
        "title": {"nb": "Hvile etter vakt", "en": "Rest after duty"},
        "source": {"law": "SFS 2305", "paragraph": "§ 7.4"},
    }
    weeks = plan.scenario.weeks
    found = problems([NamedPlan("p", plan)], {"p": warnings, "q": ["x"]}, [], [breach], kpis, NB)
    staffing, simulated = found["p"]
    assert staffing.startswith(f"{legevakt.name}: ingen lovlig turnus for 1 fireukersperiode")
    assert f"0,40 vakter på {weeks} uker står uten lege." in staffing
    assert f"198 vakter på {weeks} uker tas av vikarer" in staffing and "205" not in staffing
    assert "nabolegevakten" not in staffing
    assert "(SFS 2305 § 7.4)" in staffing
    assert simulated == "Simuleringen: 1 regel(er) brutt, først Hvile etter vakt (SFS 2305 § 7.4)."
    assert problems([NamedPlan("p", plan)], {"q": warnings}, [], [], kpis[:0], NB) == {}


def test_shifts_taken_by_locums_show_in_the_banner_without_a_rota_warning() -> None:
    plan = scenario(SHARED)
    legevakt = plan.legevakt[0]
    kpis = _summary([("p", f"legevakt.{legevakt.id}.staffing.locum_shifts", "all", 3, 3, 3)])
    (staffing,) = problems([NamedPlan("p", plan)], {}, [], [], kpis, EN)["p"]
    assert (
        staffing == f"{legevakt.name}: 3 shifts in {plan.scenario.weeks} weeks are taken by locums."
    )


def test_a_bokmal_citation_names_the_ledd_and_an_english_one_the_paragraph() -> None:
    source = {"law": "helse- og omsorgstjenesteloven", "paragraph": "§ 3-5 third paragraph"}
    assert cite(source, "nb") == "helse- og omsorgstjenesteloven § 3-5 tredje ledd"
    assert cite(source, "en") == "helse- og omsorgstjenesteloven § 3-5 third paragraph"


def test_an_empty_rota_file_is_named_and_no_illegal_period_is_claimed() -> None:
    plan = scenario(SHARED)
    legevakt = plan.legevakt[0]
    warning = (
        f"{legevakt.id}: the rota file rota.csv places NO doctor from 2026-03-02: every patient "
        "of the legevakt waits without a doctor"
    )
    no_kpis = _summary([])
    (staffing,) = problems([NamedPlan("p", plan)], {"p": [warning]}, [], [], no_kpis, NB)["p"]
    assert "turnusfilen setter ingen lege på vakt" in staffing
    assert "fireukersperiode" not in staffing


def test_a_difference_of_shares_reads_percentage_points_with_the_precision_of_its_percent() -> None:
    from types import SimpleNamespace

    import pandas as pd

    from simulator.report.differences import _sentence

    row = pd.Series(
        {
            "kpi": "gp.within_5_days",
            "scope": "all",
            "variant": "b",
            "difference": 0.012,
            "ci_low": 0.008,
            "ci_high": 0.016,
            "favours": "",
        }
    )
    results = SimpleNamespace(entity_names={})
    sentence = _sentence(row, "a", results, NB)
    assert "1,2 prosentpoeng høyere" in sentence and "0,8 til 1,6" in sentence
    assert "1.2 percentage points higher" in _sentence(row, "a", results, EN)
    minutes = _sentence(row.replace("gp.within_5_days", "gp.wait_minutes"), "a", results, EN)
    assert "0.012 min higher" in minutes


def test_a_total_over_the_simulated_weeks_says_how_many_weeks_it_covers() -> None:
    table = _summary([("a", COST, "all", 116.0, 109.0, 122.0), ("a", NIGHTS, "all", 3, 2, 4)])
    four = decision.summary(decision.Tables(table, None, ["a"], {}, weeks=4), NB).rows
    assert [r.label for r in four] == [
        "Netter per måned, mest belastede lege",
        "Kostnad per innbygger, 4 uker",
    ]
    unknown = decision.summary(decision.Tables(table, None, ["a"], {}), EN).rows
    assert unknown[1].label == "Cost per inhabitant"
    assert all(h.per_period for h in HEADLINES if h.kpi.startswith("staffing."))
