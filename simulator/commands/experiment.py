"""`samsim compare` and `samsim sweep`: many replications, intervals, paired differences."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.table import Table

from simulator.commands import options
from simulator.commands.common import EXIT_INVALID, console, errors, load_or_exit
from simulator.experiment import api
from simulator.experiment.store import StoreMismatch
from simulator.experiment.sweep import SweepError
from simulator.report.render import render_report
from simulator.scenario import Scenario

Replications = Annotated[
    str,
    typer.Option(
        "-n",
        "--replications",
        callback=options.replications,
        help="A number, or 'auto' (see --precision).",
    ),
]
Seed = Annotated[int | None, typer.Option(min=0, help="Base seed; default: the scenario's seed.")]
Workers = Annotated[
    int,
    typer.Option(parser=options.workers, help="Local worker processes, or 'auto' (one per CPU)."),
]
Out = Annotated[Path | None, typer.Option(help="Result directory (resumed if it exists).")]
Precision = Annotated[
    float,
    typer.Option(callback=options.fraction, help="Relative CI half-width for -n auto, in (0, 1)."),
]
Scheduler = Annotated[str | None, typer.Option(help="Dask scheduler, e.g. tcp://host:8786.")]
DaskLocal = Annotated[bool, typer.Option("--dask-local", help="Run on a local Dask cluster.")]


Report = Annotated[bool, typer.Option("--report", help="Also write report.html (docs/report.md).")]


def register(app: typer.Typer) -> None:
    app.command()(compare)
    app.command()(sweep)


@dataclass(frozen=True)
class Options:
    """The experiment options shared by run -n, compare and sweep."""

    replications: str
    seed: int | None
    workers: int
    out: Path | None
    precision: float
    scheduler: str | None
    dask_local: bool
    report: bool

    def settings(self, progress: Progress) -> api.Settings:
        """Settings for the API, with a progress bar of replications done and time left."""
        if self.report and self.out is None:
            errors.print("--report needs --out DIR (the report is written there)")
            raise typer.Exit(EXIT_INVALID)
        task = progress.add_task("replications", total=None)
        return api.Settings(
            replications="auto" if self.replications == "auto" else int(self.replications),
            seed=self.seed,
            workers=self.workers,
            scheduler=self.scheduler,
            dask_local=self.dask_local,
            out=self.out,
            precision=self.precision,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )


def execute(options: Options, action: Callable[[api.Settings], api.Outcome]) -> api.Outcome:
    """Run an experiment with a progress bar; report user errors without a traceback, and
    finish with the result directory and its report."""
    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    with progress:
        settings = options.settings(progress)
        try:
            outcome = action(settings)
        except (StoreMismatch, SweepError) as error:
            errors.print(str(error), markup=False)
            raise typer.Exit(EXIT_INVALID) from None
    if not outcome.result.converged:
        errors.print(
            f"-n auto: not every KPI reached ±{options.precision:.0%} "
            f"within {outcome.result.replications} replications"
        )
    if options.out:
        console.print(f"Results in {options.out}")
        if options.report:
            console.print(f"Report: {render_report(options.out)}")
    return outcome


def trial_command(scenario: Scenario, options: Options, weeks: int | None) -> None:
    """`samsim run -n N`: a trial of one scenario."""
    if weeks is not None:
        meta = scenario.scenario.model_copy(update={"weeks": weeks})
        scenario = scenario.model_copy(update={"scenario": meta})
    outcome = execute(options, lambda settings: api.trial(scenario, settings))
    console.print(summary(outcome))


def compare(
    files: Annotated[list[Path], typer.Argument(help="Two or more scenario files.")],
    replications: Replications = "30",
    seed: Seed = None,
    workers: Workers = 1,
    out: Out = None,
    precision: Precision = 0.05,
    scheduler: Scheduler = None,
    dask_local: DaskLocal = False,
    report: Report = False,
) -> None:
    """Compare scenarios under common random numbers: paired differences with intervals."""
    if len(files) < 2:
        errors.print("compare needs at least two scenario files")
        raise typer.Exit(EXIT_INVALID)
    scenarios = [load_or_exit(f) for f in files]
    options = Options(replications, seed, workers, out, precision, scheduler, dask_local, report)
    outcome = execute(options, lambda settings: api.compare(scenarios, settings))
    console.print(differences(outcome))


def sweep(
    file: Annotated[Path, typer.Argument(help="Scenario file.")],
    set_: Annotated[
        list[str],
        typer.Option("--set", help="PATH=VALUES, e.g. policy.max_shift_frequency_days=4,7"),
    ],
    method: Annotated[str, typer.Option(help="grid or lhs (Latin hypercube).")] = "grid",
    points: Annotated[int, typer.Option(min=1, help="Points of a Latin hypercube.")] = 10,
    replications: Replications = "10",
    seed: Seed = None,
    workers: Workers = 1,
    out: Out = None,
    precision: Precision = 0.05,
    scheduler: Scheduler = None,
    dask_local: DaskLocal = False,
    report: Report = False,
) -> None:
    """Run a scenario over a grid or Latin hypercube of parameter values; one tidy table."""
    if method not in ("grid", "lhs"):
        errors.print(f"--method is grid or lhs, not '{method}'")
        raise typer.Exit(EXIT_INVALID)
    scenario = load_or_exit(file)
    kind: Literal["grid", "lhs"] = "grid" if method == "grid" else "lhs"
    options = Options(replications, seed, workers, out, precision, scheduler, dask_local, report)
    outcome = execute(options, lambda settings: api.sweep(scenario, set_, settings, kind, points))
    console.print(summary(outcome))


def summary(outcome: api.Outcome) -> Table:
    """Region-wide KPIs (scope `all`) with their intervals; per-municipality rows are in the
    result files."""
    several = len(outcome.result.variants) > 1
    n = outcome.result.replications
    table = Table(title=f"KPIs over {n} replications: mean and 95 % interval", title_justify="left")
    for column in (["variant"] if several else []) + ["KPI", "mean", "95 % interval"]:
        table.add_column(column, justify="right" if column == "mean" else "left")
    rows = outcome.summary[outcome.summary.scope == "all"]
    for row in rows.itertuples():
        if math.isnan(row.mean):
            continue
        cells = [row.kpi, f"{row.mean:.3g}", f"{row.ci_low:.3g} – {row.ci_high:.3g}"]
        table.add_row(*([row.variant] if several else []), *cells)
    return table


def differences(outcome: api.Outcome) -> Table:
    """KPIs (scope `all`) side by side: each scenario's mean with its interval, then each
    difference from the first scenario, bold where significant, with whom it favours."""
    assert outcome.differences is not None
    names = [v.name for v in outcome.result.variants]
    summary = outcome.summary[outcome.summary.scope == "all"].set_index(["variant", "kpi"])
    diffs = outcome.differences[outcome.differences.scope == "all"].set_index(["variant", "kpi"])
    n = outcome.result.replications
    table = Table(
        title=f"{n} replications, 95 % intervals; differences paired against {names[0]}",
        title_justify="left",
    )
    table.add_column("KPI")
    for name in names:
        table.add_column(name, justify="right")
    for name in names[1:]:
        table.add_column(f"{name} − {names[0]}", justify="right")
        table.add_column("favours")
    for kpi in sorted(summary.index.get_level_values("kpi").unique()):
        cells = [_mean_cell(summary, name, kpi) for name in names]
        if all(cell == "–" for cell in cells):
            continue
        significant = False
        for name in names[1:]:
            row = diffs.loc[(name, kpi)] if (name, kpi) in diffs.index else None
            cells += _difference_cells(row)
            significant = significant or bool(row is not None and row.significant)
        table.add_row(kpi, *cells, style="bold" if significant else None)
    return table


def _mean_cell(summary: Any, name: str, kpi: str) -> str:
    if (name, kpi) not in summary.index:
        return "–"
    row = summary.loc[(name, kpi)]
    if math.isnan(row["mean"]):
        return "–"
    half = (row.ci_high - row.ci_low) / 2
    if not math.isfinite(half):
        return f"{row['mean']:.3g}"
    tiny = half <= 1e-9 * abs(row["mean"])  # rounding noise of identical replications
    return f"{row['mean']:.3g} ± {0 if tiny else half:.2g}"


def _difference_cells(row: Any) -> list[str]:
    if row is None or math.isnan(row.difference):
        return ["–", ""]
    return [f"{row.difference:+.3g} [{row.ci_low:+.2g}, {row.ci_high:+.2g}]", row.favours]
