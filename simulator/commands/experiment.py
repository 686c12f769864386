"""`samsim compare` and `samsim sweep`: many replications, intervals, paired differences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from simulator.commands import answer, options
from simulator.commands.common import console, errors, load_or_exit, refuse, translator
from simulator.commands.output import Format, FormatOption, LangOption
from simulator.experiment import api, notices
from simulator.report.excel import write_outcome
from simulator.report.feasibility import NamedPlan
from simulator.report.i18n import Translator
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
Excel = Annotated[
    Path | None,
    typer.Option(
        "--excel", help="Also write this .xlsx: summary, KPIs, differences, municipalities."
    ),
]


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
    lang: str | None = None
    format: Format = Format.table
    excel: Path | None = None

    @classmethod
    def of(cls, parameters: dict[str, Any]) -> Options:
        """The options among a command's parameters (its `locals()`), by name."""
        return cls(**{f.name: parameters[f.name] for f in fields(cls)})

    def settings(self, progress: Progress, t: Translator) -> api.Settings:
        """Settings for the API, with a progress bar of replications done and time left."""
        if self.report and self.out is None:
            refuse(t, t("experiment.report_needs_out"))
        task = progress.add_task("replications", total=None)
        return api.Settings(
            replications="auto" if self.replications == "auto" else int(self.replications),
            seed=self.seed,
            workers=self.workers,
            scheduler=self.scheduler,
            dask_local=self.dask_local,
            split=True,  # one replication on several workers: its districts run on them
            out=self.out,
            precision=self.precision,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )


def execute(
    options: Options, action: Callable[[api.Settings], api.Outcome], t: Translator
) -> api.Outcome:
    """Run an experiment with a progress bar (bad options and settings are refused in the
    language of `t`, `simulator.failures`), and finish with the result directory and its
    report."""
    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    with progress:
        outcome = action(options.settings(progress, t))
    where = str(options.out / notices.NOTICES) if options.out else None
    answer.warnings_notice(notices.every(outcome.warnings), where, t)
    if not outcome.result.converged:
        errors.print(
            t(
                "run.not_converged",
                precision=f"{options.precision:.0%}",
                replications=outcome.result.replications,
            ),
            markup=False,
        )
    if options.out:
        errors.print(t("run.results_in", where=options.out), markup=False)
        if options.report:
            written = render_report(options.out, t.lang)
            errors.print(t("run.report_in", where=written), markup=False)
    if options.excel:
        excel = write_outcome(outcome, options.excel, t)
        errors.print(t("run.excel_in", where=excel), markup=False)
    return outcome


def show(outcome: api.Outcome, options: Options, sweep: bool = False) -> None:
    """The answer: banner, decision summary and every whole-region KPI."""
    plans = [NamedPlan(v.name, v.scenario) for v in outcome.result.variants]
    findings = [
        {"variant": name, **finding}
        for name, payloads in outcome.result.payloads.items()
        for payload in payloads
        for finding in payload.get("findings", [])
    ]
    t = translator(options.lang, plans[0].scenario)
    answer.show(
        plans,
        outcome.summary,
        outcome.differences,
        findings,
        outcome.warnings,
        outcome.result.replications,
        t,
        options.format,
        sweep,
    )


def trial_command(scenario: Scenario, options: Options, weeks: int | None) -> None:
    """`samsim run -n N`: a trial of one scenario."""
    if weeks is not None:
        meta = scenario.scenario.model_copy(update={"weeks": weeks})
        scenario = scenario.model_copy(update={"scenario": meta})
    t = translator(options.lang, scenario)
    outcome = execute(options, lambda settings: api.trial(scenario, settings), t)
    show(outcome, options)


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
    lang: LangOption = None,
    format: FormatOption = Format.table,
    excel: Excel = None,
) -> None:
    """Compare scenarios under common random numbers: paired differences with intervals."""
    if len(files) < 2:
        t = translator(lang)
        refuse(t, t("experiment.two_files"))
    scenarios = [load_or_exit(f, lang) for f in files]
    t = translator(lang, scenarios[0])
    names = plan_names(files, scenarios, t)
    options = Options.of(locals())
    outcome = execute(options, lambda settings: api.compare(scenarios, settings, names), t)
    show(outcome, options)


def plan_names(files: list[Path], scenarios: list[Scenario], t: Translator) -> list[str]:
    """The plans' scenario ids; when two files share one, every plan is named by its file
    name instead, with one warning that says so."""
    ids = [s.scenario.id for s in scenarios]
    if len(set(ids)) == len(ids):
        return ids
    shared = sorted({i for i in ids if ids.count(i) > 1})
    errors.print(t("compare.same_id", ids=", ".join(shared)), markup=False, soft_wrap=True)
    return [f.stem for f in files]


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
    lang: LangOption = None,
    format: FormatOption = Format.table,
    excel: Excel = None,
) -> None:
    """Run a scenario over a grid or Latin hypercube of parameter values; one tidy table."""
    if method not in ("grid", "lhs"):
        t = translator(lang)
        refuse(t, t("experiment.method", method=method))
    scenario = load_or_exit(file, lang)
    t = translator(lang, scenario)
    kind: Literal["grid", "lhs"] = "grid" if method == "grid" else "lhs"
    options = Options.of(locals())
    outcome = execute(
        options, lambda settings: api.sweep(scenario, set_, settings, kind, points), t
    )
    show(outcome, options, sweep=True)
