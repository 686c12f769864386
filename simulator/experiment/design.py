"""Run every variant of an experiment for the same replications.

Replication i of every variant uses the seed `SeedSequence(seed, spawn_key=(i,))`, the i-th
child of `SeedSequence(seed).spawn(...)`: scenarios that share entity ids therefore share
random numbers (common random numbers), and a replication's result depends only on its
scenario and index, never on which worker ran it or in what order.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from simulator.experiment.executors import Executor, SerialExecutor
from simulator.experiment.statistics import replications_needed, replications_to_run
from simulator.experiment.store import ResultStore, record
from simulator.scenario import Scenario

Payload = dict[str, Any]
ReplicationFunction = Callable[[Any, np.random.SeedSequence], Payload]
Prepare = Callable[[Scenario], Any]
Progress = Callable[[int, int], None]
INITIAL_REPLICATIONS = 3


@dataclass(frozen=True)
class Variant:
    name: str
    scenario: Scenario


@dataclass
class DesignResult:
    variants: list[Variant]
    payloads: dict[str, list[Payload]]
    replications: int
    seed: int
    converged: bool = True
    damaged: list[Path] = field(default_factory=list)


def replication_seed(seed: int, index: int) -> np.random.SeedSequence:
    return np.random.SeedSequence(seed, spawn_key=(index,))


def fingerprint(variants: Sequence[Variant], seed: int) -> str:
    """Identifies the inputs of a result directory (scenarios as loaded, names, seed)."""
    content = [[v.name, v.scenario.model_dump(mode="json")] for v in variants]
    text = json.dumps([content, seed], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class DesignRunner:
    """Runs replications of `variants` until `replications` are done (or, when it is None,
    until every KPI reaches `precision` by the Hoad–Robinson–Davies algorithm). `prepare`
    turns each scenario once into what `function` takes (e.g. its plan, rota included), so
    replications do not redo that work."""

    variants: list[Variant]
    function: ReplicationFunction
    seed: int
    executor: Executor = field(default_factory=SerialExecutor)
    store: ResultStore | None = None
    precision: float = 0.05
    max_replications: int = 100
    progress: Progress | None = None
    prepare: Prepare = field(default=lambda scenario: scenario)
    split: bool = False  # fewer replications to run than workers: each spreads over them
    done: dict[tuple[str, int], Payload] = field(default_factory=dict)
    _inputs: dict[str, Any] = field(default_factory=dict)

    def run(self, replications: int | None) -> DesignResult:
        target = replications or INITIAL_REPLICATIONS
        while True:
            self._complete(target)
            if replications is not None:
                return self._result(target, True)
            solution = self._auto_replications(target)
            if solution is not None:
                return self._result(solution, True)
            if target >= self.max_replications:
                return self._result(target, False)
            step = max(self.executor.workers, 1)
            target = min(self.max_replications, target + step)

    def _complete(self, target: int) -> None:
        missing = [  # variant by variant, so a worker meets the same plan again (`Pickled`)
            (variant, index)
            for variant in self.variants
            for index in range(target)
            if not self._cached(variant.name, index)
        ]
        self._prepare_all(list({v.name: v for v, _ in missing}.values()))
        finished = len(self.variants) * target - len(missing)
        for position, (payload, text) in self._runs(missing, keep=self.store is not None):
            variant, index = missing[position]
            self.done[(variant.name, index)] = payload
            if self.store:
                self.store.save_record(variant.name, index, text)
            finished += 1
            if self.progress:
                self.progress(finished, len(self.variants) * target)

    def _runs(
        self, missing: list[tuple[Variant, int]], keep: bool
    ) -> Iterator[tuple[int, tuple[Payload, str | None]]]:
        """The replications as tasks on the workers; with `split`, when they are fewer than
        the workers, one after another here, each running its parts (the engine's legevakt
        districts and timelines) as tasks on the workers: the same payloads either way."""
        if self.split and len(missing) < self.executor.workers:
            spread = partial(self.function, executor=self.executor)
            return (
                (i, _call(spread, self._input(v), replication_seed(self.seed, n), keep))
                for i, (v, n) in enumerate(missing)
            )
        inputs = {name: self._shipped(v) for name, v in {v.name: v for v, _ in missing}.items()}
        tasks = [
            (self.function, inputs[v.name], replication_seed(self.seed, i), keep)
            for v, i in missing
        ]
        return self.executor.run(_call, tasks)

    def _prepare_all(self, variants: list[Variant]) -> None:
        """Prepare several variants at once on the executor's workers (each plan is
        independent of the others, so the result is the same as one after another)."""
        needed = [v for v in variants if v.name not in self._inputs]
        if len(needed) < 2 or self.executor.workers < 2:
            return
        tasks = [(v.scenario,) for v in needed]
        for position, prepared in self.executor.run(self.prepare, tasks):
            self._inputs[needed[position].name] = prepared

    def _input(self, variant: Variant) -> Any:
        if variant.name not in self._inputs:
            self._inputs[variant.name] = self.prepare(variant.scenario)
        return self._inputs[variant.name]

    def _shipped(self, variant: Variant) -> Any:
        """The variant's prepared input as its tasks carry it: itself in this process, else
        `Pickled` (pickled here once instead of once per task)."""
        prepared = self._input(variant)
        if isinstance(self.executor, SerialExecutor):
            return prepared
        return Pickled(pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL))

    def _cached(self, name: str, index: int) -> bool:
        if (name, index) in self.done:
            return True
        payload = self.store.load(name, index) if self.store else None
        if payload is not None:
            self.done[(name, index)] = payload
        return payload is not None

    def _auto_replications(self, available: int) -> int | None:
        """Replications the algorithm needs for every KPI of every variant, if known yet."""
        needed = 0
        for variant in self.variants:
            series = kpi_series([self.done[(variant.name, i)] for i in range(available)])
            for values in series.values():
                n = replications_needed(values, self.precision)
                if n is None:
                    return None
                needed = max(needed, replications_to_run(n))
        return needed

    def _result(self, replications: int, converged: bool) -> DesignResult:
        payloads = {
            v.name: [self.done[(v.name, i)] for i in range(replications)] for v in self.variants
        }
        damaged = list(self.store.damaged) if self.store else []
        return DesignResult(self.variants, payloads, replications, self.seed, converged, damaged)


@dataclass(frozen=True)
class Pickled:
    """A prepared input (a plan, rota included) pickled once: a task carrying it copies
    bytes, and each worker process unpickles it once (`_unpickled` keeps the last few)."""

    data: bytes


@functools.lru_cache(maxsize=4)
def _unpickled(data: bytes) -> Any:
    return pickle.loads(data)


def _call(
    function: ReplicationFunction, prepared: Any, seed: Any, keep: bool
) -> tuple[Payload, str | None]:
    """One replication on a worker: its payload and, to `keep` it, its file's text."""
    if isinstance(prepared, Pickled):
        prepared = _unpickled(prepared.data)
    payload = function(prepared, seed)
    return payload, record(payload) if keep else None


def kpi_series(payloads: Sequence[Payload]) -> dict[str, list[float]]:
    """Each KPI key's values over replications, in replication order; NaN where a replication
    has no value (a KPI of an event that did not happen in it)."""
    keys = sorted({key for payload in payloads for key in payload["kpis"]})
    return {key: [p["kpis"].get(key, math.nan) for p in payloads] for key in keys}
