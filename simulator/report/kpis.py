"""KPI names and scopes in words, and the rows of the summary a chart needs.

The engine names KPIs with lower-case English words joined by '_' (`legevakt_wait_p90_red`).
Rather than keep a label per KPI that would drift from the engine, a label is made word by
word from the catalogue's vocabulary; an unknown word is shown as it is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from simulator.report.i18n import Translator
from simulator.report.results import ResultSet

ALL = "all"
URGENCIES = ("red", "orange", "yellow", "green")


def kpi_label(name: str, t: Translator) -> str:
    words = [t.word(w) for w in name.split("_") if w]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


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


def interval(mean: float, low: float, high: float, t: Translator, digits: int = 1) -> str:
    """`12,3 (11,0 til 13,6)`, in words because a dash between negative numbers reads badly;
    without a finite interval (one replication) only the mean."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return t.number(mean, digits)
    bounds = t("interval", low=t.number(low, digits), high=t.number(high, digits))
    return f"{t.number(mean, digits)} ({bounds})"


def digits_for(values: Sequence[float]) -> int:
    """Decimals that show differences without noise: fewer for large numbers."""
    finite = [abs(v) for v in values if math.isfinite(v)]
    largest = max(finite, default=0.0)
    if largest >= 100:
        return 0
    return 1 if largest >= 1 else 3


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


def with_word(summary: pd.DataFrame, *words: str) -> list[str]:
    """KPI names containing every one of `words` as a '_'-separated word, in sorted order."""
    names = sorted(set(summary["kpi"]))
    return [n for n in names if all(w in n.split("_") for w in words)]


def urgency_of(name: str) -> str | None:
    found = [w for w in name.split("_") if w in URGENCIES]
    return found[0] if found else None
