"""Competence to do legevakt without bakvakt (kompetansekravforskriften § 3a [L3]), as the
rules engine dates it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable

from simulator.rules import needs_bakvakt
from simulator.rules.duty import bakvakt_situation
from simulator.scenario.physicians import Physician


def competent_alone(physician: Physician, day: dt.date) -> bool:
    """May the doctor be on duty on `day` without bakvakt? Before the requirement was in force
    every doctor may."""
    return not needs_bakvakt(physician, day)


def competent_days(physician: Physician, days: Iterable[dt.date]) -> set[dt.date]:
    """The days among `days` on which the doctor may be on duty without bakvakt, evaluated
    once per version of the competence rule rather than once per day."""
    answers: dict[Hashable, bool] = {}
    result = set()
    for day in days:
        situation = bakvakt_situation(day)
        if situation not in answers:
            answers[situation] = competent_alone(physician, day)
        if answers[situation]:
            result.add(day)
    return result
