"""Service-level rules on measured KPIs."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.rules import Severity, callout_rule, check_kpi
from simulator.rules.catalogue import Kind

ON = dt.date(2026, 3, 1)


@pytest.mark.parametrize(("share", "severity"), [(0.8, Severity.info), (0.79, Severity.breach)])
def test_call_centre_answers_80_percent_within_two_minutes(
    share: float, severity: Severity
) -> None:
    found = check_kpi("legevaktsentral-answer", "lv", share, ON)
    assert found.severity is severity
    assert found.source.paragraph == "§ 13 d" and found.limit == 0.8


def test_missed_response_target_is_a_warning_because_it_is_not_binding() -> None:
    found = check_kpi("callout-response-rural", "town", 0.7, ON)
    assert (found.severity, found.kind) == (Severity.warning, Kind.non_binding_target)
    assert "25 minutes" in found.explanation.en and found.unverified


def test_response_target_by_population() -> None:
    assert callout_rule(10_000, ON) == "callout-response-urban"
    assert callout_rule(9_999, ON) == "callout-response-rural"


def test_five_working_days_rule_says_its_share_is_an_estimate() -> None:
    found = check_kpi("gp-appointment-5-days", "office", 0.95, ON)
    assert found.severity is Severity.info and "estimate" in (found.unverified or "")
    assert "5 working days" in found.explanation.en
