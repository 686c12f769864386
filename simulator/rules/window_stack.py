"""The largest rolling-window sums of many timelines in one NumPy pass (`windows.py` explains
why checking the windows with an edge on an interval edge is exact).

Checked one at a time, a physician's few hundred intervals cost about thirty NumPy calls per
window rule; the national scenario has thousands of physicians. Stacked, a few hundred of them
take the same calls once. The sums are those of the timeline-by-timeline arithmetic bit for
bit: each timeline's cumulative sums are added in the same order, and every window is read with
the same operations.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

# minutes between stacked timelines: more than any timeline or window spans, and whole weeks, so
# a minute's time of day and weekday are kept
SPACING = 7 * 24 * 60 << 20


@dataclass(frozen=True)
class Reading:
    """Where the integral is read: cumulative sum `cell` plus `inside` minutes of `interval`
    (at an interval's edge, the cumulative sum alone)."""

    cell: np.ndarray
    interval: np.ndarray | None = None
    inside: np.ndarray | None = None

    def of(self, rates: np.ndarray, cum: np.ndarray) -> np.ndarray:
        if self.interval is None:
            return cum[self.cell]
        return cum[self.cell] + rates[self.interval] * self.inside


@dataclass(frozen=True)
class Stack:
    """Several non-empty timelines' intervals in one pair of arrays, timeline k moved on by
    k * SPACING minutes, so one binary search finds an interval of any of them."""

    starts: np.ndarray
    ends: np.ndarray
    first: np.ndarray  # each timeline's first interval; one more entry: the number of intervals

    @classmethod
    def of(cls, starts: list[np.ndarray], ends: list[np.ndarray]) -> Stack:
        counts = [len(s) for s in starts]
        shift = np.repeat(np.arange(len(starts), dtype=np.int64) * SPACING, counts)
        first = np.concatenate(([0], np.cumsum(counts))).astype(np.intp)
        return cls(np.concatenate(starts) + shift, np.concatenate(ends) + shift, first)

    @cached_property
    def timeline(self) -> np.ndarray:
        """Which timeline each interval belongs to."""
        return np.repeat(np.arange(len(self.first) - 1), np.diff(self.first))

    @cached_property
    def width(self) -> int:
        """Cumulative sums per timeline: one more than the most intervals of one."""
        return int(np.diff(self.first).max()) + 1

    @cached_property
    def cell(self) -> np.ndarray:
        """Each interval's start in the flattened cumulative sums (a row per timeline)."""
        position = np.arange(len(self.starts)) - self.first[self.timeline]
        return self.timeline * self.width + position

    @cached_property
    def minutes(self) -> np.ndarray:
        """Each interval's length."""
        return self.ends - self.starts

    @cached_property
    def after(self) -> np.ndarray:
        """The cell after each interval's start, where the cumulative sums add it."""
        return self.cell + 1

    def cumulative(self, rates: np.ndarray) -> np.ndarray:
        """Each timeline's integral of the rate up to each interval's start, as a row padded
        with its total, flattened (a row is summed in its own order, as one timeline alone)."""
        grid = np.zeros((len(self.first) - 1) * self.width)
        grid[self.after] = rates * self.minutes
        rows = grid.reshape(len(self.first) - 1, self.width)
        np.cumsum(rows, axis=1, out=rows)
        return grid

    def local(self, minutes: np.ndarray, timeline: np.ndarray) -> np.ndarray:
        """Stacked minutes back in their timeline's own minutes."""
        return minutes - timeline * SPACING

    @cached_property
    def edges(self) -> tuple[Edges, Edges]:
        """The starts, and the ends that are not the next start (an end's cell in the
        cumulative sums is the next interval's start)."""
        shared = np.zeros(len(self.starts), bool)
        shared[:-1] = self.ends[:-1] == self.starts[1:]
        shared[self.first[1:] - 1] = False
        ends = ~shared
        return (
            Edges(self.starts, self.timeline, self.cell),
            Edges(self.ends[ends], self.timeline[ends], self.cell[ends] + 1),
        )

    def reading(self, x: np.ndarray) -> Reading:
        """The integral up to each x, moved on as its timeline is and not before its start (so
        the interval found starts at or before x)."""
        j = np.searchsorted(self.starts, x, side="right") - 1
        inside = np.minimum(x - self.starts[j], self.minutes[j])
        return Reading(self.cell[j], j, inside)


@dataclass(frozen=True)
class Edges:
    """Interval edges of one kind (starts, or ends that no interval starts at), in stack order,
    with their timelines and their cells in the cumulative sums."""

    minutes: np.ndarray
    timeline: np.ndarray
    cell: np.ndarray

    def starting(self, stack: Stack, hi: np.ndarray, lengths: np.ndarray) -> Part:
        """The windows that start on these edges, up to each timeline's last start `hi`."""
        keep = self.minutes <= hi[self.timeline]
        at, of = self.minutes[keep], self.timeline[keep]
        return Part(Reading(self.cell[keep]), stack.reading(at + lengths[of]), at, of)

    def ending(self, stack: Stack, lo: np.ndarray, lengths: np.ndarray) -> Part:
        """The windows that end on these edges, from each timeline's first start `lo`."""
        back = self.minutes - lengths[self.timeline]
        keep = back >= lo[self.timeline]
        return Part(
            stack.reading(back[keep]), Reading(self.cell[keep]), back[keep], self.timeline[keep]
        )


@dataclass(frozen=True)
class Part:
    """Candidate windows of one kind, [t, t + length) from `left` to `right`, their timelines
    in order (`owner` sorted)."""

    left: Reading
    right: Reading
    t: np.ndarray  # stacked minutes
    owner: np.ndarray

    def best(self, rates: np.ndarray, cum: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Each of `n` timelines' largest sum among these windows (-inf without one) and the
        first window's t that reaches it."""
        sums = self.right.of(rates, cum) - self.left.of(rates, cum)
        first = first_best(sums, self.owner, n)
        found = first < len(sums)
        best = np.full(n, -np.inf)
        best[found] = sums[first[found]]
        t = np.zeros(n, np.int64)
        t[found] = self.t[first[found]]
        return best, t


@dataclass(frozen=True)
class Candidates:
    """Each timeline's candidate windows [t, t + length): those starting on an interval's
    start or end, those ending on one, and the range's ends, in that order. An end where the
    next interval starts is left out: the start gives the same window earlier in the list."""

    parts: tuple[Part, ...]
    n: int  # timelines

    @classmethod
    def of(cls, stack: Stack, lengths: np.ndarray) -> Candidates:
        lo = stack.starts[stack.first[:-1]]
        hi = np.maximum(lo, stack.ends[stack.first[1:] - 1] - lengths)
        edges = stack.edges
        timelines = np.arange(len(lo))
        parts = (
            *(e.starting(stack, hi, lengths) for e in edges),
            *(e.ending(stack, lo, lengths) for e in edges),
            Part(stack.reading(lo), stack.reading(lo + lengths), lo, timelines),
            Part(stack.reading(hi), stack.reading(hi + lengths), hi, timelines),
        )
        return cls(parts, len(lo))

    def best(self, rates: np.ndarray, cum: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each timeline's largest sum and the first candidate's t (stacked) that reaches it:
        the best of the first part that has it (`np.argmax` takes the first of ties)."""
        found = [part.best(rates, cum, self.n) for part in self.parts]
        sums = np.stack([best for best, _ in found])
        which = np.argmax(sums, axis=0)
        timelines = np.arange(self.n)
        return sums[which, timelines], np.stack([t for _, t in found])[which, timelines]


def first_best(values: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """The index of each of `n` owners' first largest value, as `np.argmax` of each owner's
    values would find it (len(values) for an owner without values); `owner` is sorted, so
    each owner's values are a run, reduced at once (`np.maximum.at` was slower)."""
    first = np.full(n, len(values))
    if len(values) == 0:
        return first
    run = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    best = np.maximum.reduceat(values, run)
    ties = np.flatnonzero(values == np.repeat(best, np.diff(np.append(run, len(values)))))
    tied = owner[ties]
    lead = np.concatenate(([True], tied[1:] != tied[:-1]))
    first[tied[lead]] = ties[lead]
    return first


def max_window_sums(
    stack: Stack, rates: list[np.ndarray], lengths: np.ndarray
) -> list[tuple[np.ndarray, np.ndarray]]:
    """For each of `rates` (one per interval of the stack), each timeline's largest integral
    over a window of its length (`windows.max_window_sum`) and where it starts."""
    candidates = Candidates.of(stack, lengths)
    timelines = np.arange(len(stack.first) - 1)
    found = [candidates.best(r, stack.cumulative(r)) for r in rates]
    return [(sums, stack.local(t, timelines)) for sums, t in found]
