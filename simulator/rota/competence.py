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


def by_rule_version(days: Iterable[dt.date]) -> list[list[dt.date]]:
    """`days` grouped by the version of the competence rule in force: a doctor is competent
    alone on every day of a group or on none, so a rota's doctors share one grouping."""
    groups: dict[Hashable, list[dt.date]] = {}
    for day in days:
        groups.setdefault(bakvakt_situation(day), []).append(day)
    return list(groups.values())


def lacking_days(physician: Physician, groups: list[list[dt.date]]) -> list[dt.date]:
    """The days of `groups` (`by_rule_version`) on which the doctor may not be on duty without
    bakvakt, evaluated once per group."""
    return [day for group in groups if not competent_alone(physician, group[0]) for day in group]
