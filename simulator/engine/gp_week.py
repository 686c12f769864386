"""The GP's week beyond the appointment slots: the work a list brings besides consultations,
the owner's work of a self-employed GP, and the evening work when the day's work does not fit.

A GP's office day is the office's opening hours: 80 % appointment slots, the rest list work
(`schedule.py`). On each office day the GP also owes list work (minutes per listed patient a
year, spread over the GP's office days, and minutes per consultation booked that day) and,
when self-employed, the owner's work the office staff leave (`office_staff.py`), both scaled by
the GP's practice style. What does not fit in the day's list-work time is done after the office
day, in time that is otherwise off, until 21:00 (aml § 10-11 night work starts then) and not on
a day of rest after night duty (SFS 2305 § 7.4); what is still left waits for the next office
day. The rates are estimates calibrated to the 2018 time-use survey (S71; docs/validation.md,
"The GP's week").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, MINUTES_PER_HOUR
from simulator.engine.cuts import cut_points
from simulator.engine.streams import Streams
from simulator.plan.timeline import Category, Timeline
from simulator.scenario.physicians import Employment, Physician

if TYPE_CHECKING:
    from simulator.engine.run import Run

# ESTIMATES, minutes per listed patient a year: no Norwegian task-level figures were found; the
# sum is calibrated so that the national scenario's regular hours match the survey's 49.0 h.
LIST_TASKS = {
    "lab_results_and_letters": 11.0,
    "referrals": 5.0,
    "prescriptions_and_renewals": 8.0,
    "messages_and_e_consultations": 7.0,
    "certificates_and_sick_leave": 4.0,
    "coordination_meetings": 2.0,
}
MINUTES_PER_CONSULTATION = 5.0  # ESTIMATE: notes, orders and follow-up after each consultation
STYLE_SIGMA = 0.4  # ESTIMATE: log-sd of the GP's practice style (thoroughness, list morbidity)
EVENING_END = 21 * MINUTES_PER_HOUR  # aml § 10-11: night work starts at 21:00
OWNER_WORK = Category.office_admin
LIST_WORK = Category.list_work
PIECE_CODES = np.array([OWNER_WORK.code, LIST_WORK.code], np.int8)
Pieces = tuple[np.ndarray, np.ndarray, np.ndarray]  # starts, ends, category codes; by start


@dataclass(frozen=True)
class Owed:
    """One GP's work besides the slots, in minutes per office day before style."""

    list_per_day: float
    owner_per_day: float
    style: float


def practice_style(streams: Streams, gp: Physician) -> float:
    """A lognormal factor of mean 1 on the GP's list and owner's work: GPs differ."""
    rng = streams("gp-style", gp.id)
    return float(rng.lognormal(-(STYLE_SIGMA**2) / 2, STYLE_SIGMA))


def add_evening_work(run: Run, streams: Streams) -> None:
    """Put each GP's work that does not fit in the office day into the evenings of
    `run.timelines` (after the GP offices have booked, so the day's consultations are known)."""
    staff = run.office_staff
    days = run.calendar.working_days()
    for gp in run.plan.scenario.physicians:
        booked = run.offices.booked.get(gp.id)
        if booked is None:
            continue
        owner = staff[gp.office].owner_hours_per_gp if gp.office in staff else 0.0
        if gp.employment is not Employment.self_employed:
            owner = 0.0
        ends = run.schedules.office_ends(gp)[days]
        at = np.flatnonzero(ends >= 0)
        if not len(at):
            continue
        owed = _owed(run, gp, len(at), owner, practice_style(streams, gp))
        ends = ends[at]
        timeline = run.timelines[gp.id]
        pieces, left = _evenings(run, timeline, days[at], ends, booked[at], owed)
        run.offices.left_undone[gp.id] = left
        if len(pieces[0]):
            run.timelines[gp.id] = overlay(timeline, pieces)


def _owed(run: Run, gp: Physician, office_days: int, owner_hours: float, style: float) -> Owed:
    years = run.calendar.days / 365.25
    list_per_day = gp.list_size * sum(LIST_TASKS.values()) * years / office_days
    return Owed(list_per_day, owner_hours * MINUTES_PER_HOUR / 5, style)


def _evenings(
    run: Run, timeline: Timeline, day: np.ndarray, end: np.ndarray, booked: np.ndarray, owed: Owed
) -> tuple[Pieces, float]:
    """Evening pieces of the office days `day` (ending at `end`, with `booked` consultations),
    carrying what does not fit to the next office day, and the minutes left at the end."""
    off = OffTime(timeline)
    base = off.before(end)
    room = off.before(np.maximum(end, day * MINUTES_PER_DAY + EVENING_END)) - base
    room[daily_minutes(timeline, run.calendar.days, Category.rest_after_duty)[day] > 0] = 0
    need = owed.style * (owed.list_per_day + MINUTES_PER_CONSULTATION * booked)
    beyond = need - daily_minutes(timeline, run.calendar.days, LIST_WORK)[day]
    owner, work, left = _carry(beyond, owed.style * owed.owner_per_day, room)
    t1, t2 = off.at(base + owner), off.at(base + owner + work)
    owned, worked = owner > 0, work > 0
    starts = np.concatenate((end[owned], t1[worked]))
    ends = np.concatenate((t1[owned], t2[worked]))
    codes = np.repeat(PIECE_CODES, [owned.sum(), worked.sum()])
    order = np.argsort(starts, kind="stable")  # the pieces are disjoint: by start alone
    return (starts[order], ends[order], codes[order]), left


def _carry(
    list_need: np.ndarray, owner_per_day: float, room: np.ndarray
) -> tuple[np.ndarray, np.ndarray, float]:
    """Whole minutes of owner's and list work done each evening, within `room`, carrying what
    is left (spare list-work time in the day goes to the owner's work); and what is left at the
    end."""
    owner_done, list_done = [], []  # Python lists: one evening at a time
    left_list = left_owner = 0.0
    for need, free in zip(list_need.tolist(), room.tolist(), strict=True):
        left_list += need
        left_owner += owner_per_day
        if left_list < 0:  # conditionals, not min and max: one evening per GP and office day
            moved = left_owner + left_list
            left_owner, left_list = (moved if moved > 0.0 else 0.0), 0.0
        owner = int(left_owner)
        owner = owner if owner < free else free
        work = int(left_list)
        work = work if work < free - owner else free - owner
        owner_done.append(owner)
        list_done.append(work)
        left_owner -= owner
        left_list -= work
    owner_array, list_array = np.array(owner_done, np.int64), np.array(list_done, np.int64)
    return owner_array, list_array, left_list + left_owner


class OffTime:
    """The off time of a timeline as a cumulative count, to find evening room in one go."""

    def __init__(self, timeline: Timeline) -> None:
        self.starts = timeline.starts
        self.is_off = timeline.categories == Category.off.code
        lengths = np.where(self.is_off, timeline.ends - timeline.starts, 0)
        self.cum = np.concatenate([[0], np.cumsum(lengths)])  # off minutes before interval i

    def before(self, t: np.ndarray) -> np.ndarray:
        """Off minutes before each minute `t`."""
        i = np.searchsorted(self.starts, t, side="right") - 1
        return self.cum[i] + np.where(self.is_off[i], t - self.starts[i], 0)

    def at(self, amount: np.ndarray) -> np.ndarray:
        """The minute at which `amount` off minutes have passed (where the last one ends)."""
        i = np.minimum(np.searchsorted(self.cum[1:], amount, side="left"), len(self.starts) - 1)
        return self.starts[i] + (amount - self.cum[i])


def daily_minutes(timeline: Timeline, days: int, category: Category) -> np.ndarray:
    """Minutes of `category` on each day of the horizon (by the day each interval starts)."""
    chosen = timeline.categories == category.code
    day = timeline.starts[chosen] // MINUTES_PER_DAY
    lengths = (timeline.ends - timeline.starts)[chosen]
    return np.bincount(day, weights=lengths, minlength=days)  # whole minutes: sums exact


def overlay(timeline: Timeline, pieces: Pieces) -> Timeline:
    """`timeline` with `pieces` painted over its off time (nothing else), neighbours of one
    category merged."""
    starts, ends, codes = pieces
    cuts = cut_points(timeline.starts, timeline.ends, starts, ends)
    seg = cuts[:-1]
    cats = timeline.categories[np.searchsorted(timeline.starts, seg, side="right") - 1].copy()
    j = np.searchsorted(starts, seg, side="right") - 1
    inside = (j >= 0) & (seg < ends[np.maximum(j, 0)]) & (cats == Category.off.code)
    cats[inside] = codes[j[inside]]
    keep = np.r_[True, cats[1:] != cats[:-1]]
    new_starts = seg[keep]
    new_ends = np.r_[new_starts[1:], cuts[-1]]
    return Timeline(timeline.physician, timeline.origin, new_starts, new_ends, cats[keep])
