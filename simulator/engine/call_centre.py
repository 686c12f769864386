"""The legevaktsentral: nurses answer calls first come, first served.

The nurses' queue does not interact with the doctors', so it is computed directly with the
multi-server FIFO recursion (each call takes the earliest free nurse) instead of as SimPy
processes; the answered calls then feed the doctors' queue at their end times.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import numpy as np

from simulator.engine.stats import Histogram

ANSWER_TARGET_MINUTES = 2.0  # akuttmedisinforskriften § 13 d: 80 % answered within 2 minutes


@dataclass
class CallCentreKpis:
    """Waits of the calls made after warm-up, and how many were answered within target."""

    waits: Histogram = field(default_factory=Histogram)
    within_target: int = 0


def answer(times: np.ndarray, handling: np.ndarray, nurses: int) -> tuple[np.ndarray, np.ndarray]:
    """Waits and end times of calls at `times` (sorted) needing `handling` minutes each: each
    call starts when it comes or when the earliest nurse is free, whichever is later."""
    free = [0.0] * nurses  # a heap of when each nurse is free
    starts = []
    append, replace = starts.append, heapq.heapreplace
    for t, h in zip(times.tolist(), handling.tolist(), strict=True):
        start = free[0] if free[0] > t else t
        append(start)
        replace(free, start + h)
    begun = np.array(starts, dtype=float)
    return begun - times, begun + handling
