"""A process executor's workers live as long as the executor (or until it forks them anew),
keep what they inherit out of their garbage collector, and open a replication's inputs
(`Shipped`) once each, however many tasks carry them: unpickled, or inherited when forked after
the inputs were made."""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import time
from pathlib import Path

import pytest

from simulator.engine.shipped import Shipped
from simulator.experiment.executors import ProcessExecutor


def _pid() -> int:
    return os.getpid()


def _frozen() -> int:
    return gc.get_freeze_count()


def _opened(shipped: Shipped) -> tuple[int, int, list[int]]:
    """This worker's pid, which object it opened the inputs as, and their value."""
    return os.getpid(), id(shipped.value), shipped.value


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


def _touch(path: Path) -> str:
    path.touch()
    return path.name


def test_a_run_starts_its_tasks_before_the_caller_reads_a_result(tmp_path) -> None:
    executor = ProcessExecutor(2)
    paths = [tmp_path / str(i) for i in range(3)]
    running = executor.run(_touch, [(path,) for path in paths])
    deadline = time.monotonic() + 60
    while not all(path.exists() for path in paths) and time.monotonic() < deadline:
        time.sleep(0.01)
    started = [path.exists() for path in paths]  # before any result was asked for
    assert sorted(running) == [(i, path.name) for i, path in enumerate(paths)]
    executor.close()
    assert all(started)


@pytest.mark.parametrize("inherited", [False, True])
def test_shipped_inputs_are_opened_once_per_worker_for_all_their_tasks(inherited) -> None:
    value = list(range(1000))
    shipped = Shipped.of(value)
    assert shipped == shipped.inherit() and hash(shipped) == hash(shipped.inherit())
    assert shipped != Shipped.of(value)  # other inputs, though equal
    executor = ProcessExecutor(2)
    if inherited:
        assert executor.refork() == (multiprocessing.get_start_method() == "fork")
        shipped = shipped.inherit()
    done = [r for _ in range(3) for _, r in executor.run(_opened, [(shipped,)] * 8)]
    executor.close()
    assert all(result == value for _, _, result in done)
    opened: dict[int, set[int]] = {}
    for pid, identity, _ in done:
        opened.setdefault(pid, set()).add(identity)
    assert all(len(identities) == 1 for identities in opened.values())  # opened once each


def test_inherited_inputs_pickle_as_their_key_alone() -> None:
    shipped = Shipped.of(list(range(100_000)))
    assert len(pickle.dumps(shipped.inherit())) < 200 < 100_000 < len(pickle.dumps(shipped))
    assert pickle.loads(pickle.dumps(shipped)).value == shipped.value


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="only forked workers inherit"
)
def test_refork_starts_new_workers_that_hold_what_this_process_holds_now() -> None:
    executor = ProcessExecutor(2)
    before = {pid for _, pid in executor.run(_pid, [()] * 4)}
    shipped = Shipped.of(list(range(10))).inherit()  # made after the workers were forked
    assert executor.refork()
    done = list(executor.run(_opened, [(shipped,)] * 4))
    executor.close()
    assert not {pid for _, (pid, _, _) in done} & before
    assert all(value == list(range(10)) for _, (_, _, value) in done)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="only forked workers inherit"
)
def test_forked_workers_keep_what_they_inherit_out_of_their_garbage_collector() -> None:
    executor = ProcessExecutor(2)
    frozen = [count for _, count in executor.run(_frozen, [()] * 4)]
    executor.close()
    assert all(count > 0 for count in frozen)
    assert gc.get_freeze_count() == 0  # this process collects as before
