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


def lacking_days(physician: Physician, groups: list[list[dt.date]]) -> list[dt.date]:
    """The days of `groups` (days by the catalogue versions in force,
    `simulator.rules.duty.by_versions`) on which the doctor may not be on duty without
    bakvakt, asked once per group."""
    return [day for group in groups if not competent_alone(physician, group[0]) for day in group]
