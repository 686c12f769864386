"""When a legevakt closes (its `hours` end for every municipality it serves), the doctor of the
shift that ends then sees the patients who called before it closed: nobody else will (the
next legevakt takes only the contacts made after the hand-over), and a patient who called at
21:55 does not wait for tomorrow evening's doctor."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np

from simulator.engine.legevakt import Job


class Closings:
    """For a shift's end: None if the legevakt stays open, else when the last job of a contact
    made before then joins the queue (at least the end itself)."""

    def __init__(self, open_minutes: np.ndarray | None, times: np.ndarray, jobs: Sequence[Job]):
        """`times`: when each of `jobs` joins the queue."""
        self.open = open_minutes
        if open_minutes is None:
            return
        contacts = np.fromiter((job.contact for job in jobs), float, len(jobs))
        order = np.lexsort((times, contacts))  # by contact, then by time
        self.contacts = contacts[order].tolist()
        self.latest = np.maximum.accumulate(times[order]).tolist()

    def __call__(self, end: int) -> float | None:
        if self.open is None or (end < len(self.open) and self.open[end]):
            return None
        i = bisect.bisect_left(self.contacts, end)
        return max(float(end), self.latest[i - 1]) if i else float(end)
