"""The minutes of the horizon in which a legevakt serves a municipality (its `hours`), so that
each contact goes to the legevakt open for it at that hour and none to a closed one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, Calendar
from simulator.scenario import Scenario
from simulator.scenario.base import Weekday
from simulator.scenario.legevakt import Legevakt
from simulator.scenario.legevakt_hours import day_runs

T = TypeVar("T", bound=tuple)


def served_minutes(legevakt: Legevakt, municipality: str, calendar: Calendar) -> np.ndarray | None:
    """Per minute of the horizon: does `legevakt` serve `municipality`? None: at all minutes.
    A holiday follows the Sunday windows; the day before the horizon spills into its start."""
    windows = legevakt.hours_for(municipality)
    if windows is None:
        return None
    served = np.zeros(calendar.horizon, dtype=bool)
    for day in range(-1, calendar.days):
        weekday = Weekday.sun if calendar.is_holiday(day) else list(Weekday)[day % 7]
        for start, minutes in day_runs(windows, weekday):
            first = day * MINUTES_PER_DAY + start
            served[max(first, 0) : max(first + minutes, 0)] = True
    return served


def served_hours(legevakt: Legevakt, municipality: str, calendar: Calendar) -> np.ndarray:
    """Per hour of the horizon, the share of its minutes in which `legevakt` serves
    `municipality` (1 everywhere when it serves it around the clock)."""
    served = served_minutes(legevakt, municipality, calendar)
    if served is None:
        return np.ones(calendar.days * 24)
    return served.reshape(-1, 60).mean(axis=1)


def open_minutes(legevakt: Legevakt, calendar: Calendar) -> np.ndarray | None:
    """Per minute of the horizon: does `legevakt` serve any of its municipalities? None: it
    serves one of them at all minutes, so it never closes."""
    served = [served_minutes(legevakt, m, calendar) for m in legevakt.municipalities]
    if any(s is None for s in served):
        return None
    return np.logical_or.reduce(served)


def by_hours(
    scenario: Scenario, legevakt: str, municipality: str, calendar: Calendar, entries: list[T]
) -> Iterator[tuple[str, list[T]]]:
    """`entries` (time first) of work that `legevakt` takes for `municipality`, each given to
    the legevakt serving the municipality at its time (a KAD's night work goes to the night
    legevakt); `legevakt` keeps what no legevakt serves."""
    serving = [lv for lv in scenario.legevakt if municipality in lv.municipalities]
    masks = [(lv.id, served_minutes(lv, municipality, calendar)) for lv in serving]
    if all(mask is None for _, mask in masks):
        yield legevakt, entries
        return
    out: dict[str, list[T]] = {}
    for entry in entries:
        minute = int(entry[0])
        owner = next((i for i, m in masks if m is None or m[min(minute, len(m) - 1)]), legevakt)
        out.setdefault(owner, []).append(entry)
    yield from out.items()
