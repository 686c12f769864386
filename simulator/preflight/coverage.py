"""The simulated period and the rules date must lie where the rules catalogue has a version of
every rule in force: the engine and the checks look up each rule on those days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from simulator.rules.catalogue import load_catalogue
from simulator.scenario import Scenario
from simulator.scenario.references import Issue
from simulator.scenario.texts import Text

# ASSUMPTION: a plan ends before 2100; the catalogue holds today's law, and later dates in a
# scenario are typing mistakes (they also overflow Python's calendar near the year 9999).
LATEST_END = dt.date(2099, 12, 31)


def earliest_covered() -> dt.date:
    """The first day on which every rule of the catalogue has a version in force."""
    return max(rule.valid_from for rule in load_catalogue().rules)


def latest_covered() -> dt.date:
    """The last day a plan may reach: `LATEST_END`, or earlier where a rule ends."""
    return min([LATEST_END, *(r.valid_to for r in load_catalogue().rules if r.valid_to)])


def uncovered_dates(scenario: Scenario) -> Iterator[Issue]:
    meta = scenario.scenario
    earliest, latest = earliest_covered(), latest_covered()
    for key, day in (("start_date", meta.start_date), ("rules_date", meta.rules_date)):
        if day is not None and day < earliest:
            yield Issue(
                ("scenario", key),
                Text("before_coverage", {"day": str(day), "earliest": str(earliest)}),
            )
    days = 7 * (meta.warmup_weeks + meta.weeks)
    if meta.start_date > latest - dt.timedelta(days=days):
        yield Issue(
            ("scenario", "start_date"),
            Text("after_coverage", {"latest": str(latest)}),
        )
