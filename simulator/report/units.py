"""Numbers as people read them: shares as percentages, money in NOK with thousands
separators, times in minutes, hours or days, with precision that follows the size of the
number. Never scientific notation (the Translator writes fixed-point numbers only).

A KPI's unit is read from its name, as the engine writes it (docs/report.md): `_nok` is
money, `within`, `share`, `population_beyond`, `occupancy` and `blocking` are shares,
`minutes`, `hours` and `days` are times.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from enum import StrEnum

from simulator.report.i18n import Translator

SHARE_WORDS = ("within", "share", "population_beyond", "occupancy", "blocking")
MAX_DECIMALS = 6
SAME = 1e-9  # relative: interval ends this close to the mean come from identical replications


class Unit(StrEnum):
    share = "share"
    nok = "nok"
    minutes = "minutes"
    hours = "hours"
    days = "days"
    km = "km"
    count = "count"


def unit_of(kpi: str) -> Unit:
    """The unit of a KPI by the words of its name."""
    words = kpi.replace(".", "_").split("_")
    if "nok" in words:
        return Unit.nok
    if any(word in kpi for word in SHARE_WORDS):
        return Unit.share
    for unit in (Unit.minutes, Unit.hours, Unit.days, Unit.km):
        if unit.value in words or (unit is Unit.minutes and "wait_mean" in kpi):
            return unit
    return Unit.count


def digits(value: float) -> int:
    """Two significant digits for small numbers (at most six decimals), whole numbers from
    100 up."""
    size = abs(value)
    if size >= 100 or size == 0:
        return 0
    if size >= 1:
        return 1
    return min(MAX_DECIMALS, max(2, 1 - math.floor(math.log10(size))))


def number(value: float, unit: Unit, t: Translator, places: int | None = None) -> str:
    """`value` in `unit` without the unit's name: a share as percent, NOK whole."""
    if unit is Unit.share:
        value *= 100
    if unit is Unit.nok:
        places = 0
    text = t.number(value, digits(value) if places is None else places)
    return "0" if text in ("0", "−0") or set(text) <= {"0", ",", ".", "−"} else text


def quantity(value: float, unit: Unit, t: Translator, places: int | None = None) -> str:
    """`value` with its unit, e.g. `81 %`, `7 179 kr`, `5,6 dager`; – when undefined."""
    if math.isnan(value):
        return "–"
    return t("unit." + unit.value, value=number(value, unit, t, places)).strip()


def estimate(mean: float, low: float, high: float, unit: Unit, t: Translator) -> str:
    """`5,6 dager (5,3 til 5,9)`: the mean with its unit and the interval, with one precision
    for all three; the interval is left out where it is unbounded (one replication) or
    collapses on the mean (identical replications), so a zero reads `0`, not `0 (0 til 0)`."""
    if math.isnan(mean):
        return "–"
    places = places_for((mean, low, high), unit)
    text = quantity(mean, unit, t, places)
    if not (math.isfinite(low) and math.isfinite(high)):
        return text
    if high - low <= SAME * max(abs(mean), 1.0):
        return text
    bounds = t("interval", low=number(low, unit, t, places), high=number(high, unit, t, places))
    return f"{text} ({bounds})"


def places_for(values: Iterable[float], unit: Unit) -> int:
    """One precision for numbers shown together: that of the largest, as the unit shows it (a
    share in percent)."""
    return digits(max((abs(v) for v in values if math.isfinite(v)), default=0.0) * _scale(unit))


def _scale(unit: Unit) -> float:
    return 100.0 if unit is Unit.share else 1.0
