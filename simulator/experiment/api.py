"""The notebook API: trials, comparisons and sweeps returning pandas DataFrames.

Each function runs its replications through one `DesignRunner`, so a trial is a comparison
with one variant and a sweep is a comparison with many; with `out` they write a result
directory that a rerun resumes.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Literal

import pandas as pd

from simulator.checksums import file_digest
from simulator.experiment import notices
from simulator.experiment.design import (
    DesignResult,
    DesignRunner,
    Prepare,
    Progress,
    ReplicationFunction,
    Variant,
)
from simulator.experiment.executors import make_executor
from simulator.experiment.outputs import manifest, physicians_table, write_table
from simulator.experiment.replication import (
    lower_is_better,
    prepare_plan,
    simulate_replication,
)
from simulator.experiment.store import ResultStore
from simulator.experiment.sweep import grid, latin_hypercube, parse_axis, variants
from simulator.experiment.tables import differences_table, replications_table, summary_table
from simulator.preflight import load_runnable, runnable
from simulator.scenario import Scenario
from simulator.starter.ids import unique

Replications = int | Literal["auto"]
ROTA_CACHE = "rotas"  # solved rotas in the result directory, reused by reruns and variants


@dataclass(frozen=True)
class Settings:
    """How to run: replications (a number or "auto"), seed (default: the first scenario's),
    workers, an optional Dask scheduler, result directory and progress callback. With `split`
    a round with fewer replications to run than workers (one replication of a large scenario)
    runs each replication's legevakt districts and timelines as tasks on the workers."""

    replications: Replications = 30
    seed: int | None = None
    workers: int = 1
    scheduler: str | None = None
    dask_local: bool = False
    split: bool = False  # a round of fewer replications than workers spreads each over them
    out: Path | None = None
    precision: float = 0.05
    max_replications: int = 100
    progress: Progress | None = None
    function: ReplicationFunction = simulate_replication
    prepare: Prepare = prepare_plan


@dataclass(frozen=True)
class Outcome:
    result: DesignResult
    replications: pd.DataFrame
    summary: pd.DataFrame
    differences: pd.DataFrame | None
    seconds: float
    warnings: dict[str, list[str]] = field(default_factory=dict)  # by plan


def _scenario(item: Scenario | str | Path) -> Scenario:
    return runnable(item) if isinstance(item, Scenario) else load_runnable(item)


def trial(scenario: Scenario | str | Path, settings: Settings | None = None) -> Outcome:
    loaded = _scenario(scenario)
    return run([Variant(loaded.scenario.id, loaded)], "trial", settings or Settings())


def compare(
    scenarios: Sequence[Scenario | str | Path],
    settings: Settings | None = None,
    names: Sequence[str] | None = None,
) -> Outcome:
    """Scenarios side by side, named by `names` (default: their scenario ids, made unique)."""
    loaded = [_scenario(s) for s in scenarios]
    names = unique(list(names or [s.scenario.id for s in loaded]))
    chosen = [Variant(n, s) for n, s in zip(names, loaded, strict=True)]
    return run(chosen, "compare", settings or Settings())


def sweep(
    scenario: Scenario | str | Path,
    sets: Sequence[str],
    settings: Settings | None = None,
    method: Literal["grid", "lhs"] = "grid",
    points: int = 10,
) -> Outcome:
    loaded = _scenario(scenario)
    axes = [parse_axis(option) for option in sets]
    seed = (settings or Settings()).seed or loaded.scenario.seed
    points_list = grid(axes) if method == "grid" else latin_hypercube(axes, points, seed)
    return run(variants(loaded, points_list), "sweep", settings or Settings())


def run(chosen: list[Variant], kind: str, settings: Settings) -> Outcome:
    seed = settings.seed if settings.seed is not None else chosen[0].scenario.scenario.seed
    store = ResultStore(settings.out) if settings.out else None
    if store:
        store.open(manifest(chosen, seed, kind, workers=settings.workers))
    executor = make_executor(settings.workers, settings.scheduler, settings.dask_local)
    prepare = settings.prepare
    if settings.out and prepare is prepare_plan:
        prepare = partial(prepare_plan, rota_cache=settings.out / ROTA_CACHE)
    noting = notices.Noting(prepare, {id(v.scenario): v.name for v in chosen})
    runner = DesignRunner(
        chosen,
        settings.function,
        seed,
        executor,
        store,
        settings.precision,
        settings.max_replications,
        settings.progress,
        noting,
        settings.split,
    )
    started = time.perf_counter()
    try:
        result = runner.run(None if settings.replications == "auto" else settings.replications)
    finally:
        getattr(executor, "close", lambda: None)()
    seconds = time.perf_counter() - started
    outcome = replace(_tables(result, kind, seconds), warnings=noting.by_plan)
    if store and settings.out:
        _write(outcome, settings.out, store)
        notices.save(settings.out, noting.by_plan)
    return outcome


def _tables(result: DesignResult, kind: str, seconds: float) -> Outcome:
    differences = None
    if kind != "trial" and len(result.variants) > 1:
        differences = differences_table(result, lower_is_better)
    return Outcome(result, replications_table(result), summary_table(result), differences, seconds)


def _write(outcome: Outcome, out: Path, store: ResultStore) -> None:
    """The tables, then their checksums in the manifest, so that a table damaged later (or
    left half-written by a crash before the manifest) is detected by `report`."""
    written = write_table(outcome.replications, out, "kpis", parquet=True)
    written += write_table(outcome.summary, out, "summary")
    if outcome.differences is not None:
        written += write_table(outcome.differences, out, "differences")
    physicians = physicians_table(outcome.result)
    if not physicians.empty:
        written += write_table(physicians, out, "physicians", parquet=True)
    store.update_manifest(
        tables={name: file_digest(out / name) for name in written},
        replications=outcome.result.replications,
        converged=outcome.result.converged,
        seconds=round(outcome.seconds, 3),
        recomputed_damaged=[str(p) for p in outcome.result.damaged],
    )


__all__ = ["Outcome", "Settings", "compare", "run", "sweep", "trial"]
