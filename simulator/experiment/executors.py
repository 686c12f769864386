"""Where replications run: in this process, in local worker processes, or on a Dask cluster.

Every executor returns each task's result tagged with the task's index, so the caller can
order results by replication whatever the order they finished in; that is what makes the
results identical for any executor and number of workers.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from typing import Any, Protocol

from simulator.errors import Sentence, WordedError

Task = tuple[Any, ...]


class Executor(Protocol):
    workers: int

    def run(self, function: Callable[..., Any], tasks: Sequence[Task]) -> Iterator[tuple[int, Any]]:
        """Start the tasks (on workers: at once, so that the caller can do work of its own
        before it reads the results) and yield (task index, result) as they finish."""
        ...

    def refork(self) -> bool:
        """Make the workers' memory a copy of this process's as it is now (a replication's
        inputs in it), if they can have one: whether they do."""
        ...


class SerialExecutor:
    workers = 1

    def run(self, function: Callable[..., Any], tasks: Sequence[Task]) -> Iterator[tuple[int, Any]]:
        for index, task in enumerate(tasks):
            yield index, function(*task)

    def refork(self) -> bool:
        return True  # the tasks run in this process


class ProcessExecutor:
    """Local worker processes (concurrent.futures), started on first use and kept until
    `close`: the phases of a replication (districts, timelines) and the rounds of a trial reuse
    the same workers and what they keep of the inputs already sent to them."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def run(self, function: Callable[..., Any], tasks: Sequence[Task]) -> Iterator[tuple[int, Any]]:
        if self._pool is None:
            self._pool = self._started()
        futures = {self._pool.submit(function, *task): index for index, task in enumerate(tasks)}
        return self._finished(futures)

    @staticmethod
    def _finished(futures: dict[Future, int]) -> Iterator[tuple[int, Any]]:
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        finally:  # a failed or abandoned run leaves no task queued for the next one
            for future in futures:
                future.cancel()

    def refork(self) -> bool:
        """Workers forked anew from this process as it is now, so that they inherit what it
        holds; with workers that do not fork (spawn) nothing is done."""
        if multiprocessing.get_start_method() != "fork":
            return False
        self.close()
        self._pool = self._started()
        return True

    def _started(self) -> ProcessPoolExecutor:
        """A pool whose workers start now, with this process's objects frozen out of the garbage
        collector while they fork (`gc.freeze`): a forked worker would otherwise visit every
        object it inherits (the plan among them) in each full collection, and so copy their
        memory pages. Workers started afresh (spawn) have nothing to inherit. A process frozen
        already (a replication, `engine.collector`) stays frozen: it unfreezes when it ends."""
        pool = ProcessPoolExecutor(max_workers=self.workers)
        frozen = gc.get_freeze_count()
        gc.freeze()
        try:
            pool.submit(int).result()  # with fork, the first task forks all the workers
        finally:
            if not frozen:
                gc.unfreeze()
        return pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskExecutor:
    """A Dask distributed cluster: an existing scheduler, or a local cluster when none is
    given. Needs the optional extra `samsim[cluster]`."""

    def __init__(self, scheduler: str | None = None, workers: int = 2) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise WordedError(Sentence("cluster.needs_dask")) from error
        self._cluster = (
            None
            if scheduler
            else LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
        )
        self._client = Client(scheduler or self._cluster)
        self.workers = workers

    def run(self, function: Callable[..., Any], tasks: Sequence[Task]) -> Iterator[tuple[int, Any]]:
        from distributed import as_completed as dask_completed

        futures = [self._client.submit(function, *task, pure=False) for task in tasks]
        index = {future.key: i for i, future in enumerate(futures)}
        return ((index[f.key], f.result()) for f in dask_completed(futures))

    def refork(self) -> bool:
        return False  # the cluster's workers are its own

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(workers: int, scheduler: str | None = None, dask_local: bool = False) -> Executor:
    if scheduler or dask_local:
        return DaskExecutor(scheduler, workers)
    return SerialExecutor() if workers <= 1 else ProcessExecutor(workers)
