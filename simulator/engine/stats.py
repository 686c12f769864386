"""Streaming statistics: memory stays constant however many observations arrive."""

from __future__ import annotations

import numpy as np

MINUTES_PER_DAY = 24 * 60

HISTOGRAM_MINUTES = 7 * 24 * 60  # waits beyond a week land in the last bin


class Histogram:
    """Counts of values in one-minute bins, with the exact sum for the mean.

    Adding a value only appends it to a small buffer; every `BUFFER` values are binned at once
    with NumPy. The bins grow to the largest value seen (at most a week), so memory stays
    bounded however many values arrive.
    """

    __slots__ = ("_counts", "_n", "_pending", "_total")

    BUFFER = 4096

    def __init__(self) -> None:
        self._counts = np.zeros(0, np.int64)
        self._n = 0
        self._total = 0.0
        self._pending: list[float] = []

    def add(self, value: float) -> None:
        pending = self._pending
        pending.append(value)
        if len(pending) >= self.BUFFER:
            self.flush()

    def extend(self, values: list[float]) -> None:
        """Add `values` in their order: the same counts and sum as adding them one by one."""
        pending = self._pending
        pending.extend(values)
        if len(pending) >= self.BUFFER:
            self.flush()

    def flush(self) -> None:
        """Bin the values held back (the same counts and sum whenever it is done)."""
        pending = self._pending
        if not pending:
            return
        self._total = sum(pending, self._total)  # one by one, in order, as if added singly
        bins = np.minimum(np.array(pending).astype(np.int64), HISTOGRAM_MINUTES)
        self._add_counts(np.bincount(bins))
        self._n += len(pending)
        pending.clear()

    def _add_counts(self, counts: np.ndarray) -> None:
        if len(counts) > len(self._counts):
            self._counts = np.pad(self._counts, (0, len(counts) - len(self._counts)))
        self._counts[: len(counts)] += counts

    @property
    def counts(self) -> np.ndarray:
        """Values per one-minute bin (the last bin holds everything from a week on)."""
        self.flush()
        return self._counts

    @property
    def n(self) -> int:
        self.flush()
        return self._n

    @property
    def total(self) -> float:
        self.flush()
        return self._total

    def merge(self, other: Histogram) -> None:
        """Add `other`'s observations to this histogram."""
        self.flush()
        self._add_counts(other.counts)
        self._n += other.n
        self._total += other.total

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else float("nan")

    def quantile(self, q: float) -> float:
        """The upper edge of the bin holding the q-quantile (one-minute resolution)."""
        if not self.n:
            return float("nan")
        return float(np.searchsorted(np.cumsum(self._counts), q * self._n) + 1)

    def count_below(self, minutes: float) -> int:
        """How many values lie below `minutes` (bin resolution)."""
        return int(self.counts[: int(minutes)].sum())

    def share_at_most(self, minutes: float) -> float:
        """Share of values below `minutes` (bin resolution)."""
        if not self.n:
            return float("nan")
        return self.count_below(minutes) / self._n


class DailyAverage:
    """The mean level of a piecewise-constant quantity (occupied beds) on each day from
    `start`, for plots of occupancy over time."""

    __slots__ = ("area", "level", "since", "start")

    def __init__(self, start: float, days: int) -> None:
        self.start = start
        self.since = start
        self.level = 0
        self.area = np.zeros(days)

    def change(self, now: float, delta: int) -> None:
        self._accumulate(now)
        self.level += delta

    def means(self, end: float) -> np.ndarray:
        self._accumulate(end)
        return self.area / MINUTES_PER_DAY

    def _accumulate(self, now: float) -> None:
        t = max(self.since, self.start)
        while t < now:
            day = int((t - self.start) // MINUTES_PER_DAY)
            if day >= len(self.area):
                break
            step = min(now, self.start + (day + 1) * MINUTES_PER_DAY)
            self.area[day] += self.level * (step - t)
            t = step
        self.since = max(self.since, now)


class TimeAverage:
    """The time integral of a piecewise-constant level (a queue length), for Little's law."""

    __slots__ = ("area", "level", "since", "start")

    def __init__(self, start: float) -> None:
        self.start = start
        self.since = start
        self.level = 0
        self.area = 0.0

    def change(self, now: float, delta: int) -> None:
        if now > self.start:  # `since` never falls below `start`
            self.area += self.level * (now - self.since)
            self.since = now
        self.level += delta

    def changes(self, times: np.ndarray, deltas: np.ndarray) -> None:
        """`change(time, delta)` for each pair in order (`times` not decreasing), with NumPy:
        the same products, added one by one in the same order."""
        if not len(times):
            return
        levels = self.level + np.cumsum(deltas) - deltas  # the level before each change
        since = np.maximum(np.concatenate(([self.since], times[:-1])), self.start)
        later = times > self.start
        products = levels[later] * (times[later] - since[later])
        self.area = summed(self.area, products)
        if later.any():
            self.since = float(times[-1])
        self.level += int(deltas.sum())

    def mean(self, now: float) -> float:
        area = self.area + self.level * (now - self.since)
        return area / (now - self.start) if now > self.start else float("nan")


def summed(total: float, values: np.ndarray) -> float:
    """`total` plus `values` added one by one in order, as `+=` in a loop would (NumPy's
    `sum` adds pairwise, and so may differ in the last bits)."""
    return float(np.add.accumulate(np.concatenate(([total], values)))[-1])
