"""The GPs' week against the 2018 survey in the workload section."""

from __future__ import annotations

from tests.unit.report.conftest import Rendered


def test_the_workload_section_sets_the_gps_week_against_the_survey(comparison: Rendered) -> None:
    html = comparison.html
    assert "Fastlegenes arbeidsuke mot tidsbruksundersøkelsen 2018" in html
    assert 'id="gp-week-survey"' in html
    assert "Undersøkelsen 2018" in html
    assert "52,5" in html and "62,2" in html  # the survey's median and upper quartile


def test_in_english_the_comparison_is_wholly_english(trial: Rendered) -> None:
    html = trial.html
    assert "working week against the 2018 time-use survey" in html
    assert "Share of GPs above 60 h" in html
    assert "Undersøkelsen" not in html
