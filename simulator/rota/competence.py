"""Competence to do legevakt without bakvakt (kompetansekravforskriften § 3a [L3]), as the
rules engine dates it."""

from __future__ import annotations

import datetime as dt

from simulator.rules import needs_bakvakt
from simulator.scenario.physicians import Physician


def competent_alone(physician: Physician, day: dt.date) -> bool:
    """May the doctor be on duty on `day` without bakvakt? Before the requirement was in force
    every doctor may."""
    return not needs_bakvakt(physician, day)
