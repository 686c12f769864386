"""What a night shift is: the definition the rota and the engine's nights-a-month KPI share
(the rules' nights-a-month check reads the same catalogue parameters in `rota_checks`).

Night work is 21:00-06:00 (arbeidsmiljøloven § 10-11 [L5]); a shift is a night shift when it
covers more than the catalogue's `min_night_hours` of it (rule `local-nights-per-month`).
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from simulator.rules.catalogue import load_catalogue

NIGHT_RULE = "local-nights-per-month"  # its parameters define a night (aml § 10-11 [L5])


@lru_cache(maxsize=1 << 16)
def is_night(day: dt.date, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether a shift from `start` to `end` on `day` is a night shift; the rota asks this of
    every shift many times, so the answer is kept."""
    night_start, night_end, least = night_definition(day)
    return night_hours(start, end, night_start, night_end) > least


@cache
def night_definition(day: dt.date) -> tuple[dt.time, dt.time, float]:
    """When the night starts and ends, and the hours beyond which a shift is a night shift,
    as the rules catalogue defines them on `day`."""
    values = load_catalogue().rule(NIGHT_RULE).version_on(day).parameters
    start, end = (dt.time.fromisoformat(values[k]) for k in ("night_start", "night_end"))
    return start, end, float(values["min_night_hours"])


def night_hours(
    start: dt.datetime, end: dt.datetime, night_start: dt.time, night_end: dt.time
) -> float:
    """Hours of [start, end) inside the nights from `night_start` to `night_end`."""
    total = 0.0
    day = start.date() - dt.timedelta(days=1)
    while dt.datetime.combine(day, night_start) < end:
        night_from = dt.datetime.combine(day, night_start)
        night_to = dt.datetime.combine(day + dt.timedelta(days=1), night_end)
        overlap = min(end, night_to) - max(start, night_from)
        total += max(overlap.total_seconds(), 0) / 3600
        day += dt.timedelta(days=1)
    return total
