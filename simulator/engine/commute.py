"""Doctors' trips between their base and a legevakt station at the start and end of a duty.

A doctor on site, or staying in the station's duty flat (`physicians[].duty_flat`), drives from
home (`home`, else the home office) to the station before the duty and back after it; duties
that follow each other without a break are one trip each way. A doctor in a duty flat waits
there on home call and bakvakt, not at home. The trips count as time and km
(`travel.commute_*`); they are working time only where `policy.commute_is_work` says so
(aml § 10-1 counts time at the employer's disposal; travel between home and a fixed place of
work is commonly not), and then they are painted into the timelines, so that the working-time
and rest rules see them. Locums and neighbours' doctors come from elsewhere and are not counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from simulator.engine.calendar import MINUTES_PER_DAY, MINUTES_PER_HOUR
from simulator.engine.worklog import TRAVEL
from simulator.kept import KeptLast
from simulator.plan.assignment import Assignment, Cover
from simulator.scenario.legevakt import Legevakt, ShiftMode

if TYPE_CHECKING:
    from simulator.engine.run import Run
    from simulator.scenario import Scenario


@dataclass
class Commutes:
    """Commuting minutes and km after warm-up, per physician and per legevakt."""

    minutes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    km: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    km_by_legevakt: dict[str, float] = field(default_factory=lambda: defaultdict(float))


def duty_bases(run: Run, lv: Legevakt, homes: dict[str, str]) -> dict[str, str]:
    """Where each doctor waits on this legevakt's home call and bakvakt: the station for those
    in its duty flat, else `homes`."""
    flat = {p: lv.station for p in _in_duty_flats(run.plan.scenario).get(lv.id, ())}
    return {**homes, **flat}


def _in_duty_flats(scenario: Scenario) -> dict[str, tuple[str, ...]]:
    """The physicians in each legevakt's duty flat, in the scenario's order (asked for every
    district: a national scenario has thousands of physicians)."""
    return _FLATS.get(scenario, None, lambda: _flats(scenario))


def _flats(scenario: Scenario) -> dict[str, tuple[str, ...]]:
    flats: dict[str, list[str]] = defaultdict(list)
    for p in scenario.physicians:
        for legevakt in p.duty_flat:
            flats[legevakt].append(p.id)
    return {legevakt: tuple(ids) for legevakt, ids in flats.items()}


_FLATS: KeptLast[dict[str, tuple[str, ...]]] = KeptLast()  # for the last scenario asked


def commute(run: Run, lv: Legevakt, shifts: Iterable[Assignment], homes: dict[str, str]) -> None:
    """Record the trips to and from `lv`'s station of the doctors of its pool."""
    in_flat = set(_in_duty_flats(run.plan.scenario).get(lv.id, ()))
    is_work = run.plan.scenario.policy.commute_is_work
    minute = run.calendar.minute
    for physician, blocks in _duties(shifts, in_flat).items():
        home = homes.get(physician)
        if home is None:
            continue
        trip, km = run.travel.minutes(home, lv.station), run.travel.km(home, lv.station)
        if trip <= 0:
            continue
        for start, end in blocks:
            for leave in (minute(start) - trip, minute(end)):
                if run.calendar.warmup <= leave < run.calendar.horizon:
                    run.commutes.minutes[physician] += trip
                    run.commutes.km[physician] += km
                    run.commutes.km_by_legevakt[lv.id] += km
                if is_work:
                    run.worklog.record(physician, leave, leave + trip, TRAVEL)


def _duties(shifts: Iterable[Assignment], in_flat: set[str]) -> dict[str, list[list]]:
    """Per pool doctor, the spans of their duties at the station, back-to-back ones joined."""
    spans: dict[str, list[list]] = defaultdict(list)
    for a in sorted(shifts, key=lambda a: (a.physician, a.start)):
        at_station = a.mode is ShiftMode.on_site or a.physician in in_flat
        if a.cover is not Cover.pool or not at_station:
            continue
        mine = spans[a.physician]
        if mine and a.start <= mine[-1][1]:
            mine[-1][1] = max(mine[-1][1], a.end)
        else:
            mine.append([a.start, a.end])
    return spans


def commute_kpis(run: Run, kpis: dict[str, float]) -> None:
    """Commuting hours and km in all, per legevakt, and per physician a week."""
    weeks = (run.calendar.horizon - run.calendar.warmup) / (7 * MINUTES_PER_DAY)
    c = run.commutes
    kpis["travel.commute_hours"] = sum(c.minutes.values()) / MINUTES_PER_HOUR
    kpis["travel.commute_km"] = sum(c.km.values())
    for lv, km in c.km_by_legevakt.items():
        kpis[f"legevakt.{lv}.commute_km"] = km
    per_week = [c.minutes[p.id] / MINUTES_PER_HOUR / weeks for p in run.plan.scenario.physicians]
    kpis["physician.commute_hours_per_week.max"] = max(per_week, default=0.0)
    kpis["physician.commute_hours_per_week.mean"] = sum(per_week) / max(len(per_week), 1)
