"""Physicians' vacation: which ISO weeks each physician is away.

One source of truth for the engine (vacation blocks and closed office days) and the rota (no
legevakt shift in a vacation week). `Physician.vacation_weeks` a year (default 5: ferieloven's
four weeks and a day plus one week by agreement); three of them in the main holiday period
(ferieloven § 7), the start staggered among the colleagues of an office so that at most a third
of them are away in any summer week (half in the other holiday weeks). The choice of weeks is an
estimate.
"""

from __future__ import annotations

import datetime as dt

from simulator.scenario import Scenario
from simulator.scenario.physicians import Physician

# Staggered starts of the three summer weeks: 26–28, 29–31 and 32–34 fall in the main holiday
# period of 1 June–30 September (ferieloven § 7 (2)) and leave two thirds of an office at work
# in every week (an estimate; a four-way stagger of one-week steps left three quarters away).
SUMMER_STARTS = (26, 29, 32)
OTHER_VACATION_WEEKS = (8, 14, 41, 52)  # winter, Easter, autumn and Christmas weeks
SUMMER_VACATION_WEEKS = 3  # ferieloven § 7: three weeks in the main holiday period


def vacation_weeks(physician: Physician, rank: int) -> set[int]:
    """ISO weeks of vacation: three summer weeks with a start staggered by `rank` (the
    physician's position among colleagues), the rest spread over the other holiday weeks."""
    weeks = round(physician.vacation_weeks)
    summer = min(weeks, SUMMER_VACATION_WEEKS)
    first = SUMMER_STARTS[rank % len(SUMMER_STARTS)]
    chosen = set(range(first, first + summer))
    others = [OTHER_VACATION_WEEKS[(rank + i) % len(OTHER_VACATION_WEEKS)] for i in range(4)]
    chosen.update(others[: max(0, weeks - summer)])
    return chosen


def scenario_vacations(scenario: Scenario) -> dict[str, set[int]]:
    """Vacation weeks per physician, staggered among the colleagues of each office."""
    ranks = vacation_ranks(scenario)
    return {p.id: vacation_weeks(p, ranks[p.id]) for p in scenario.physicians}


def vacation_ranks(scenario: Scenario) -> dict[str, int]:
    """Each physician's position among the colleagues of the same office, in scenario order
    (physicians without an office count as colleagues): it staggers their vacations."""
    seen: dict[str | None, int] = {}
    ranks = {}
    for p in scenario.physicians:
        ranks[p.id] = seen.get(p.office, 0)
        seen[p.office] = ranks[p.id] + 1
    return ranks


def on_vacation(weeks: set[int] | frozenset[int], day: dt.date) -> bool:
    """Is `day` in one of the ISO `weeks` of vacation?"""
    return day.isocalendar().week in weeks
