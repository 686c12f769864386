"""Streaming statistics: memory stays constant however many observations arrive."""

from __future__ import annotations

import numpy as np

MINUTES_PER_DAY = 24 * 60

HISTOGRAM_MINUTES = 7 * 24 * 60  # waits beyond a week land in the last bin


class Histogram:
    """Counts of values in one-minute bins, with the exact sum for the mean."""

    __slots__ = ("counts", "n", "total")

    def __init__(self) -> None:
        self.counts = [0] * (HISTOGRAM_MINUTES + 1)  # a list: faster to bump than an array
        self.n = 0
        self.total = 0.0

    def add(self, value: float) -> None:
        self.counts[min(int(value), HISTOGRAM_MINUTES)] += 1
        self.n += 1
        self.total += value

    def merge(self, other: Histogram) -> None:
        """Add `other`'s observations to this histogram."""
        self.counts = [a + b for a, b in zip(self.counts, other.counts, strict=True)]
        self.n += other.n
        self.total += other.total

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else float("nan")

    def quantile(self, q: float) -> float:
        """The upper edge of the bin holding the q-quantile (one-minute resolution)."""
        if not self.n:
            return float("nan")
        return float(np.searchsorted(np.cumsum(self.counts), q * self.n) + 1)

    def share_at_most(self, minutes: float) -> float:
        """Share of values below `minutes` (bin resolution)."""
        if not self.n:
            return float("nan")
        return sum(self.counts[: int(minutes)]) / self.n


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

    def mean(self, now: float) -> float:
        area = self.area + self.level * (now - self.since)
        return area / (now - self.start) if now > self.start else float("nan")
