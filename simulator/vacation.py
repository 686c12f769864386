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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from simulator.kept import KeptLast
from simulator.scenario import Scenario
from simulator.scenario.physicians import Physician

SUMMER_WEEKS = range(23, 40)  # ISO weeks wholly inside 1 June–30 September
# Summer starts tried first: 26–28, 29–31 and 32–34 fall in the main holiday period of
# 1 June–30 September (ferieloven § 7 (2)); then any start in weeks 23–39.
SUMMER_STARTS = list(dict.fromkeys([26, 29, 32, *SUMMER_WEEKS]))
OTHER_VACATION_WEEKS = (8, 14, 41, 52)  # winter, Easter, autumn and Christmas weeks
SUMMER_VACATION_WEEKS = 3  # ferieloven § 7: three weeks in the main holiday period
WEEKS = range(1, 53)
# The weeks tried for the rest: the holiday weeks first, then the others (outside the summer
# weeks) by their distance to the nearest holiday week.
OTHER_CANDIDATES = sorted(
    (w for w in WEEKS if w not in SUMMER_WEEKS),
    key=lambda w: (min(abs(w - h) for h in OTHER_VACATION_WEEKS), w),
)
OFFICE_SUMMER_SHARE = 1 / 3  # an office keeps two thirds at work in summer (an estimate)
OFFICE_OTHER_SHARE = 1 / 2  # and half in the other holiday weeks (an estimate)


_KEPT: KeptLast[dict[str, set[int]]] = KeptLast()  # the rota asks for every block it solves


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
    return _KEPT.get(scenario, pools, lambda: _planned(scenario, pools))


def _planned(scenario: Scenario, pools: Mapping[str, Iterable[str]]) -> dict[str, set[int]]:
    """Planned weeks as given, then each other doctor's weeks chosen around the groups'."""
    groups_of: dict[str, list[_Group]] = defaultdict(list)
    for group in _office_groups(scenario) + _pool_groups(scenario, pools):
        for member in group.members:
            groups_of[member].append(group)
    planned = {p.id: set(p.vacation_plan) for p in scenario.physicians if p.vacation_plan}
    chosen: dict[str, set[int]] = {}
    for p in sorted(scenario.physicians, key=lambda p: p.id not in planned):
        mine = groups_of[p.id]
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
    starts = [s for s in SUMMER_STARTS if s + summer - 1 in SUMMER_WEEKS]
    first = _best(starts, lambda s: range(s, s + summer), groups)
    chosen = set(range(first, first + summer)) if summer else set()
    for _ in range(weeks - summer):
        free = [w for w in OTHER_CANDIDATES if w not in chosen]
        chosen.add(_best(free, lambda w: (w,), groups))
    return chosen


def _best(candidates: list[int], span: Callable[[int], Iterable[int]], groups: list[_Group]) -> int:
    """The first candidate whose weeks every group has room for; else the one that puts the
    groups least over their caps, then with the fewest away."""
    if first := next((c for c in candidates if not _over(groups, span(c))), None):
        return first
    return min(candidates, key=lambda c: (_over(groups, span(c)), _away(groups, span(c))))


def _over(groups: list[_Group], weeks: Iterable[int]) -> int:
    return sum(max(0, g.away[w] + 1 - g.cap(w)) for w in weeks for g in groups)


def _away(groups: list[_Group], weeks: Iterable[int]) -> int:
    return sum(g.away[w] for w in weeks for g in groups)


def on_vacation(weeks: set[int] | frozenset[int], day: dt.date) -> bool:
    """Is `day` in one of the ISO `weeks` of vacation?"""
    return day.isocalendar().week in weeks
