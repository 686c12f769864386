"""Confidence intervals and the choice of the number of replications.

Intervals are Student-t intervals over independent replications (the batch-free method that
commercial DES tools report as a "trial"). Differences between scenarios are paired by
replication index, which is valid because replication i of every scenario uses the same
seed (common random numbers).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats

LEVEL = 0.95
BOOTSTRAP_RESAMPLES = 2000
BOOTSTRAP_SEED = 20130501  # any fixed number: the same values give the same interval


@dataclass(frozen=True)
class Interval:
    mean: float
    low: float
    high: float
    n: int
    sd: float
    method: str = "t"  # "t" (Student t) or "bootstrap" (percentile, see `mean_interval`)

    @property
    def half_width(self) -> float:
        return (self.high - self.low) / 2

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


def t_interval(values: Sequence[float], level: float = LEVEL) -> Interval:
    """Mean and two-sided t-interval over the defined (non-NaN) values; with one value the
    interval is unbounded, with none it is NaN."""
    data = np.asarray(values, dtype=float)
    data = data[~np.isnan(data)]
    n = int(data.size)
    if n == 0:
        return Interval(math.nan, math.nan, math.nan, 0, math.nan)
    mean = float(data.mean())
    if n == 1:
        return Interval(mean, -math.inf, math.inf, 1, math.nan)
    sd = float(data.std(ddof=1))
    half = float(stats.t.ppf(0.5 + level / 2, n - 1)) * sd / math.sqrt(n)
    return Interval(mean, mean - half, mean + half, n, sd)


def mean_interval(values: Sequence[float], level: float = LEVEL) -> Interval:
    """The interval a KPI's mean is reported with: the t-interval, except where it leaves the
    range the values show the quantity lives in: below zero when every value is ≥ 0, or above
    one when every value lies in [0, 1] (a share). There the percentile bootstrap interval of
    the mean (scipy, 2 000 resamples, fixed seed so the same values give the same interval) is
    used: it stays within the values, so never below zero or above 100 %."""
    interval = t_interval(values, level)
    data = np.asarray(values, dtype=float)
    data = data[~np.isnan(data)]
    below = interval.low < 0 and not (data < 0).any()
    above = interval.high > 1 and bool(((data >= 0) & (data <= 1)).all())
    if interval.n < 2 or not (below or above):
        return interval
    boot = stats.bootstrap(
        (data,),
        np.mean,
        confidence_level=level,
        n_resamples=BOOTSTRAP_RESAMPLES,
        method="percentile",
        random_state=np.random.default_rng(BOOTSTRAP_SEED),
    ).confidence_interval
    low, high = float(boot.low), float(boot.high)
    return Interval(interval.mean, low, high, interval.n, interval.sd, "bootstrap")


def paired_difference(a: Sequence[float], b: Sequence[float], level: float = LEVEL) -> Interval:
    """Interval of mean(b − a) over replications paired by index (pairs where either value
    is undefined drop out)."""
    if len(a) != len(b):
        raise ValueError(f"paired samples differ in length: {len(a)} and {len(b)}")
    return t_interval(np.asarray(b, dtype=float) - np.asarray(a, dtype=float), level)


def relative_precision(values: Sequence[float], level: float = LEVEL) -> float:
    """Half-width of the interval relative to the mean (∞ where the mean is 0)."""
    interval = t_interval(values, level)
    if interval.n < 2:
        return math.inf
    if interval.half_width == 0:
        return 0.0
    return interval.half_width / abs(interval.mean) if interval.mean else math.inf


def replications_needed(
    values: Sequence[float], precision: float, look_ahead: int = 5, minimum: int = 3
) -> int | None:
    """The replications algorithm of Hoad, Robinson and Davies (2010), for one KPI.

    The answer is the smallest n ≥ `minimum` whose relative precision is within `precision`
    and stays within it for the next f(n) replications, with f(n) = `look_ahead` up to 100
    replications and ⌊look_ahead·n/100⌋ beyond. None: the values do not settle yet.
    """
    for n in range(minimum, len(values) + 1):
        if relative_precision(values[:n]) > precision:
            continue
        horizon = n + _look_ahead(n, look_ahead)
        if horizon > len(values):
            return None
        if all(relative_precision(values[:m]) <= precision for m in range(n + 1, horizon + 1)):
            return n
    return None


def _look_ahead(n: int, k_limit: int) -> int:
    return k_limit if n <= 100 else k_limit * n // 100


def replications_to_run(n: int, look_ahead: int = 5) -> int:
    """How many replications the algorithm must have seen to accept a solution at n."""
    return n + _look_ahead(n, look_ahead)
