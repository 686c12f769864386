"""Legevakt nurses (catalogue §1.7, hjelpepersonell): the hours they work, what they cost, and
the work the nurses on a shift take off its doctors.

Call-centre nurses are there while the legevakt is open: in the hours its rota has a doctor's
place (on site or home call, staffed or not), not around the clock. A shift template's `nurses`
work the shift's hours, once per shift however many doctors it has. Both are priced at the
legevakt's nurse rate (else `costs.nurse_hour_nok`) and shared by population among its
municipalities, as its doctors are.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, MINUTES_PER_HOUR
from simulator.engine.sharing import share_cost
from simulator.plan.assignment import Assignment
from simulator.plan.plan import CostSharing
from simulator.scenario.legevakt import Legevakt, ShiftMode
from simulator.scenario.legevakt_hours import week_shares

if TYPE_CHECKING:
    from simulator.engine.calendar import Calendar
    from simulator.engine.run import Run

Window = tuple[int, int]  # engine minutes, start and end
Timed = tuple[Assignment, int, int]  # an assignment with its start and end in engine minutes
POPULATION = CostSharing.population  # as the legevakt's doctors are shared


class ShiftNurses:
    """When nurses are on a legevakt's shifts, and the share of a doctor's consultation they
    take then (`nurse_takes` of the shift; where two such shifts overlap, the larger)."""

    def __init__(self, lv: Legevakt, shifts: Iterable[Assignment], calendar: Calendar) -> None:
        takes = {t.id: t.nurse_takes for t in lv.shifts if t.nurses}
        minute = calendar.minute
        self.points, self.shares = _steps(
            (minute(a.start), minute(a.end), takes[a.shift]) for a in shifts if a.shift in takes
        )

    def __bool__(self) -> bool:
        return bool(self.points)

    def taken(self, times: np.ndarray) -> np.ndarray:
        """The share nurses take of consultations that reach the doctors at minutes `times`."""
        i = np.searchsorted(self.points, times, side="right") - 1
        return np.array([*self.shares, 0.0])[i]  # before the first point (-1): the last, 0.0


def _steps(windows: Iterable[tuple[int, int, float]]) -> tuple[list[int], list[float]]:
    """The step function of the largest share of the windows covering each minute: from
    `points[i]` on, `shares[i]`."""
    changes: dict[int, Counter[float]] = defaultdict(Counter)
    for start, end, share in set(windows):
        changes[start][share] += 1
        changes[end][share] -= 1
    active: Counter[float] = Counter()
    points, shares = [], []
    for point in sorted(changes):
        active.update(changes[point])
        points.append(point)
        shares.append(max((s for s, n in active.items() if n > 0), default=0.0))
    return points, shares


def nurse_kpis(
    run: Run, kpis: dict[str, float], by_muni: dict, costs: dict[str, float], hours: NurseHours
) -> None:
    """Nurse hours a week per legevakt (call centre and shifts) and in all, and their cost
    (`cost.nurses_nok`) overall and per municipality, added to the municipalities' `costs`:
    `hours` as `nurse_hours` worked them out."""
    found, shared = hours
    kpis.update(found)
    kpis["cost.nurses_nok"] = sum(shared.values())
    for muni, cost in shared.items():
        costs[muni] += cost
        by_muni[muni]["cost.nurses_nok"] = cost


NurseHours = tuple[dict[str, float], dict[str, float]]  # KPIs, cost per municipality


def nurse_hours(run: Run) -> NurseHours:
    """The nurse KPIs but their cost in all, and their cost per municipality: from the rota
    alone (no draw, no timeline)."""
    calendar, scenario = run.calendar, run.plan.scenario
    span = (calendar.warmup, calendar.horizon)
    weeks = (calendar.horizon - calendar.warmup) / (7 * MINUTES_PER_DAY)
    by_legevakt: dict[str, list[Timed]] = defaultdict(list)
    for a, (start, end) in zip(run.rota, run.schedules.rota_minutes.tolist(), strict=True):
        by_legevakt[a.legevakt].append((a, start, end))
    kpis: dict[str, float] = {}
    shared: dict[str, float] = defaultdict(float)
    hours = 0.0
    for lv in scenario.legevakt:
        shifts = by_legevakt[lv.id]
        centre = lv.call_centre.nurses * open_minutes(shifts, span) / MINUTES_PER_HOUR
        on_shifts = shift_nurse_minutes(lv, shifts, span) / MINUTES_PER_HOUR
        kpis[f"legevakt.{lv.id}.call_centre_nurse_hours_per_week"] = centre / weeks
        kpis[f"legevakt.{lv.id}.shift_nurse_hours_per_week"] = on_shifts / weeks
        rate = lv.nurse_cost_per_hour_nok or scenario.costs.nurse_hour_nok
        amount = (centre + on_shifts) * rate
        share_cost(scenario, shared, amount, lv.municipalities, POPULATION, week_shares(lv))
        hours += centre + on_shifts
    kpis["legevakt.nurse_hours_per_week"] = hours / weeks
    return kpis, shared


def open_minutes(shifts: Iterable[Timed], span: Window) -> int:
    """Minutes in `span` in which the rota has a doctor's place on site or on home call."""
    windows = sorted(_clipped(s, e, span) for a, s, e in shifts if a.mode is not ShiftMode.backup)
    total, reach = 0, span[0]
    for start, end in windows:
        total += max(0, end - max(start, reach))
        reach = max(reach, end)
    return total


def shift_nurse_minutes(lv: Legevakt, shifts: Iterable[Timed], span: Window) -> int:
    """Nurse minutes in `span` on the shifts of templates with nurses: each shift once."""
    nurses = {t.id: t.nurses for t in lv.shifts}
    worked = {(a.shift, _clipped(s, e, span)) for a, s, e in shifts if nurses.get(a.shift)}
    return sum(nurses[shift] * max(0, end - start) for shift, (start, end) in worked)


def _clipped(start: int, end: int, span: Window) -> Window:
    lo, hi = span
    return min(max(start, lo), hi), min(max(end, lo), hi)
