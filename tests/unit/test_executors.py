"""A process executor's workers live as long as the executor, keep what they inherit out of
their garbage collector, and unpickle a replication's inputs (`Shipped`) once each, however
many tasks carry them."""

from __future__ import annotations

import gc
import multiprocessing
import os

import pytest

from simulator.engine.shipped import Shipped, opened
from simulator.experiment.executors import ProcessExecutor


def _pid() -> int:
    return os.getpid()


def _frozen() -> int:
    return gc.get_freeze_count()


def _unpickled(shipped: Shipped) -> tuple[int, int, list[int]]:
    """This worker's pid, how many values it has unpickled so far, and the value."""
    value = opened(shipped)
    return os.getpid(), opened.cache_info().misses, value


def test_the_workers_serve_every_run_until_the_executor_is_closed() -> None:
    executor = ProcessExecutor(2)
    first = {pid for _, pid in executor.run(_pid, [()] * 6)}
    workers = {child.pid for child in multiprocessing.active_children()}  # one worker may idle
    second = {pid for _, pid in executor.run(_pid, [()] * 6)}
    executor.close()
    third = {pid for _, pid in executor.run(_pid, [()] * 6)}
    executor.close()
    assert first | second <= workers
    assert not third & workers
    assert os.getpid() not in workers


def test_shipped_inputs_are_unpickled_once_per_worker_for_all_their_tasks() -> None:
    value = list(range(1000))
    shipped = Shipped.of(value)
    assert shipped == Shipped.of(list(range(1000)))
    assert shipped != Shipped.of(list(range(999)))
    executor = ProcessExecutor(2)
    done = [r for _ in range(3) for _, r in executor.run(_unpickled, [(shipped,)] * 8)]
    executor.close()
    assert all(result == value for _, _, result in done)
    misses: dict[int, set[int]] = {}
    for pid, count, _ in done:
        misses.setdefault(pid, set()).add(count)
    assert all(len(counts) == 1 for counts in misses.values())  # none unpickled it again


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="only forked workers inherit"
)
def test_forked_workers_keep_what_they_inherit_out_of_their_garbage_collector() -> None:
    executor = ProcessExecutor(2)
    frozen = [count for _, count in executor.run(_frozen, [()] * 4)]
    executor.close()
    assert all(count > 0 for count in frozen)
    assert gc.get_freeze_count() == 0  # this process collects as before
