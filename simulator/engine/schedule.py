"""Physician calendars: what each physician is planned to do, minute by minute.

A calendar is a list of `Block`s with priorities; where blocks overlap the higher priority
wins (a legevakt shift displaces office time, rest after duty displaces the next office day).
`paint` turns the blocks into the non-overlapping intervals of a `Timeline`, so every minute is
in exactly one ledger category.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from enum import IntEnum
from functools import cached_property
from typing import NamedTuple

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, MINUTES_PER_HOUR, Calendar
from simulator.engine.cuts import cut_points
from simulator.engine.layers import Layers
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


class OfficeDay(NamedTuple):
    """Where a physician does office work on a day, and the minutes of that day in the office."""

    office: str
    start: int
    end: int


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
        self.open_days = {
            o.id: frozenset(d.index for d in o.opening_hours.days) for o in scenario.offices
        }
        self.working = [calendar.is_working_day(d) for d in range(calendar.days)]
        self._hours = {  # office: opening minute, minutes open
            o.id: (clock_minutes(o.opening_hours.start), o.opening_hours.minutes_per_day)
            for o in scenario.offices
        }
        self._office_of_day: dict[str, list[tuple[str, int, int] | None]] = {}
        self._weekly_by_weekday: dict[str, list[list[tuple[int, Category]]]] = {}
        self._planned: dict[str, Layers] = {}
        self._branch_km: dict[tuple[str, int], float] = {}
        self._shifts: dict[str, list[Assignment]] | None = None
        self._worked_from_office = {
            (lv.id, t.id)
            for lv in scenario.legevakt
            for t in lv.shifts
            if t.office_days is OfficeDays.kept
        }

    def __getstate__(self) -> dict:
        """Pickled without the painted plans: a worker paints those it needs (a national
        replication's would be tens of megabytes in every task)."""
        return {**self.__dict__, "_planned": {}}

    def planned(self, physician: Physician) -> Layers:
        """The physician's planned blocks (those of `blocks` with the plan's shifts), painted
        once: they depend on the plan alone, so every replication lays its work over them, and
        its rest where no shift or planned rest is (the priorities kept)."""
        layers = self._planned.get(physician.id)
        if layers is None:
            rows = self.rows(physician, self._shifts_of(physician))
            horizon = self.calendar.horizon
            layers = painted_runs(*rows.T, horizon, kept_from=Priority.rest)
            self._planned[physician.id] = layers
        return layers

    def planned_blocks(self, physician: Physician) -> list[Block]:
        """The physician's blocks with the plan's shifts."""
        return self.blocks(physician, self._shifts_of(physician))

    def _shifts_of(self, physician: Physician) -> list[Assignment]:
        if self._shifts is None:
            self._shifts = defaultdict(list)
            for a in self.plan.rota:
                self._shifts[a.physician].append(a)
        return self._shifts[physician.id]

    @cached_property
    def rota_minutes(self) -> list[tuple[int, int]]:
        """Engine minutes (start, end) of each assignment of the plan's rota, in its order."""
        minute = self.calendar.minute
        return [(minute(a.start), minute(a.end)) for a in self.plan.rota]

    def on_vacation(self, physician: str, day: int) -> bool:
        return self.iso_weeks[day // 7] in self.vacations[physician]

    def office_day(self, physician: Physician, day: int) -> OfficeDay | None:
        """The office and hours of `physician` on `day`, or None when not in the office."""
        hours = self._office_hours(physician)[day]
        if hours is None:
            return None
        office_id, opens, minutes = hours
        start = day * MINUTES_PER_DAY + opens
        return OfficeDay(office_id, start, start + minutes)

    def office_ids(self, physician: Physician) -> list[str | None]:
        """Per day of the horizon the office of `physician`, or None when not in one."""
        return [hours and hours[0] for hours in self._office_hours(physician)]

    def office_ends(self, physician: Physician) -> np.ndarray:
        """Per day of the horizon the minute `physician`'s office day ends, -1 without one."""
        return np.array(
            [
                day * MINUTES_PER_DAY + hours[1] + hours[2] if hours else -1
                for day, hours in enumerate(self._office_hours(physician))
            ],
            np.int64,
        )

    def _office_hours(self, physician: Physician) -> list[tuple[str, int, int] | None]:
        """Per day (office, opening minute, minutes) or None, kept per physician."""
        office_of_day = self._office_of_day.get(physician.id)
        if office_of_day is None:
            office_of_day = self._office_of_day[physician.id] = self._offices_by_day(physician)
        return office_of_day

    def _offices_by_day(self, physician: Physician) -> list[tuple[str, int, int] | None]:
        """Per day the office, its opening minute and the physician's minutes there, one
        shared tuple per office (a reference per day, as a list of office ids would cost)."""
        share = min(physician.fte, 1.0)
        hours: dict[str | None, tuple[str, int, int]] = {}
        days = []
        for day in range(self.calendar.days):
            office_id = self._office_of(physician, day)
            if office_id is not None and office_id not in hours:
                opens, minutes = self._hours[office_id]
                hours[office_id] = (office_id, opens, round(minutes * share))
            days.append(hours.get(office_id))
        return days

    def _office_of(self, physician: Physician, day: int) -> str | None:
        """Where `physician` works on `day`: the home office, a branch office, or nowhere."""
        if physician.office is None or not self.working[day]:
            return None
        if self.on_vacation(physician.id, day):
            return None
        office_id = physician.office
        branch = self.plan.branch_day(physician.id, day % 7)
        if (
            branch
            and self.iso_weeks[day // 7] not in self.offices[branch.office].closed_in_summer_weeks
        ):
            office_id = branch.office
        return office_id if day % 7 in self.open_days[office_id] else None

    def branch_km(self, physician: Physician, first_day: int) -> float:
        """Km driven to and from branch offices from `first_day` to the end of the horizon
        (kept: it depends on the plan alone)."""
        key = (physician.id, first_day)
        if key not in self._branch_km:
            self._branch_km[key] = self._branch_km_from(physician, first_day)
        return self._branch_km[key]

    def _branch_km_from(self, physician: Physician, first_day: int) -> float:
        km = 0.0
        for day in range(first_day, self.calendar.days):
            branch = self.plan.branch_day(physician.id, day % 7)
            office_day = self.office_day(physician, day) if branch else None
            if branch and office_day and office_day.office == branch.office:
                km += 2 * branch.km
        return km

    def blocks(self, physician: Physician, shifts: Iterable[Assignment]) -> list[Block]:
        """Every planned block of `physician` over the horizon."""
        rows = self.rows(physician, shifts).tolist()
        return [Block(s, e, p, CATEGORIES[c]) for s, e, p, c in rows]

    def rows(self, physician: Physician, shifts: Iterable[Assignment]) -> np.ndarray:
        """`blocks` as rows (start, end, priority, category code) in the same order: a year
        of a physician's days is thousands of blocks, laid out as arrays."""
        blocks = list(self._commitments(physician))
        blocks.extend(self._vacation_blocks(physician))
        for shift in shifts:
            blocks.extend(self._shift_blocks(shift))
        rows = np.concatenate([self._day_rows(physician), _as_rows(blocks)])
        return rows[rows[:, 1] > rows[:, 0]]

    def _day_rows(self, physician: Physician) -> np.ndarray:
        """The office, branch travel and weekly-hours blocks of every day as rows: each kind
        of day (hours and weekday) is worked out once and moved to its days."""
        kinds: dict[tuple[tuple[str, int, int], int], int] = {}
        tables: list[np.ndarray] = []
        days: list[int] = []
        kind_of_day: list[int] = []
        for day, hours in enumerate(self._day_hours(physician)):
            if hours is None:
                continue
            kind = kinds.get((hours, day % 7))
            if kind is None:
                kind = kinds[hours, day % 7] = len(tables)
                tables.append(_as_rows(self._day_kind(physician, hours, day % 7)))
            days.append(day)
            kind_of_day.append(kind)
        if not days:
            return _as_rows([])
        rows = np.concatenate([tables[k] for k in kind_of_day])
        counts = [len(tables[k]) for k in kind_of_day]
        rows[:, :2] += np.repeat(np.array(days, np.int64) * MINUTES_PER_DAY, counts)[:, None]
        return rows

    def _day_hours(self, physician: Physician) -> list[tuple[str, int, int] | None]:
        """Per day (office, opening minute, minutes) or None. Physicians without an office
        still do their weekly hours in daytime on working days ("" for the office)."""
        if physician.office is not None:
            return self._office_hours(physician)
        daytime = ("", DEFAULT_OPENS, DEFAULT_MINUTES)
        return [
            daytime if self.working[day] and not self.on_vacation(physician.id, day) else None
            for day in range(self.calendar.days)
        ]

    def _day_kind(
        self, physician: Physician, hours: tuple[str, int, int], weekday: int
    ) -> list[Block]:
        """A day's blocks in minutes after its midnight: branch travel, weekly hours from the
        end of the day back, and the office time left, clinical first."""
        office, start, minutes = hours
        end = start + minutes
        kind: list[Block] = []
        branch = self.plan.branch_day(physician.id, weekday)
        if office and branch and office == branch.office:
            leg = round(branch.minutes)
            kind.append(Block(start, start + leg, Priority.travel, Category.travel))
            kind.append(Block(end - leg, end, Priority.travel, Category.travel))
            start, end = start + leg, end - leg
        for minutes, category in self._hours_on(physician.id)[weekday]:
            kind.append(Block(end - minutes, end, Priority.weekly_hours, category))
            end -= minutes
        if office and end > start:
            clinical_end = start + round((end - start) * self.clinical_share)
            kind.append(
                Block(start, clinical_end, Priority.office_clinical, Category.office_clinical)
            )
            rest = Category.list_work if physician.list_size else Category.office_admin
            kind.append(Block(clinical_end, end, Priority.office_admin, rest))
        return kind

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

    def _shift_blocks(self, shift: Assignment) -> Iterator[Block]:
        start, end = self.calendar.minute(shift.start), self.calendar.minute(shift.end)
        category = (
            Category.backup_on_call if shift.mode is ShiftMode.backup else Category.legevakt_on_call
        )
        from_office = (shift.legevakt, shift.shift) in self._worked_from_office
        yield Block(start, end, Priority.standby if from_office else Priority.shift, category)
        if rest_follows(shift.mode) and overlaps_night(start, end):
            yield Block(end, end + self.rest_minutes, Priority.rest, Category.rest_after_duty)


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


def _as_rows(blocks: list[Block]) -> np.ndarray:
    """Blocks as rows (start, end, priority, category code)."""
    rows = [(b.start, b.end, b.priority, CODES[b.category]) for b in blocks]
    return np.array(rows, np.int64).reshape(len(rows), 4)


Intervals = tuple[np.ndarray, np.ndarray, np.ndarray]
CODES = {c: c.code for c in Category}
OFF = Category.off.code
