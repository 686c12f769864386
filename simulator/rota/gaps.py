"""The places a legevakt's own pool leaves empty, covered by its gap policy.

The pool's rota keeps every rule and may leave places short (`Staffing.unfilled`). What a
municipality then does is the legevakt's `staffing.gaps` (`simulator.scenario.gaps`): hire
locums, let a neighbouring legevakt take the shift, or leave it empty. Locums keep the same
rest, frequency and nights-a-month rules as the pool, so several may be needed; they are
competent to work alone (kompetansekravforskriften § 3a [L3]), which is why municipalities
hire them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from simulator.plan.assignment import Assignment, Cover, neighbour_id
from simulator.plan.rest_after_duty import rest_follows
from simulator.rota.greedy import streak_full
from simulator.rota.problem import Rules
from simulator.rota.shifts import Shift, reach_days
from simulator.rota.solver import WEEKEND_REACH_DAYS
from simulator.scenario.gaps import GapFill, GapPolicy
from simulator.scenario.legevakt import Legevakt, ShiftMode


def locum_id(legevakt: str, number: int) -> str:
    return f"locum-{legevakt}-{number}"


def short_places(shifts: list[Shift], doctors: list[list[int]]) -> list[tuple[Shift, int]]:
    """(shift, places left empty) for each shift the pool leaves short, in start order."""
    return [
        (shift, shift.doctors - len(team))
        for shift, team in zip(shifts, doctors, strict=True)
        if len(team) < shift.doctors
    ]


def cover_gaps(short: list[tuple[Shift, int]], policy: GapPolicy, rules: Rules) -> list[Assignment]:
    """An assignment for every empty place of `short`, as the policy covers it."""
    match policy.gaps:
        case GapFill.locum:
            return _Locums(rules, reach_days([s for s, _ in short], rules.rest_hours)).cover(short)
        case GapFill.neighbour:
            assert policy.neighbour is not None  # the schema requires it
            who, cover = neighbour_id(policy.neighbour), Cover.neighbour
        case GapFill.unstaffed:
            who, cover = "", Cover.unstaffed
    return [_assignment(shift, who, cover) for shift, places in short for _ in range(places)]


def _assignment(shift: Shift, physician: str, cover: Cover) -> Assignment:
    return Assignment(
        shift.legevakt, shift.template, physician, shift.start, shift.end, shift.mode, cover
    )


@dataclass
class _Locum:
    shifts: list[Shift] = field(default_factory=list)
    nights: dict[tuple[int, int], int] = field(default_factory=dict)  # (year, month): nights


class _Locums:
    """Locums taken on one by one: each place goes to the first locum the rules allow, a new
    one when none may, so the count is what the rules force and the result is deterministic."""

    def __init__(self, rules: Rules, reach: int) -> None:
        self.rules = rules
        self.reach = reach  # days a worked shift and its rest reach (`reach_days`)
        self.rest = dt.timedelta(hours=rules.rest_hours)
        self.locums: list[_Locum] = []

    def cover(self, short: list[tuple[Shift, int]]) -> list[Assignment]:
        out = []
        for shift, places in short:
            taken: set[int] = set()
            for _ in range(places):
                n = next(
                    (
                        i
                        for i, locum in enumerate(self.locums)
                        if i not in taken and self._may(locum, shift)
                    ),
                    len(self.locums),
                )
                if n == len(self.locums):
                    self.locums.append(_Locum())
                self._take(self.locums[n], shift)
                taken.add(n)
                out.append(_assignment(shift, locum_id(shift.legevakt, n + 1), Cover.locum))
        return out

    def _may(self, locum: _Locum, shift: Shift) -> bool:
        """Rest after duty (SFS 2305 § 7.4 [S17]), the local frequency, nights-in-a-row,
        weekends-in-a-row, days-in-a-row and nights-a-month limits, as for the pool
        (`simulator.rota.model`)."""
        apart = self.rules.frequency_days or 0
        for worked in reversed(locum.shifts):
            days = (shift.day - worked.day).days
            if days > max(apart, self.reach, WEEKEND_REACH_DAYS):
                break  # earlier shifts are further away still
            rest = self.rest if rest_follows(worked.mode) else dt.timedelta()
            if worked.end + rest > shift.start or days < apart:
                return False
            if days == 1 and self._on_site_night(worked) and self._on_site_night(shift):
                return False
            if self._weekends_in_a_row(worked, shift, days):
                return False
        if streak_full([w.day for w in locum.shifts], shift.day, self.rules.max_days_in_a_row):
            return False
        limit = self.rules.max_nights_per_month
        month = (shift.day.year, shift.day.month)
        return not (shift.night and limit is not None and locum.nights.get(month, 0) >= limit)

    def _on_site_night(self, shift: Shift) -> bool:
        """An on-site night shift, where the policy forbids them on two days in a row."""
        on_site = shift.mode is ShiftMode.on_site
        return shift.night and on_site and not self.rules.consecutive_on_site_nights

    def _weekends_in_a_row(self, worked: Shift, shift: Shift, days: int) -> bool:
        """Shifts on consecutive weekends (6 to 8 days apart), where the policy forbids them."""
        both = worked.weekend and shift.weekend
        return both and 6 <= days <= 8 and not self.rules.consecutive_weekends

    def _take(self, locum: _Locum, shift: Shift) -> None:
        locum.shifts.append(shift)
        if shift.night:
            month = (shift.day.year, shift.day.month)
            locum.nights[month] = locum.nights.get(month, 0) + 1


def gap_note(legevakt: Legevakt, covers: list[Assignment], shifts: int) -> str:
    """What the gap policy did, for the log: loud when places stay empty."""
    places = len(covers)
    match legevakt.staffing.gaps:
        case GapFill.locum:
            locums = len({a.physician for a in covers})
            how = f"{locums} locum(s) take them"
        case GapFill.neighbour:
            how = f"{legevakt.staffing.neighbour} takes them"
        case GapFill.unstaffed:
            how = "they stay EMPTY (staffing.gaps: unstaffed): patients wait for the next doctor"
    return (
        f"{legevakt.id}: the pool cannot staff {places} places on {shifts} shifts within the "
        f"rules; {how}"
    )
