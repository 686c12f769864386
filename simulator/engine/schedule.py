"""Physician calendars: what each physician is planned to do, minute by minute.

A calendar is a list of `Block`s with priorities; where blocks overlap the higher priority
wins (a legevakt shift displaces office time, rest after duty displaces the next office day).
`paint` turns the blocks into the non-overlapping intervals of a `Timeline`, so every minute is
in exactly one ledger category.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from enum import IntEnum
from functools import cached_property
from typing import NamedTuple

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, MINUTES_PER_HOUR, Calendar
from simulator.engine.cuts import cut_points
from simulator.engine.layers import Layers
from simulator.engine.office_days import DayHours, DayOffices, OfficeCalendar
from simulator.kept import KeptLast
from simulator.plan.assignment import Assignment
from simulator.plan.plan import WEEK_MINUTES_FULL_TIME, Plan, WeeklyHours
from simulator.plan.rest_after_duty import rest_follows
from simulator.plan.timeline import CATEGORIES, Category, overlaps_night
from simulator.rules.duty import pools
from simulator.scenario.base import clock_minutes
from simulator.scenario.legevakt import OfficeDays, ShiftMode
from simulator.scenario.offices import OpeningHours
from simulator.scenario.physicians import Physician
from simulator.vacation import scenario_vacations

DEFAULT_OPENS = clock_minutes(OpeningHours().start)  # daytime of physicians without an office
DEFAULT_MINUTES = OpeningHours().minutes_per_day
DAYTIME = DayHours("", DEFAULT_OPENS, DEFAULT_MINUTES)
_KEPT: KeptLast[Schedules] = KeptLast()  # for the last plan asked by `Schedules.for_plan`


class Priority(IntEnum):
    """Which block wins where blocks overlap: what actually happened beats what was planned."""

    standby = 10  # on call from the office (`office_days: kept`): office work wins
    office_clinical = 20
    office_admin = 30
    travel = 40
    weekly_hours = 50
    commitment = 60
    vacation = 70
    rest = 80
    shift = 90
    work = 100  # simulated legevakt and bed work, call-out travel


class Block(NamedTuple):  # a tuple: a year of a physician's blocks is made quickly
    start: int
    end: int
    priority: int
    category: Category


class Schedules:
    """Planned calendars of every physician of a plan."""

    @classmethod
    def for_plan(cls, plan: Plan, calendar: Calendar, clinical_share: float) -> Schedules:
        """The calendars of `plan`, kept for the last plan asked: they depend on the plan and
        horizon alone (not on the seed), so the replications of a plan share them and the
        office days they have worked out."""
        key = (calendar, clinical_share)
        return _KEPT.get(plan, key, lambda: cls(plan, calendar, clinical_share))

    def __init__(self, plan: Plan, calendar: Calendar, clinical_share: float) -> None:
        self.plan = plan
        self.calendar = calendar
        self.clinical_share = clinical_share
        scenario = plan.scenario
        self.rest_minutes = round(scenario.policy.rest_hours_after_duty * MINUTES_PER_HOUR)
        self.offices = scenario.by_id("offices")
        self.physicians = scenario.by_id("physicians")
        self.vacations = scenario_vacations(scenario, pools(scenario))
        self.weekly_hours = _weekly_hours(plan)
        self.iso_weeks = [
            calendar.date(7 * w).isocalendar().week for w in range(calendar.days // 7)
        ]
        self.office_calendar = OfficeCalendar(plan, calendar, self.iso_weeks, self.vacations)
        self._office_days: dict[str, DayOffices] = {}
        self._weekly_by_weekday: dict[str, list[list[tuple[int, Category]]]] = {}
        self._kinds: dict[tuple, np.ndarray] = {}  # the rows of each kind of day
        self._planned: dict[str, Layers] = {}
        self._branch_km: dict[tuple[str, int], float] = {}
        self._rota_rows: tuple[np.ndarray, np.ndarray] | None = None  # not pickled
        self._rota_of: dict[str, np.ndarray] = {}  # rota indices of each physician's shifts
        self._worked_from_office = {
            (lv.id, t.id)
            for lv in scenario.legevakt
            for t in lv.shifts
            if t.office_days is OfficeDays.kept
        }

    def __getstate__(self) -> dict:
        """Pickled without the painted plans and the rota's rows: a worker makes those it
        needs (a national replication's would be tens of megabytes in every task)."""
        return {**self.__dict__, "_planned": {}, "_rota_rows": None, "_rota_of": {}}

    def planned(self, physician: Physician) -> Layers:
        """The physician's planned blocks (those of `blocks` with the plan's shifts), painted
        once: they depend on the plan alone, so every replication lays its work over them, and
        its rest where no shift or planned rest is (the priorities kept)."""
        layers = self._planned.get(physician.id)
        if layers is None:
            rows = self._planned_rows(physician)
            horizon = self.calendar.horizon
            layers = painted_runs(*rows.T, horizon, kept_from=Priority.rest)
            self._planned[physician.id] = layers
        return layers

    def planned_blocks(self, physician: Physician) -> list[Block]:
        """The physician's blocks with the plan's shifts."""
        return _blocks(self._planned_rows(physician))

    def _planned_rows(self, physician: Physician) -> np.ndarray:
        """`rows` with the plan's shifts, read from the rows of the whole rota."""
        if self._rota_rows is None:
            self._rota_rows = self._shift_rows(self.plan.rota, self.rota_minutes)
            self._rota_of = _indices_by_physician(self.plan.rota)
        table, follows = self._rota_rows
        mine = self._rota_of.get(physician.id, NO_SHIFTS)
        pick = (2 * mine[:, None] + np.arange(2)).ravel()  # each shift's block, then its rest
        return self._rows(physician, table[pick[follows[pick]]])

    @cached_property
    def rota_minutes(self) -> np.ndarray:
        """Engine minutes (start, end) of each assignment of the plan's rota, in its order, as
        rows (kept for every replication of the plan: a national rota's as tuples of Python
        ints would be 19 MB)."""
        return _minutes(self.calendar, self.plan.rota)

    def on_vacation(self, physician: str, day: int) -> bool:
        return self.iso_weeks[day // 7] in self.vacations[physician]

    def vacation_weeks(self, physician: str) -> np.ndarray:
        """Per week of the horizon: is `physician` on vacation?"""
        return self.office_calendar.away(physician)

    def office_ids(self, physician: Physician) -> list[str | None]:
        """Per day of the horizon the office of `physician`, or None when not in one."""
        return self._at_office(physician).ids()

    def office_ends(self, physician: Physician) -> np.ndarray:
        """Per day of the horizon the minute `physician`'s office day ends, -1 without one."""
        return self._at_office(physician).ends()

    def _at_office(self, physician: Physician) -> DayOffices:
        """The physician's office days, kept per physician."""
        days = self._office_days.get(physician.id)
        if days is None:
            days = self._office_days[physician.id] = self.office_calendar.at_office(physician)
        return days

    def branch_km(self, physician: Physician, first_day: int) -> float:
        """Km driven to and from branch offices from `first_day` to the end of the horizon
        (kept: it depends on the plan alone)."""
        key = (physician.id, first_day)
        if key not in self._branch_km:
            self._branch_km[key] = self._branch_km_from(physician, first_day)
        return self._branch_km[key]

    def _branch_km_from(self, physician: Physician, first_day: int) -> float:
        """The km of each day at a branch office on its branch weekday, added day by day."""
        branches = [self.plan.branch_day(physician.id, weekday) for weekday in range(7)]
        if not any(branches):
            return 0.0
        days = self._at_office(physician)
        ids = days.ids()
        km = 0.0
        present = days.present()
        for day in present[present >= first_day].tolist():
            branch = branches[day % 7]
            if branch and ids[day] == branch.office:
                km += 2 * branch.km
        return km

    def blocks(self, physician: Physician, shifts: Iterable[Assignment]) -> list[Block]:
        """Every planned block of `physician` over the horizon."""
        return _blocks(self.rows(physician, shifts))

    def rows(self, physician: Physician, shifts: Iterable[Assignment]) -> np.ndarray:
        """`blocks` as rows (start, end, priority, category code) in the same order: a year
        of a physician's days is thousands of blocks, laid out as arrays."""
        shifts = list(shifts)
        table, follows = self._shift_rows(shifts, _minutes(self.calendar, shifts))
        return self._rows(physician, table[follows])

    def _rows(self, physician: Physician, shift_rows: np.ndarray) -> np.ndarray:
        """The day, commitment, vacation and shift rows, in that order, empty ones left out."""
        blocks = list(self._commitments(physician))
        blocks.extend(self._vacation_blocks(physician))
        rows = np.concatenate([self._day_rows(physician), _as_rows(blocks), shift_rows])
        return rows[rows[:, 1] > rows[:, 0]]

    def _shift_rows(
        self, shifts: Sequence[Assignment], minutes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Two rows per shift, its block and the rest after it, and which of these are kept
        (rest follows a duty other than a bakvakt that reaches into the night)."""
        start, end = minutes.T
        from_office = np.array([(a.legevakt, a.shift) in self._worked_from_office for a in shifts])
        backup = np.array([a.mode is ShiftMode.backup for a in shifts], bool)
        rests = np.array([rest_follows(a.mode) for a in shifts], bool) & overlaps_night(start, end)
        priority = np.where(from_office, Priority.standby, Priority.shift)
        code = np.where(backup, CODES[Category.backup_on_call], CODES[Category.legevakt_on_call])
        rows = np.empty((len(shifts), 2, 4), np.int64)
        rows[:, 0] = np.column_stack((start, end, priority, code))
        rows[:, 1, 0], rows[:, 1, 1] = end, end + self.rest_minutes
        rows[:, 1, 2], rows[:, 1, 3] = Priority.rest, CODES[Category.rest_after_duty]
        follows = np.column_stack((np.ones(len(shifts), bool), rests)).ravel()
        return rows.reshape(-1, 4), follows

    def _day_rows(self, physician: Physician) -> np.ndarray:
        """The office, branch travel and weekly-hours blocks of every day as rows: each kind
        of day (hours and weekday) is worked out once and its rows moved to its days."""
        days = self._day_hours(physician)
        on = days.present()
        if not len(on):
            return _as_rows([])
        kinds, kind_of_day = np.unique(days.index[on] * 7 + on % 7, return_inverse=True)
        tables = [self._day_kind(physician, days.hours[k // 7], k % 7) for k in kinds.tolist()]
        sizes = np.array([len(t) for t in tables], np.int64)
        counts = sizes[kind_of_day]  # rows of each day, in day order
        first = (np.cumsum(sizes) - sizes)[kind_of_day]  # each day's first row in the tables
        row = np.arange(counts.sum()) + np.repeat(first - (np.cumsum(counts) - counts), counts)
        rows = np.concatenate(tables)[row]
        rows[:, :2] += np.repeat(on * MINUTES_PER_DAY, counts)[:, None]
        return rows

    def _day_hours(self, physician: Physician) -> DayOffices:
        """The days with office hours. Physicians without an office still do their weekly
        hours in daytime on working days ("" for the office)."""
        if physician.office is not None:
            return self._at_office(physician)
        return self.office_calendar.in_daytime(physician, DAYTIME)

    def _day_kind(self, physician: Physician, hours: DayHours, weekday: int) -> np.ndarray:
        """A day's rows in minutes after its midnight, kept per kind: many physicians' days
        are alike (the same hours, branch travel and weekly hours)."""
        branch = self.plan.branch_day(physician.id, weekday)
        at_branch = hours.office and branch and hours.office == branch.office
        leg = round(branch.minutes) if at_branch else None
        weekly = tuple(self._hours_on(physician.id)[weekday])
        key = (hours, leg, weekly, bool(physician.list_size))
        rows = self._kinds.get(key)
        if rows is None:
            rows = self._kinds[key] = _as_rows(_day_blocks(*key, self.clinical_share))
        return rows

    def _hours_on(self, physician: str) -> list[list[tuple[int, Category]]]:
        """Per weekday, the minutes and category of each of the physician's weekly hours, in
        the order they are placed (worked out once per physician, not once per day)."""
        by_weekday = self._weekly_by_weekday.get(physician)
        if by_weekday is None:
            hours = self.weekly_hours.get(physician, ())
            by_weekday = [
                [(h.minutes_on(d), h.category) for h in hours if d in h.weekdays] for d in range(7)
            ]
            self._weekly_by_weekday[physician] = by_weekday
        return by_weekday

    def _commitments(self, physician: Physician) -> Iterator[Block]:
        for c in self.plan.contribution.commitments:
            if c.physician != physician.id:
                continue
            for week in range(self.calendar.days // 7):
                day = 7 * week + c.weekday
                if c.on_week(week) and not self.on_vacation(physician.id, day):
                    base = day * MINUTES_PER_DAY
                    yield Block(base + c.start, base + c.end, Priority.commitment, c.category)

    def _vacation_blocks(self, physician: Physician) -> Iterator[Block]:
        for week, iso in enumerate(self.iso_weeks):
            if iso in self.vacations[physician.id]:
                start = week * 7 * MINUTES_PER_DAY
                yield Block(start, start + 7 * MINUTES_PER_DAY, Priority.vacation, Category.off)


def _day_blocks(
    hours: DayHours,
    leg: int | None,
    weekly: tuple[tuple[int, Category], ...],
    list_work: bool,
    clinical_share: float,
) -> list[Block]:
    """A day's blocks: branch travel (`leg` minutes each way), weekly hours from the end of the
    day back, and the office time left, clinical first."""
    office, start, minutes = hours
    end = start + minutes
    kind: list[Block] = []
    if leg is not None:
        kind.append(Block(start, start + leg, Priority.travel, Category.travel))
        kind.append(Block(end - leg, end, Priority.travel, Category.travel))
        start, end = start + leg, end - leg
    for minutes, category in weekly:
        kind.append(Block(end - minutes, end, Priority.weekly_hours, category))
        end -= minutes
    if office and end > start:
        clinical_end = start + round((end - start) * clinical_share)
        kind.append(Block(start, clinical_end, Priority.office_clinical, Category.office_clinical))
        rest = Category.list_work if list_work else Category.office_admin
        kind.append(Block(clinical_end, end, Priority.office_admin, rest))
    return kind


def _weekly_hours(plan: Plan) -> dict[str, list[WeeklyHours]]:
    """The scenario's own weekly hours (public duties, kommuneoverlege shares, other work) and
    those the collaborations add."""
    items = list(plan.contribution.weekly_hours)
    for p in plan.scenario.physicians:
        for duty in p.public_duties:
            days = tuple(d.index for d in duty.days) or (0, 1, 2, 3, 4)
            items.append(WeeklyHours(p.id, Category.public_duties, duty.hours_per_week * 60, days))
        for share in p.kommuneoverlege:
            items.append(
                WeeklyHours(p.id, Category.kommuneoverlege, share.fte * WEEK_MINUTES_FULL_TIME)
            )
        if p.other_hours_per_week:
            items.append(WeeklyHours(p.id, Category.office_admin, p.other_hours_per_week * 60))
    by_physician: dict[str, list[WeeklyHours]] = {}
    for item in items:
        by_physician.setdefault(item.physician, []).append(item)
    return by_physician


def paint(blocks: Iterable[Block], horizon: int) -> Intervals:
    """Non-overlapping intervals covering [0, horizon) as arrays (starts, ends, category
    codes): at each minute the block of highest priority (the later-listed block on ties),
    `off` where there is none."""
    return paint_layers(blocks, horizon, kept_from=Priority.work + 1).intervals()


def paint_layers(blocks: Iterable[Block], horizon: int, kept_from: int) -> Layers:
    """The painting of `paint` as runs that keep the winning priority where it is at least
    `kept_from` (0 elsewhere: the levels a later layer asks about, and fewer runs)."""
    return painted_runs(*_as_rows(list(blocks)).T, horizon, kept_from)


def painted_runs(
    starts: np.ndarray,
    ends: np.ndarray,
    priorities: np.ndarray,
    codes: np.ndarray,
    horizon: int,
    kept_from: int,
) -> Layers:
    """`paint_layers` of blocks given as columns in their listed order. Each block gets its rank
    in painting order (by priority, stable: the later-listed wins a tie), after the horizon
    painted `off`; the minutes between two consecutive block edges are covered by the same
    blocks, so each such segment takes the highest rank covering it. The runs of painting
    every minute, in a few array operations instead of a slice assignment per block."""
    order = np.argsort(priorities, kind="stable")
    starts = np.concatenate(([0], np.minimum(np.maximum(starts[order], 0), horizon)))
    ends = np.concatenate(([horizon], np.minimum(np.maximum(ends[order], 0), horizon)))
    priorities = np.concatenate(([0], priorities[order]))
    codes = np.concatenate(([OFF], codes[order])).astype(np.int8)
    live = ends > starts
    starts, ends, priorities, codes = starts[live], ends[live], priorities[live], codes[live]
    points = cut_points(starts, ends)
    first = np.searchsorted(points, starts)
    covered = np.searchsorted(points, ends) - first  # the segments of each block
    rank = np.repeat(np.arange(len(starts)), covered)
    segment = np.arange(len(rank)) + np.repeat(first - (np.cumsum(covered) - covered), covered)
    winner = np.zeros(len(points) - 1, np.intp)
    np.maximum.at(winner, segment, rank)
    won = priorities[winner]
    kept = np.where(won >= kept_from, won, 0).astype(np.int8)
    return Layers.of_segments(points[:-1], codes[winner], kept, horizon)


def _blocks(rows: np.ndarray) -> list[Block]:
    return [Block(s, e, p, CATEGORIES[c]) for s, e, p, c in rows.tolist()]


def _as_rows(blocks: list[Block]) -> np.ndarray:
    """Blocks as rows (start, end, priority, category code)."""
    rows = [(b.start, b.end, b.priority, CODES[b.category]) for b in blocks]
    return np.array(rows, np.int64).reshape(len(rows), 4)


Intervals = tuple[np.ndarray, np.ndarray, np.ndarray]
CODES = {c: c.code for c in Category}
OFF = Category.off.code


def _minutes(calendar: Calendar, shifts: Sequence[Assignment]) -> np.ndarray:
    """Engine minutes (start, end) of each shift, as rows."""
    minute = calendar.minute
    starts_ends = [m for a in shifts for m in (minute(a.start), minute(a.end))]
    return np.array(starts_ends, np.int64).reshape(-1, 2)


NO_SHIFTS = np.zeros(0, np.intp)


def _indices_by_physician(rota: list[Assignment]) -> dict[str, np.ndarray]:
    """The rota indices of each physician's shifts, as arrays (a national rota's 157 000 as
    Python ints in lists would be 6 MB, kept for every replication of the plan)."""
    lists: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(rota):
        lists[a.physician].append(i)
    return {physician: np.array(ix, np.intp) for physician, ix in lists.items()}
