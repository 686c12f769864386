"""The garbage collector kept to what a replication makes.

A full collection visits every object the process tracks: with a national plan loaded that is
millions of objects (the scenario, the plan, calendars and travel network), which a replication
only reads, and a replication of it runs several full collections (about 1 s of a national
year's CPU in the parent of a 2-worker run). Frozen out of the collector (`gc.freeze`) while a
replication runs, they are still freed when no longer referenced, as ever; only a reference
cycle among them waits until the replication ends to be collected.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Freeze what the process holds now, until the block ends; a process already frozen (a
    forked worker, which keeps what it inherited frozen) is left as it is."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
