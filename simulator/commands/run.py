"""`samsim run`: one replication of a scenario, its KPI table, and optionally files."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path
from typing import Annotated

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import typer

from simulator.commands import answer, experiment
from simulator.commands.common import errors, load_or_exit, translator
from simulator.commands.output import Format, FormatOption, Grid, LangOption
from simulator.compiler import compile_plan
from simulator.engine import Plan, RunResult, simulate
from simulator.engine.eventlog import parquet_event_log
from simulator.experiment import notices
from simulator.experiment.executors import Executor, make_executor
from simulator.experiment.outdir import claim
from simulator.experiment.replication import BREACHES, breaches
from simulator.files import write_atomic, write_text_atomic
from simulator.plan.timeline import CATEGORIES
from simulator.report.decision import Tables
from simulator.report.excel import write_workbook
from simulator.report.feasibility import NamedPlan
from simulator.report.findings import measured
from simulator.report.i18n import Translator
from simulator.report.kpis import ALL
from simulator.report.results import entity_names
from simulator.rules import Severity
from simulator.scenario import Scenario
from simulator.scenario.settings import Lang

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
    lang: LangOption = None,
    format: FormatOption = Format.table,
    excel: experiment.Excel = None,
) -> None:
    """Simulate a scenario: one replication and its KPIs, or with -n a trial of replications
    with a 95 % interval on every KPI (--out then writes a result directory; --report runs
    even one replication as a trial, so that it has a report)."""
    scenario = load_or_exit(file, lang)
    if replications != "1" or report:  # a report is made from a trial's result directory
        experiment.trial_command(scenario, experiment.Options.of(locals()), weeks)
        return
    if out is not None:
        claim(out, experiment=False)
    t = translator(lang, scenario)
    with notices.collected() as warnings:
        plan = compile_plan(scenario, weeks)
    answer.warnings_notice(warnings, None, t)
    chosen_seed = scenario.scenario.seed if seed is None else seed
    try:
        if out is not None and events:
            result = simulate_with_event_log(plan, chosen_seed, weeks, out / "events.parquet")
        else:
            result = _simulated(
                plan, chosen_seed, weeks, make_executor(workers, scheduler, dask_local)
            )
        _print_result(scenario, result, {result.scenario: warnings}, t, format)
        if out is not None:
            write_outputs(result, out, events)
        if excel is not None:
            _workbook(scenario, result, excel, t)
    except OSError as error:
        where = excel if out is None else out
        reason = error.strerror or error
        errors.print(
            t("cli.error", message=t("cli.cannot_write", where=where, reason=reason)), markup=False
        )
        raise typer.Exit(EXIT_OUTPUT) from None
    if out is not None:
        errors.print(t("run.results_in", where=out), markup=False)


def _simulated(plan: Plan, seed: int, weeks: int | None, executor: Executor) -> RunResult:
    """One replication; on several workers its legevakt districts and timelines run as their
    tasks (the same result as in this process alone)."""
    try:
        return simulate(plan, seed, weeks, executor=None if executor.workers < 2 else executor)
    finally:
        getattr(executor, "close", lambda: None)()


def _workbook(scenario: Scenario, result: RunResult, path: Path, t: Translator) -> None:
    """The one replication's workbook: its values as means, without intervals."""
    names = entity_names([scenario])
    tables = Tables(single_summary(result), None, [result.scenario], names, result.weeks)
    errors.print(t("run.excel_in", where=write_workbook(path, tables, t)), markup=False)


def simulate_with_event_log(plan: Plan, seed: int, weeks: int | None, path: Path) -> RunResult:
    """One replication with its event log streamed into the Parquet file `path`, which appears
    (atomically) only once the replication has finished."""
    results: list[RunResult] = []

    def write(temporary: Path) -> None:
        with parquet_event_log(temporary) as log:
            results.append(simulate(plan, seed, weeks, log))

    write_atomic(path, write)
    return results[0]


def _print_result(
    scenario: Scenario,
    result: RunResult,
    warnings: dict[str, list[str]],
    t: Translator,
    format: Format,
) -> None:
    """The answer of one replication (values without intervals), then its rule findings."""
    findings = [{"variant": result.scenario, **f.to_json()} for f in result.findings]
    meta = scenario.scenario.model_copy(update={"weeks": result.weeks})  # --weeks, if given
    plans = [NamedPlan(result.scenario, scenario.model_copy(update={"scenario": meta}))]
    extra = [findings_grid(scenario, result, t)]
    answer.show(plans, single_summary(result), None, findings, warnings, 1, t, format, extra=extra)


def single_summary(result: RunResult) -> pd.DataFrame:
    """One replication as a summary table: each value its own mean, with no interval."""
    values = {(name, ALL): v for name, v in result.kpis.items()}
    values[(BREACHES, ALL)] = breaches(result)
    for muni, kpis in result.by_municipality.items():
        values.update({(name, muni): v for name, v in kpis.items()})
    rows = [
        (result.scenario, kpi, scope, value, math.nan, math.nan)
        for (kpi, scope), value in sorted(values.items())
    ]
    return pd.DataFrame(rows, columns=["variant", "kpi", "scope", "mean", "ci_low", "ci_high"])


def findings_grid(scenario: Scenario, result: RunResult, t: Translator) -> Grid:
    """Breaches and warnings of the run, in words; information findings are only counted."""
    shown = [f for f in result.findings if f.severity is not Severity.info]
    names = entity_names([scenario]) | {p.id: p.name or p.id for p in scenario.physicians}
    title = t("findings.terminal_title", shown=len(shown), quiet=len(result.findings) - len(shown))
    header = [t(f"col.{c}") for c in ("severity", "rule", "subject", "measured", "source")]
    rows = [
        [
            t(f"severity.{f.severity.value}"),
            f.title.in_lang(Lang(t.lang)),
            names.get(f.subject_id, f.subject_id),
            measured(f.to_json(), t),
            f.cite(t.lang),
        ]
        for f in shown
    ]
    return Grid(title, header, rows)


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
