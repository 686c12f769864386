"""A replication keeps the garbage collector off what the process held when it started, and
leaves a process frozen by someone else (a forked worker) as it found it."""

from __future__ import annotations

import gc

from simulator.engine.collector import frozen_heap
from simulator.experiment.executors import ProcessExecutor


def test_what_the_process_holds_is_frozen_for_the_block_alone() -> None:
    assert gc.get_freeze_count() == 0
    with frozen_heap():
        inside = gc.get_freeze_count()
    assert inside > 0
    assert gc.get_freeze_count() == 0


def test_a_process_frozen_already_stays_frozen() -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with frozen_heap():
            pass
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_starting_workers_inside_the_block_keeps_it_frozen() -> None:
    executor = ProcessExecutor(2)
    with frozen_heap():
        list(executor.run(int, [()]))  # starts the workers
        inside = gc.get_freeze_count()
    executor.close()
    assert inside > 0
    assert gc.get_freeze_count() == 0
