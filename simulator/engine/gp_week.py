"""The GP's week beyond the appointment slots: the work a list brings besides consultations,
the owner's work of a self-employed GP, and the evening work when the day's work does not fit.

A GP's office day is the office's opening hours: 80 % appointment slots, the rest list work
(`schedule.py`). On each office day the GP also owes list work (minutes per listed patient a
year, spread over the GP's office days, and minutes per consultation booked that day) and,
when self-employed, the owner's work the office staff leave (`office_staff.py`), both scaled by
the GP's practice style. What does not fit in the day's list-work time is done after the office
day, in time that is otherwise off, until 21:00 (aml § 10-11 night work starts then) and not on
a day of rest after night duty (SFS 2305 § 7.4); what is still left waits for the next office
day. The rates are estimates calibrated to the 2018
time-use survey (S71; docs/validation.md, "The GP's week").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, MINUTES_PER_HOUR
from simulator.engine.office_staff import office_staff
from simulator.engine.streams import Streams
from simulator.scenario.physicians import Employment, Physician
from simulator.timeline import Category, Timeline

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
    staff = office_staff(run.plan.scenario)
    for gp in run.plan.scenario.physicians:
        booked = run.offices.booked.get(gp.id)
        if booked is None:
            continue
        owner = staff[gp.office].owner_hours_per_gp if gp.office in staff else 0.0
        if gp.employment is not Employment.self_employed:
            owner = 0.0
        owed = _owed(run, gp, owner, practice_style(streams, gp))
        timeline = run.timelines[gp.id]
        pieces, left = _evenings(run, gp, timeline, booked, owed)
        run.offices.left_undone[gp.id] = left
        if pieces:
            run.timelines[gp.id] = overlay(timeline, pieces)


def _owed(run: Run, gp: Physician, owner_hours: float, style: float) -> Owed:
    days = [d for d in run.calendar.working_days() if run.schedules.office_day(gp, int(d))]
    years = run.calendar.days / 365.25
    per_patient = sum(LIST_TASKS.values())
    list_per_day = gp.list_size * per_patient * years / max(len(days), 1)
    return Owed(list_per_day, owner_hours * MINUTES_PER_HOUR / 5, style)


def _evenings(
    run: Run, gp: Physician, timeline: Timeline, booked: np.ndarray, owed: Owed
) -> tuple[list[tuple[int, int, Category]], float]:
    """Evening pieces, day by day, carrying what does not fit to the next office day, and the
    minutes still left at the end of the horizon."""
    pieces: list[tuple[int, int, Category]] = []
    in_hours = daily_minutes(timeline, run.calendar.days, LIST_WORK)
    resting = daily_minutes(timeline, run.calendar.days, Category.rest_after_duty) > 0
    left_list = left_owner = 0.0
    for i, day in enumerate(run.calendar.working_days().tolist()):
        office_day = run.schedules.office_day(gp, day)
        if office_day is None:
            continue
        need = owed.style * (owed.list_per_day + MINUTES_PER_CONSULTATION * booked[i])
        left_list += need - in_hours[day]
        left_owner += owed.style * owed.owner_per_day
        if left_list < 0:  # spare list-work time in the day goes to the owner's work
            left_owner, left_list = max(0.0, left_owner + left_list), 0.0
        if resting[day]:  # no evening work on a day of rest after night duty
            continue
        limit = day * MINUTES_PER_DAY + EVENING_END
        owner = list(free_time(timeline, office_day.end, limit, round(left_owner)))
        start = owner[-1][1] if owner else office_day.end
        work = list(free_time(timeline, start, limit, round(left_list)))
        left_owner -= sum(e - s for s, e in owner)
        left_list -= sum(e - s for s, e in work)
        pieces += [(s, e, OWNER_WORK) for s, e in owner] + [(s, e, LIST_WORK) for s, e in work]
    return pieces, max(0.0, left_list + left_owner)  # whole minutes were placed


def daily_minutes(timeline: Timeline, days: int, category: Category) -> np.ndarray:
    """Minutes of `category` on each day of the horizon (by the day each interval starts)."""
    chosen = timeline.categories == category.code
    minutes = np.zeros(days)
    np.add.at(
        minutes,
        timeline.starts[chosen] // MINUTES_PER_DAY,
        (timeline.ends - timeline.starts)[chosen],
    )
    return minutes


def free_time(
    timeline: Timeline, start: int, limit: int, minutes: int
) -> Iterator[tuple[int, int]]:
    """Up to `minutes` of off time from `start` to `limit`, earliest first."""
    off = Category.off.code
    i = int(np.searchsorted(timeline.ends, start, side="right"))
    while minutes > 0 and i < len(timeline.starts) and timeline.starts[i] < limit:
        if timeline.categories[i] == off:
            s = max(int(timeline.starts[i]), start)
            e = min(int(timeline.ends[i]), limit, s + minutes)
            if e > s:
                yield s, e
                minutes -= e - s
        i += 1


def overlay(timeline: Timeline, pieces: list[tuple[int, int, Category]]) -> Timeline:
    """`timeline` with `pieces` (inside its off time) painted in, neighbours of one category
    merged."""
    starts = np.array([p[0] for p in pieces], np.int64)
    ends = np.array([p[1] for p in pieces], np.int64)
    codes = np.array([p[2].code for p in pieces], np.int8)
    cuts = np.unique(np.concatenate([timeline.starts, timeline.ends, starts, ends]))
    seg = cuts[:-1]
    cats = timeline.categories[np.searchsorted(timeline.starts, seg, side="right") - 1].copy()
    j = np.searchsorted(starts, seg, side="right") - 1
    inside = (j >= 0) & (seg < ends[np.maximum(j, 0)])
    cats[inside] = codes[j[inside]]
    keep = np.r_[True, cats[1:] != cats[:-1]]
    new_starts = seg[keep]
    new_ends = np.r_[new_starts[1:], cuts[-1]]
    return Timeline(timeline.physician, timeline.origin, new_starts, new_ends, cats[keep])
