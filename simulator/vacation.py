"""Physicians' vacation: which ISO weeks each physician is away.

One source of truth for the engine (vacation blocks and closed office days) and the rota (no
legevakt shift in a vacation week). A physician's `vacation_plan` is taken as given. The others
get `vacation_weeks` a year (default 5: ferieloven's four weeks and a day plus one week by
agreement), three of them together in the main holiday period (ferieloven § 7), the rest in the
winter, Easter, autumn and Christmas weeks, chosen in scenario order so that no group loses more
than its share in any week: a legevakt pool at most `staffing.vacation_max_away_share` of its
doctors (at least one), an office at most a third in summer and half in the other weeks. When
the holiday weeks are full the nearest weeks with room are taken; when none has room, the
fullest group keeps its share and the week with the fewest away is taken. The choice of weeks is
an estimate; what the pool cannot staff is covered by the legevakt's gap policy.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from simulator.scenario import Scenario
from simulator.scenario.physicians import Physician

# Summer starts tried first: 26–28, 29–31 and 32–34 fall in the main holiday period of
# 1 June–30 September (ferieloven § 7 (2)); then any start in weeks 23–39.
PREFERRED_SUMMER_STARTS = (26, 29, 32)
SUMMER_WEEKS = range(23, 40)  # ISO weeks wholly inside 1 June–30 September
OTHER_VACATION_WEEKS = (8, 14, 41, 52)  # winter, Easter, autumn and Christmas weeks
SUMMER_VACATION_WEEKS = 3  # ferieloven § 7: three weeks in the main holiday period
WEEKS = range(1, 53)
OFFICE_SUMMER_SHARE = 1 / 3  # an office keeps two thirds at work in summer (an estimate)
OFFICE_OTHER_SHARE = 1 / 2  # and half in the other holiday weeks (an estimate)


@dataclass
class _Group:
    """Colleagues who cover for each other, and how many of them may be away in a week."""

    members: frozenset[str]
    summer_cap: int
    other_cap: int
    away: Counter[int] = field(default_factory=Counter)

    def cap(self, week: int) -> int:
        return self.summer_cap if week in SUMMER_WEEKS else self.other_cap


def scenario_vacations(
    scenario: Scenario, pools: Mapping[str, Iterable[str]]
) -> dict[str, set[int]]:
    """Vacation weeks per physician. `pools` maps each legevakt id to its pool's doctor ids
    (`simulator.rules.duty.pool`, which this layer cannot import)."""
    groups = _office_groups(scenario) + _pool_groups(scenario, pools)
    planned = {p.id: set(p.vacation_plan) for p in scenario.physicians if p.vacation_plan}
    chosen: dict[str, set[int]] = {}
    for p in sorted(scenario.physicians, key=lambda p: p.id not in planned):
        mine = [g for g in groups if p.id in g.members]
        chosen[p.id] = planned.get(p.id) or _choose(p, mine)
        for g in mine:
            g.away.update(chosen[p.id])
    return {p.id: chosen[p.id] for p in scenario.physicians}


def _office_groups(scenario: Scenario) -> list[_Group]:
    colleagues: dict[str | None, set[str]] = {}
    for p in scenario.physicians:
        colleagues.setdefault(p.office, set()).add(p.id)
    return [
        _Group(
            frozenset(ids),
            _share(len(ids), OFFICE_SUMMER_SHARE),
            _share(len(ids), OFFICE_OTHER_SHARE),
        )
        for ids in colleagues.values()
    ]


def _pool_groups(scenario: Scenario, pools: Mapping[str, Iterable[str]]) -> list[_Group]:
    groups = []
    for lv in scenario.legevakt:
        ids = frozenset(pools.get(lv.id, ()))
        cap = max(1, math.floor(len(ids) * lv.staffing.vacation_max_away_share + 1e-9))
        groups.append(_Group(ids, cap, cap))
    return groups


def _share(members: int, share: float) -> int:
    return max(1, math.ceil(members * share - 1e-9))


def _choose(physician: Physician, groups: list[_Group]) -> set[int]:
    """Three summer weeks together and the rest one by one, where the groups have room."""
    weeks = round(physician.vacation_weeks)
    summer = min(weeks, SUMMER_VACATION_WEEKS)
    starts = [*PREFERRED_SUMMER_STARTS, *SUMMER_WEEKS]
    starts = [s for s in dict.fromkeys(starts) if s + summer - 1 in SUMMER_WEEKS]
    first = min(starts, key=lambda s: _overflow(groups, range(s, s + summer)))
    chosen = set(range(first, first + summer)) if summer else set()
    for _ in range(weeks - summer):
        free = [w for w in _other_candidates() if w not in chosen and w not in SUMMER_WEEKS]
        chosen.add(min(free, key=lambda w: _overflow(groups, (w,))))
    return chosen


def _other_candidates() -> list[int]:
    """The holiday weeks first, then every other week by its distance to the nearest."""
    return sorted(WEEKS, key=lambda w: (min(abs(w - h) for h in OTHER_VACATION_WEEKS), w))


def _overflow(groups: list[_Group], weeks: Iterable[int]) -> tuple[int, int]:
    """How far taking `weeks` off would put the groups over their caps, then how many are
    already away then: `min` over candidates in order takes the first with room."""
    weeks = list(weeks)
    over = sum(max(0, g.away[w] + 1 - g.cap(w)) for g in groups for w in weeks)
    return over, sum(g.away[w] for g in groups for w in weeks) if over else 0


def on_vacation(weeks: set[int] | frozenset[int], day: dt.date) -> bool:
    """Is `day` in one of the ISO `weeks` of vacation?"""
    return day.isocalendar().week in weeks
