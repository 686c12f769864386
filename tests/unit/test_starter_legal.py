"""`samsim new` writes legal plans: `check` finds no breach in what it writes, for every one of
the 357 municipalities on its own (about 4 s) and for the combinations that once failed."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.data_sources import load_municipalities
from simulator.rules import Severity, check_scenario
from simulator.scenario import load_scenario_text
from simulator.starter.build import Request, build_scenario
from simulator.starter.districts import Layout
from simulator.starter.yaml_text import render

START = dt.date(2027, 1, 4)
NUMBERS = sorted(load_municipalities())
EXEMPTION = "legevakt-exemption-age"


def _problems(numbers: tuple[str, ...], layout: Layout = Layout.as_today) -> list[str]:
    """Breaches, and exempt doctors left in a pool, in the plan `new` writes."""
    text = render(build_scenario(Request(numbers, layout, START, "t", "T")), [])
    scenario = load_scenario_text(text, "new.yaml")
    return [
        f"{f.rule_id} {f.subject_id}: {f.explanation.en}"
        for f in check_scenario(scenario)
        if f.severity is Severity.breach or f.rule_id == EXEMPTION
    ]


@pytest.mark.parametrize(
    ("numbers", "layout"),
    [
        (("1871",), Layout.as_today),  # Andøy: the evening used to start after the offices closed
        (("1871", "1870"), Layout.as_today),  # with Sortland: a GP aged 62 was in the pool
        (("5055", "5056", "5057"), Layout.shared),  # one post shared by three municipalities
        (("0301",), Layout.as_today),  # Oslo: a kommuneoverlege need of many posts
    ],
)
def test_new_writes_legal_plans_for_the_cases_that_were_not(
    numbers: tuple[str, ...], layout: Layout
) -> None:
    assert _problems(numbers, layout) == []


def test_new_writes_a_legal_plan_for_every_municipality() -> None:
    failing = {n: p for n in NUMBERS if (p := _problems((n,)))}
    assert failing == {}
