"""`samsim run`: one replication of a scenario, its KPI table, and optionally files."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path
from typing import Annotated

import pyarrow as pa
import pyarrow.parquet as pq
import typer
from rich.table import Table

from simulator.commands import experiment
from simulator.commands.common import console, errors, load_or_exit
from simulator.engine import Plan, RunResult, build_plan, simulate
from simulator.engine.eventlog import parquet_event_log
from simulator.experiment.outdir import claim
from simulator.files import write_atomic, write_text_atomic
from simulator.rules import Severity
from simulator.timeline import CATEGORIES

EXIT_OUTPUT = 1

OptionalFile = Annotated[
    Path | None, typer.Argument(help="Scenario YAML file; default: the embedded demo.")
]
Seed = Annotated[int | None, typer.Option(min=0, help="Random seed; default: the scenario's seed.")]
Weeks = Annotated[int | None, typer.Option(min=1, max=520, help="Weeks to simulate after warm-up.")]
Out = Annotated[Path | None, typer.Option(help="Write kpis.json and kpis.csv to this directory.")]
Events = Annotated[
    bool,
    typer.Option(
        help="With --out, also write the full event log to events.parquet and every physician "
        "interval to intervals.parquet."
    ),
]


def register(app: typer.Typer) -> None:
    app.command()(run)


def run(
    file: OptionalFile = None,
    seed: Seed = None,
    weeks: Weeks = None,
    out: Out = None,
    events: Events = False,
    replications: experiment.Replications = "1",
    workers: experiment.Workers = 1,
    precision: experiment.Precision = 0.05,
    scheduler: experiment.Scheduler = None,
    dask_local: experiment.DaskLocal = False,
    report: experiment.Report = False,
) -> None:
    """Simulate a scenario: one replication and its KPIs, or with -n a trial of replications
    with a 95 % interval on every KPI (--out then writes a result directory)."""
    scenario = load_or_exit(file)
    if replications != "1":
        chosen = experiment.Options(
            replications, seed, workers, out, precision, scheduler, dask_local, report
        )
        experiment.trial_command(scenario, chosen, weeks)
        return
    if out is not None:
        claim(out, experiment=False)
    plan = build_plan(scenario, weeks)
    chosen_seed = scenario.scenario.seed if seed is None else seed
    try:
        if out is not None and events:
            result = simulate_with_event_log(plan, chosen_seed, weeks, out / "events.parquet")
        else:
            result = simulate(plan, chosen_seed, weeks)
        _print_result(result)
        if out is not None:
            write_outputs(result, out, events)
    except OSError as error:
        errors.print(f"cannot write to {out}: {error.strerror or error}", markup=False)
        raise typer.Exit(EXIT_OUTPUT) from None
    if out is not None:
        console.print(f"written to {out}")


def simulate_with_event_log(plan: Plan, seed: int, weeks: int | None, path: Path) -> RunResult:
    """One replication with its event log streamed into the Parquet file `path`, which appears
    (atomically) only once the replication has finished."""
    results: list[RunResult] = []

    def write(temporary: Path) -> None:
        with parquet_event_log(temporary) as log:
            results.append(simulate(plan, seed, weeks, log))

    write_atomic(path, write)
    return results[0]


def _print_result(result: RunResult) -> None:
    console.print(kpi_table(result))
    console.print(municipality_table(result))
    console.print(findings_table(result))


def kpi_table(result: RunResult) -> Table:
    table = Table(title=f"{result.scenario}: seed {result.seed}, {result.weeks} weeks")
    table.add_column("KPI")
    table.add_column("value", justify="right")
    for name, value in sorted(result.kpis.items()):
        table.add_row(name, _fmt(value))
    return table


def municipality_table(result: RunResult) -> Table:
    munis = sorted(result.by_municipality)
    names = sorted({k for m in munis for k in result.by_municipality[m]})
    table = Table(title="per municipality")
    table.add_column("KPI")
    for m in munis:
        table.add_column(m, justify="right")
    for name in names:
        table.add_row(name, *(_fmt(result.by_municipality[m].get(name)) for m in munis))
    return table


def findings_table(result: RunResult) -> Table:
    """Breaches and warnings of the run; information findings are only counted."""
    shown = [f for f in result.findings if f.severity is not Severity.info]
    quiet = len(result.findings) - len(shown)
    table = Table(title=f"rule findings ({len(shown)} breaches and warnings, {quiet} information)")
    for column in ("rule", "subject", "severity", "measured", "limit", "source"):
        table.add_column(column)
    for f in shown:
        table.add_row(
            f.rule_id, f.subject_id, f.severity.value, str(f.measured), str(f.limit), f.cite()
        )
    return table


def _fmt(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def write_outputs(result: RunResult, directory: Path, intervals: bool) -> None:
    """kpis.json, kpis.csv and optionally intervals.parquet, each written atomically."""
    directory.mkdir(parents=True, exist_ok=True)
    document = {
        "scenario": result.scenario,
        "seed": result.seed,
        "weeks": result.weeks,
        "kpis": _clean(result.kpis),
        "by_municipality": {m: _clean(v) for m, v in result.by_municipality.items()},
        "findings": [f.to_json() for f in result.findings],
    }
    write_text_atomic(directory / "kpis.json", json.dumps(document, indent=2, ensure_ascii=False))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["municipality", "kpi", "value"])
    for name, value in sorted(result.kpis.items()):
        writer.writerow(["", name, value])
    for m, values in sorted(result.by_municipality.items()):
        for name, value in sorted(values.items()):
            writer.writerow([m, name, value])
    write_text_atomic(directory / "kpis.csv", buffer.getvalue())
    if intervals:
        table = _intervals(result)
        write_atomic(
            directory / "intervals.parquet", lambda temporary: pq.write_table(table, temporary)
        )


def _intervals(result: RunResult) -> pa.Table:
    """Every physician interval: who, from, to (minutes after the origin) and category."""
    names = [c.value for c in CATEGORIES]
    rows: dict[str, list] = {"physician": [], "start": [], "end": [], "category": []}
    for physician, timeline in sorted(result.timelines.items()):
        rows["physician"] += [physician] * len(timeline.starts)
        rows["start"] += timeline.starts.tolist()
        rows["end"] += timeline.ends.tolist()
        rows["category"] += [names[c] for c in timeline.categories.tolist()]
    return pa.table(rows)


def _clean(values: dict[str, float]) -> dict[str, float | None]:
    """JSON has no NaN: an undefined KPI is null."""
    return {k: None if math.isnan(v) else v for k, v in sorted(values.items())}
