"""KPI names and scopes in words, and the rows of the summary a chart needs.

The engine names KPIs as dotted segments of lower-case English words joined by '_'
(`legevakt.wait_minutes.red.median`, `beds.transfers`, `legevakt.nordhordland.wait_mean`).
Rather than keep a label per KPI that would drift from the engine, a label is made from the
catalogue's vocabulary phrase by phrase (`wait_minutes` → "ventetid (min)"); a segment that
is an entity id becomes the entity's name, and an unknown word is shown as it is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from simulator.report.i18n import Translator
from simulator.report.results import ResultSet

ALL = "all"
URGENCIES = ("red", "orange", "yellow", "green")
_SEPARATORS = re.compile(r"[._]")
_URGENCY = re.compile(rf"(?<![^._])({'|'.join(URGENCIES)})(?![^._])[._]?")


def kpi_label(name: str, t: Translator, names: Mapping[str, str] | None = None) -> str:
    """`name` in words; `names` maps entity ids that occur in KPI names to their names."""
    parts = [
        (names or {}).get(segment) or t.phrase([w for w in segment.split("_") if w])
        for segment in name.split(".")
        if segment
    ]
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def words_of(name: str) -> list[str]:
    """The words of a KPI name, across both separators."""
    return [w for w in _SEPARATORS.split(name) if w]


def without_urgency(name: str) -> str:
    """`legevakt.wait_minutes.red.median` → `legevakt.wait_minutes.median`."""
    return _URGENCY.sub("", name).strip("._")


def scope_label(scope: str, results: ResultSet, t: Translator) -> str:
    """`all`, or the name of the municipality, legevakt, bed unit or office with that id."""
    if scope == ALL:
        return t("scope.all")
    for variant in results.variants:
        s = variant.scenario
        for section in ("municipalities", "legevakt", "kad", "sykestuer", "offices"):
            item = s.by_id(section).get(scope)
            if item is not None:
                return str(item.name)
    return scope


@dataclass(frozen=True)
class Estimate:
    mean: float
    low: float
    high: float

    def error_bar(self) -> tuple[float, float]:
        """Distances from the mean to the interval's ends (0 where it is unbounded)."""
        below, above = self.mean - self.low, self.high - self.mean
        return (below if math.isfinite(below) else 0.0, above if math.isfinite(above) else 0.0)


def estimate(summary: pd.DataFrame, kpi: str, variant: str) -> Estimate | None:
    """The whole-region mean and interval of `kpi` in `variant`, if the summary has it."""
    rows = summary[
        (summary["kpi"] == kpi) & (summary["variant"] == variant) & (summary["scope"] == ALL)
    ]
    if rows.empty:
        return None
    row = rows.iloc[0]
    return Estimate(float(row["mean"]), float(row["ci_low"]), float(row["ci_high"]))


def overall(summary: pd.DataFrame, kpi: str) -> pd.DataFrame:
    """Rows of `kpi` for the whole region, or per scope when the engine gives no total."""
    rows = summary[summary["kpi"] == kpi]
    total = rows[rows["scope"] == ALL]
    return total if not total.empty else rows


def with_word(summary: pd.DataFrame, *wanted: str) -> list[str]:
    """KPI names containing every one of `words` as a '_'-separated word, in sorted order."""
    names = sorted(set(summary["kpi"]))
    return [n for n in names if all(w in words_of(n) for w in wanted)]


def urgency_of(name: str) -> str | None:
    found = [w for w in words_of(name) if w in URGENCIES]
    return found[0] if found else None
