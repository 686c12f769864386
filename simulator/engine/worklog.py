"""What physicians actually did during the simulation, beyond their plan: patient work,
bed work and travel, kept as merged intervals per physician."""

from __future__ import annotations

from collections import defaultdict

from simulator.timeline import Category


class WorkLog:
    def __init__(self) -> None:
        self.intervals: dict[str, list[tuple[int, int, Category]]] = defaultdict(list)
        self.km: dict[str, float] = defaultdict(float)
        self.travel_minutes: dict[str, float] = defaultdict(float)

    def record(self, physician: str, start: float, end: float, category: Category) -> None:
        """Whole minutes from `start` to `end`; an interval that touches or overlaps the last
        one of the same category merges with it, so memory grows with busy periods, not with
        patients. (Districts run one after another, so a physician working in two may be
        recorded out of time order.)"""
        a, b = round(start), round(end)
        if b <= a:
            return
        items = self.intervals[physician]
        if items:
            first, last, kind = items[-1]
            if kind is category and first <= a <= last:
                if b > last:
                    items[-1] = (first, b, category)
                return
        items.append((a, b, category))

    def overlap_minutes(self, physician: str) -> int:
        """Minutes in which the physician was recorded doing two things at once; a correct
        run has none (a doctor on two shifts at once would show here)."""
        items = sorted(self.intervals.get(physician, ()))
        overlap, reach = 0, 0
        for start, end, _ in items:
            overlap += max(0, min(end, reach) - start)
            reach = max(reach, end)
        return overlap

    def travel(self, physician: str, start: float, minutes: float, km: float) -> None:
        self.record(physician, start, start + minutes, Category.travel)
        self.km[physician] += km
        self.travel_minutes[physician] += minutes
