"""Legevakt coverage by the hour: which legevakt serves a municipality at which hours.

A legevakt serves each of its `municipalities` around the clock unless its `hours` give that
municipality time windows: the common pattern of an own legevakt by day and evening and an
inter-municipal one at night and at weekends. A window starts on each of its `days` at `start`
and runs to `end` (the next day when `end` is at or before `start`, so `start == end` is 24
hours). A public holiday follows the Sunday windows, as it follows the Sunday shift templates.

The check below refuses two legevakter serving one municipality at the same minute, and minutes
served by none unless the municipality says the gap is deliberate. It tries every set of
weekdays as holidays, so a holiday on any day (or on two days in a row, as at Easter) is
covered too. Pure Python: scenario loading stays free of numpy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import combinations, pairwise
from typing import TYPE_CHECKING

from pydantic import Field

from simulator.scenario.base import ALL_DAYS, ClockTime, Model, Weekday, clock_minutes
from simulator.scenario.references import Issue
from simulator.scenario.texts import Text

if TYPE_CHECKING:
    from simulator.scenario.legevakt import Legevakt
    from simulator.scenario.model import Scenario

DAY = 24 * 60
WEEK = 7 * DAY
ALL_HOURS = ((0, WEEK),)  # a legevakt that gives no windows serves around the clock


class CoverWindow(Model):
    """When a legevakt serves a municipality: from `start` on each of `days` to `end`."""

    days: list[Weekday] = Field(
        default_factory=lambda: list(ALL_DAYS),
        min_length=1,
        description="Weekdays the window starts.",
    )
    start: ClockTime
    end: ClockTime = Field(
        description="At or before `start`: the next day (equal to `start`: 24 hours)."
    )

    @property
    def minutes(self) -> int:
        return (clock_minutes(self.end) - clock_minutes(self.start) - 1) % DAY + 1


def weekday_of(day: int, holidays: frozenset[int]) -> Weekday:
    """The weekday whose windows day `day` of a Monday-first week follows: Sunday on holidays."""
    return Weekday.sun if day % 7 in holidays else list(Weekday)[day % 7]


def served_runs(
    windows: Sequence[CoverWindow] | None, holidays: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """(start, end) minutes of a Monday-first week that `windows` serve, in start order; a run
    may end past the week's end (it wraps to Monday). `None` means all hours."""
    if windows is None:
        return list(ALL_HOURS)
    runs = []
    for day in range(7):
        for start, minutes in day_runs(windows, weekday_of(day, holidays)):
            runs.append((day * DAY + start, day * DAY + start + minutes))
    return sorted(runs)


def day_runs(windows: Sequence[CoverWindow], weekday: Weekday) -> list[tuple[int, int]]:
    """(start after midnight, length) in minutes of the windows that start on a day following
    `weekday`'s windows (a holiday follows Sunday's)."""
    return [(clock_minutes(w.start), w.minutes) for w in windows if weekday in w.days]


def week_shares(legevakt: Legevakt) -> dict[str, float]:
    """The share of an ordinary week in which `legevakt` serves each of its municipalities: with
    the population, the key that shares its costs."""
    return {
        m: min(sum(e - s for s, e in served_runs(legevakt.hours_for(m))), WEEK) / WEEK
        for m in legevakt.municipalities
    }


def _cover_counts(runs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, how many runs cover it) for the pieces of one week, wrapping runs folded."""
    edges: dict[int, int] = {0: 0, WEEK: 0}
    for start, end in runs:
        for s, e in ((start, min(end, WEEK)), (0, end - WEEK)) if end > WEEK else ((start, end),):
            edges[s] = edges.get(s, 0) + 1
            edges[e] = edges.get(e, 0) - 1
    points = sorted(edges)
    pieces, depth = [], 0
    for a, b in pairwise(points):
        depth += edges[a]
        pieces.append((a, b, depth))
    return pieces


def describe_minute(minute: int) -> str:
    """'mon 15:30' for a minute of the week."""
    day = list(Weekday)[minute // DAY % 7].value
    return f"{day} {minute % DAY // 60:02d}:{minute % 60:02d}"


def _on_holidays(holidays: frozenset[int]) -> Text | str:
    days = [list(Weekday)[d].value for d in sorted(holidays)]
    if len(days) == 2:
        return Text("on_holidays", {"first": days[0], "second": days[1]})
    return Text("on_holiday", {"day": days[0]}) if days else ""


def _holiday_sets() -> Iterator[frozenset[int]]:
    """No holiday, each weekday alone, and each pair of days in a row (Easter, Christmas)."""
    yield frozenset()
    for day in range(7):
        yield frozenset({day})
        yield frozenset({day, (day + 1) % 7})


def coverage_issues(scenario: Scenario) -> Iterator[Issue]:
    """Municipalities served twice or not at all at some hour (see the module docstring)."""
    for m_index, municipality in enumerate(scenario.municipalities):
        serving = [
            (index, lv)
            for index, lv in enumerate(scenario.legevakt)
            if municipality.id in lv.municipalities
        ]
        if not serving:
            continue  # `check` reports a municipality no legevakt serves
        yield from _twice(municipality.id, serving)
        if not municipality.legevakt_gap_deliberate:
            yield from _none(m_index, municipality.id, serving)


def _twice(municipality: str, serving: list[tuple[int, Legevakt]]) -> Iterator[Issue]:
    for (i, a), (_, b) in combinations(serving, 2):
        for holidays in _holiday_sets():
            both = served_runs(a.hours_for(municipality), holidays) + served_runs(
                b.hours_for(municipality), holidays
            )
            double = [(s, e) for s, e, n in _cover_counts(both) if n > 1]
            if double:
                when = describe_minute(double[0][0])
                yield Issue(
                    ("legevakt", i, "hours", municipality)
                    if a.hours_for(municipality) is not None
                    else ("legevakt", i, "municipalities"),
                    Text(
                        "served_twice",
                        {
                            "first": a.id,
                            "second": b.id,
                            "municipality": municipality,
                            "when": when,
                            "holidays": _on_holidays(holidays),
                        },
                    ),
                )
                break


def _none(m_index: int, municipality: str, serving: list[tuple[int, Legevakt]]) -> Iterator[Issue]:
    for holidays in _holiday_sets():
        runs = [r for _, lv in serving for r in served_runs(lv.hours_for(municipality), holidays)]
        empty = [(s, e) for s, e, n in _cover_counts(runs) if n == 0]
        if empty:
            start, end = empty[0]
            if start == 0 and empty[-1][1] == WEEK and len(empty) > 1:
                start, end = empty[-1][0], end + WEEK  # one gap over Sunday midnight
            yield Issue(
                ("municipalities", m_index, "id"),
                Text(
                    "served_by_none",
                    {
                        "municipality": municipality,
                        "start": describe_minute(start),
                        "end": describe_minute(end),
                        "holidays": _on_holidays(holidays),
                    },
                ),
            )
            return
