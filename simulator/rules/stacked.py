"""Prepared timelines in stacks (`window_stack.Stack`), the unit the timeline rules judge.

Every timeline rule judges one timeline at a time, so checking a stack is checking its
timelines one by one. A national year's timelines are stacked once and each stack is judged by
every rule before the next is made: stacking them again per rule took a sixth of the rules'
time, and keeping all stacks would take some 200 MB.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from simulator.rules.ledger import Prepared
from simulator.rules.window_stack import Stack

CELLS = 1 << 16  # the most cells of a stack's cumulative sums (512 kB: kept in the caches)


@dataclass(frozen=True)
class Stacked:
    """A run of prepared timelines, stacked, with their codes."""

    prepared: list[Prepared]
    stack: Stack
    codes: np.ndarray


def stacks(prepared: list[Prepared]) -> Iterator[Stacked]:
    """The non-empty timelines in stacks small enough to be fast (`Stack.cumulative` pads each
    timeline to the longest one's intervals)."""
    chunk: list[Prepared] = []
    width = 0
    for p in prepared:
        n = len(p.timeline.starts) + 1
        if n == 1:
            continue
        if chunk and (len(chunk) + 1) * max(width, n) > CELLS:
            yield _stacked(chunk)
            chunk, width = [], 0
        chunk.append(p)
        width = max(width, n)
    if chunk:
        yield _stacked(chunk)


def _stacked(chunk: list[Prepared]) -> Stacked:
    stack = Stack.of([p.timeline.starts for p in chunk], [p.timeline.ends for p in chunk])
    return Stacked(chunk, stack, np.concatenate([p.codes for p in chunk]))
