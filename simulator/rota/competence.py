"""Competence to do legevakt without bakvakt (kompetansekravforskriften § 3a [L3]), as the
rules catalogue dates it."""

from __future__ import annotations

import datetime as dt

from simulator.rules import duty, load_catalogue
from simulator.scenario.physicians import Physician

BAKVAKT_RULE = "bakvakt-competence"


def competent_alone(physician: Physician, day: dt.date) -> bool:
    """May the doctor be on duty on `day` without bakvakt? Before the requirement was in force
    (no rule version on `day`) every doctor may."""
    version = load_catalogue().rule(BAKVAKT_RULE).version(day)
    if version is None:
        return True
    return duty.competent_alone(physician.competence, version.parameters["alone_if_any_of"])
