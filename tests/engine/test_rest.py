"""Rest after night duty as it happened: a bakvakt called in at night, a doctor kept late."""

from __future__ import annotations

import datetime as dt
import logging

import numpy as np

from simulator.compiler import compile_plan
from simulator.engine import simulate
from simulator.engine.rest import unplanned_rest
from simulator.plan.timeline import Category, Timeline
from simulator.scenario import load_scenario
from simulator.scenario.physicians import Physician

HOUR = 60
ALTA = "scenarios/alta.yaml"


def _timeline(blocks: list[tuple[int, int, Category]]) -> Timeline:
    return Timeline.from_intervals(
        "gp", dt.datetime(2026, 1, 5), [(s * HOUR, e * HOUR, c) for s, e, c in blocks]
    )


def test_office_hours_after_a_night_call_in_give_way_to_rest_but_the_bakvakt_goes_on() -> None:
    doctor = Physician(id="gp", age=40, fte=1.0)
    backup, office = Category.backup_on_call, Category.office_clinical
    called_in = (26, 27, Category.legevakt_active)  # 02:00-03:00 on the bakvakt night
    night = _timeline(
        [(8, 16, office), (16, 26, backup), called_in, (27, 32, backup), (32, 40, office)]
    )
    rest = unplanned_rest(night, doctor, 8 * HOUR)
    assert [(b.start, b.end, b.category) for b in rest] == [
        (32 * HOUR, 35 * HOUR, Category.rest_after_duty)  # 8 h from 03:00, not over the bakvakt
    ]
    quiet = _timeline([(8, 16, office), (16, 32, backup), (32, 40, office)])
    assert unplanned_rest(quiet, doctor, 8 * HOUR) == []


def test_a_simulated_year_of_alta_keeps_the_rest_rule_with_the_bakvakt_from_the_office() -> None:
    """Alta's GPs carry the bakvakt from the office (`office_days: kept`): before, each GP
    broke the rest rule 11-19 times a year, mostly after bakvakt nights without a call-in."""
    logging.disable(logging.WARNING)
    try:
        scenario = load_scenario(ALTA)
        run = simulate(compile_plan(scenario), 1)
    finally:
        logging.disable(logging.NOTSET)
    assert [f for f in run.findings if f.rule_id == "rest-between-work-periods"] == []
    rest_after_call_in = 0
    for line in run.timelines.values():
        codes = line.categories
        follows = np.flatnonzero(
            (codes[1:] == Category.rest_after_duty.code)
            & (codes[:-1] == Category.backup_on_call.code)
        )
        rest_after_call_in += len(follows)
    assert rest_after_call_in > 0  # a bakvakt called in at night rests the next morning
