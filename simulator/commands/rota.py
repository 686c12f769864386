"""`samsim rota make|check|size`: legevakt rotas generated, checked and sized.

Exit codes: 0 done; 1 no rota exists (make), breaches found (check) or no pool size meets the
target (size); 2 invalid input.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from simulator.commands import options
from simulator.commands.common import console, errors, load_or_exit, refuse, translator
from simulator.commands.output import Format, FormatOption, Grid, LangOption, emit
from simulator.experiment.outdir import folder
from simulator.plan.assignment import Assignment
from simulator.report.i18n import Translator
from simulator.rota.fairness import Kind, fair_shares
from simulator.rota.ical import write_calendars
from simulator.rota.make import make_rota
from simulator.rota.model import Rule
from simulator.rota.pool import eligible, legevakt_by_id, pool
from simulator.rota.preferences import Preferences, read_preferences
from simulator.rota.problem import OfficeRest, build_problem
from simulator.rota.rotafile import read_rota, write_rota
from simulator.rota.shares import reasons_off_share
from simulator.rota.sizing import (
    LocumNeed,
    Neighbour,
    SizeRow,
    Target,
    locum_need,
    neighbours,
    size_curve,
    smallest,
)
from simulator.rota.solver import SolverSettings
from simulator.rota.staffing import Staffing
from simulator.rules import Severity, check_rota
from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt

EXIT_NO = 1

rota_app = typer.Typer(help="Legevakt rotas: make, check and size them.", no_args_is_help=True)

File = Annotated[Path, typer.Argument(help="Scenario YAML file.")]
LegevaktId = Annotated[str, typer.Option("--legevakt", help="Legevakt id.")]
From = Annotated[str | None, typer.Option("--from", help="First day (YYYY-MM-DD); default: start.")]
FreeAfterDuty = Annotated[
    bool,
    typer.Option(
        "--free-after-duty/--keep-office-days",
        help="Rest after a shift frees the doctor from office hours (SFS 2305 § 7.4 time off, as "
        "the engine simulates it), or forbid shifts that end less than the rest before an "
        "office day.",
    ),
]
TimeLimit = Annotated[
    float,
    typer.Option(
        callback=options.positive,
        help="Solver budget in CP-SAT deterministic seconds (reproducible), above 0.",
    ),
]


def register(app: typer.Typer) -> None:
    app.add_typer(rota_app, name="rota")


@rota_app.command()
def make(
    file: File,
    legevakt: LegevaktId,
    start: From = None,
    weeks: Annotated[
        int | None, typer.Option(min=1, max=520, help="Weeks; default: the scenario's.")
    ] = None,
    out: Annotated[Path, typer.Option(help="Folder for the CSV and .ics files.")] = Path("rota"),
    preferences: Annotated[
        Path | None, typer.Option(help="CSV of vacations, blocked dates and wishes.")
    ] = None,
    free_after_duty: FreeAfterDuty = True,
    time_limit: TimeLimit = 10.0,
    format: FormatOption = Format.table,
    lang: LangOption = None,
) -> None:
    """Make a legal, fair rota with CP-SAT; explain why when none exists."""
    scenario = load_or_exit(file, lang)
    folder(out)
    t, say = translator(lang, scenario), _sayer(format)
    _legevakt_or_exit(scenario, legevakt, t)
    first = _date_or_exit(start, scenario, t)
    horizon = weeks or scenario.scenario.weeks
    prefs = _preferences_or_exit(preferences, scenario)
    problem = build_problem(
        scenario, legevakt, first, horizon, prefs, _office_rest(free_after_duty)
    )
    with console.status(t("rota.status_make", budget=f"{time_limit:g}")):
        outcome = make_rota(problem, SolverSettings(time_limit=time_limit))
    if outcome.staffing is None:
        say.print(t("rota.no_rota", legevakt=legevakt, first=first, weeks=horizon), style="bold")
        for reason in outcome.why_not():
            say.print(f"  • {_solver_words(reason, t)}", markup=False, soft_wrap=True)
        if not free_after_duty and any(Rule.office.value in r for r in outcome.why_not()):
            say.print(t("rota.hint_free"), markup=False)
        raise typer.Exit(EXIT_NO)
    emit([_burden_grid(outcome.staffing, t)], format)
    for doctor, why in reasons_off_share(outcome.staffing).items():
        words = _solver_words(why, t)
        say.print(t("rota.off_share", doctor=doctor, why=words), markup=False, soft_wrap=True)
    result = outcome.result
    if result is not None and result.gap is not None:
        numbers = {"objective": f"{result.objective:g}", "bound": f"{result.bound:g}"}
        gap, seconds = t.number(100 * result.gap, 1), t.number(result.seconds, 1)
        method = outcome.staffing.method
        say.print(t("rota.optimality", method=method, gap=gap, seconds=seconds, **numbers))
    assignments = outcome.staffing.assignments()
    _report_rule_check(scenario, assignments, say, t)
    csv_path = out / f"{legevakt}-rota.csv"
    write_rota(csv_path, assignments)
    names = {lv.id: lv.name for lv in scenario.legevakt}
    names |= {p.id: p.name for p in scenario.physicians if p.name}
    calendars = write_calendars(out, legevakt, assignments, names)
    wrote = t("rota.wrote", csv=csv_path, count=len(calendars), out=out)
    say.print(wrote, markup=False, soft_wrap=True)


@rota_app.command()
def check(
    file: File,
    rota: Annotated[Path, typer.Option("--rota", help="Rota CSV (one row per shift).")],
    format: FormatOption = Format.table,
    lang: LangOption = None,
) -> None:
    """Check a rota with the rules engine; list the findings per doctor."""
    scenario = load_or_exit(file, lang)
    t = translator(lang, scenario)
    known = ({p.id for p in scenario.physicians}, {lv.id for lv in scenario.legevakt})
    assignments = read_rota(rota, *known)  # a RotaInputError takes the one error path
    findings = check_rota(scenario, assignments)
    if not findings:
        _sayer(format).print(t("rota.no_findings", count=len(assignments)), markup=False)
    rows = [
        [
            f.subject_id,
            f.rule_id,
            t(f"severity.{f.severity.value}"),
            f.window(),
            f.explanation.in_lang(t.lang),
            f.cite(t.lang),
        ]
        for f in sorted(findings, key=lambda f: (f.subject_id, f.start or dt.datetime.min))
    ]
    if findings or format is not Format.table:
        columns = ("subject", "rule", "severity", "when", "finding", "source")
        header = [t(f"rota.col.{c}") for c in columns]
        emit([Grid(t("rota.findings_title", rota=rota), header, rows)], format)
    if any(f.severity is Severity.breach for f in findings):
        raise typer.Exit(EXIT_NO)


@rota_app.command()
def size(
    file: File,
    legevakt: Annotated[
        str | None, typer.Option("--legevakt", help="Legevakt id; default: every legevakt.")
    ] = None,
    start: From = None,
    smallest_size: Annotated[int, typer.Option("--min", help="Smallest pool size tried.")] = 1,
    largest_size: Annotated[
        int | None, typer.Option("--max", help="Largest pool size tried; default: pool + 2.")
    ] = None,
    target_shifts: Annotated[
        float | None, typer.Option(help="Most shifts per full-time doctor per month.")
    ] = None,
    target_hours: Annotated[
        float | None, typer.Option(help="Most on-call hours per full-time doctor per month.")
    ] = None,
    target_nights: Annotated[
        float | None, typer.Option(help="Most night shifts per full-time doctor per month.")
    ] = None,
    frequency_days: Annotated[
        int | None, typer.Option(help="Policy: at most one shift in N days (overrides file).")
    ] = None,
    weeks: Annotated[int, typer.Option(min=1, max=52, help="Weeks solved per pool size.")] = 4,
    free_after_duty: FreeAfterDuty = True,
    time_limit: TimeLimit = 3.0,
    format: FormatOption = Format.table,
    lang: LangOption = None,
) -> None:
    """The smallest pool meeting a burden target and the "n-delt vakt" curve."""
    loaded = load_or_exit(file, lang)
    out = Shown(format, translator(lang, loaded))
    scenario = _with_frequency(loaded, frequency_days, out.t)
    ids = [legevakt] if legevakt else [lv.id for lv in scenario.legevakt]
    first = _date_or_exit(start, scenario, out.t)
    target = Target(target_shifts, target_hours, target_nights)
    settings = SolverSettings(time_limit=time_limit)
    sizes = (smallest_size, largest_size)
    rest = _office_rest(free_after_duty)
    met = [_size_one(scenario, i, first, sizes, target, weeks, rest, settings, out) for i in ids]
    out.flush()
    if not all(met):
        raise typer.Exit(EXIT_NO)


class Shown:
    """Where a command's output goes: its tables as `--format` asks (on a terminal each where
    it belongs, as CSV or JSON together at the end), its sentences beside them (on stderr when
    the tables are data), in the language of `t`."""

    def __init__(self, format: Format, t: Translator) -> None:
        self.format, self.t, self.say = format, t, _sayer(format)
        self.kept: list[Grid] = []

    def grid(self, grid: Grid) -> None:
        if self.format is Format.table:
            emit([grid])
        else:
            self.kept.append(grid)

    def line(self, key: str, **values: object) -> None:
        self.say.print(self.t(key, **values), markup=False, soft_wrap=True)

    def flush(self) -> None:
        if self.kept:
            emit(self.kept, self.format)


def _solver_words(text: str, t: Translator) -> str:
    """The rota solver explains itself in English (simulator.rota): in English as it wrote it,
    in bokmål one sentence that says where to read it, so no line mixes the languages."""
    return text if t.lang == "en" or not text else t("rota.solver_english")


def _sayer(format: Format) -> Console:
    """The console for a command's sentences: stdout beside tables, stderr beside data."""
    return console if format is Format.table else errors


def _size_one(
    scenario: Scenario,
    legevakt: str,
    first: dt.date,
    sizes: tuple[int, int | None],
    target: Target,
    weeks: int,
    office_rest: OfficeRest,
    settings: SolverSettings,
    out: Shown,
) -> bool:
    """Print the curve of one legevakt; True if some pool size meets the target."""
    t = out.t
    lv = _legevakt_or_exit(scenario, legevakt, t)
    members = pool(scenario, lv)
    able = [p for p in members if eligible(p, first)]
    fte = t.number(sum(p.fte for p in able), 1)
    out.say.print("")
    out.line("rota.pool", name=lv.name, id=lv.id, members=len(members), able=len(able), fte=fte)
    low, high = sizes[0], sizes[1] or len(able) + 2
    if not 1 <= low <= high:
        refuse(t, t("rota.no_sizes", low=low, high=high))
    with console.status(t("rota.status_size", weeks=weeks, low=low, high=high)):
        tried = range(low, high + 1)
        rows = size_curve(scenario, legevakt, tried, first, weeks, office_rest, settings)
    out.grid(_curve_grid(rows, len(able), t))
    failing = [r for r in rows if r.feasible is False]
    if failing:
        detail = _solver_words(failing[-1].detail, t)
        out.say.print(t("rota.why_short", n=failing[-1].n), detail, markup=False, soft_wrap=True)
    _print_locum_need(locum_need(scenario, legevakt, first), out)
    best = smallest(rows, target)
    if best is None:
        out.line("rota.none_meets", low=low, high=high)
    else:
        out.line("rota.smallest", n=best.n)
    options = neighbours(scenario, legevakt, first)
    if options:
        out.grid(_neighbour_grid(options, len(able), t))
    else:
        out.line("rota.no_neighbours")
    return best is not None


def _print_locum_need(need: LocumNeed, out: Shown) -> None:
    if not need.places:
        out.line("rota.no_locums")
        return
    t = out.t
    hours, cost = t.integer(round(need.hours)), t.integer(round(need.cost_nok))
    out.line("rota.locums", places=need.places, locums=need.locums, hours=hours, cost=cost)


def _burden_grid(staffing: Staffing, t: Translator) -> Grid:
    columns = ("doctor", "fte", "shifts", "hours", "nights", "weekends", "holidays")
    shares = {k: fair_shares(staffing.problem, k) for k in Kind}
    rows = []
    for d, b in enumerate(staffing.burdens()):
        counts = [f"{b.count(k)} ({t.number(shares[k][d], 1)})" for k in Kind]
        rows.append([b.physician, f"{b.fte:g}", counts[0], f"{b.hours:g}", *counts[1:]])
    return Grid(t("rota.burden_title"), [t(f"rota.col.{c}") for c in columns], rows)


def _curve_grid(rows: list[SizeRow], members: int, t: Translator) -> Grid:
    columns = ("n", "shifts", "hours", "nights", "every", "legal", "why")
    verdicts = {True: t("rota.yes"), False: t("rota.no"), None: t("rota.unknown")}
    cells = [
        [
            t("rota.pool_mark", n=r.n) if r.n == members else str(r.n),
            t.number(r.shifts, 1),
            t.number(r.hours, 0),
            t.number(r.nights, 1),
            t.number(r.days_between, 1),
            verdicts[r.feasible],
            "" if r.feasible else _solver_words(r.why, t),
        ]
        for r in rows
    ]
    return Grid(t("rota.curve_title"), [t(f"rota.col.{c}") for c in columns], cells)


def _neighbour_grid(options: list[Neighbour], members: int, t: Translator) -> Grid:
    columns = ("municipality", "doctors", "eligible", "fte", "would_be")
    rows = [
        [
            n.municipality,
            str(n.doctors),
            str(n.eligible),
            t.number(n.fte, 1),
            str(members + n.eligible),
        ]
        for n in options
    ]
    return Grid(t("rota.neighbour_title"), [t(f"rota.col.{c}") for c in columns], rows)


def _report_rule_check(
    scenario: Scenario, assignments: list[Assignment], say: Console, t: Translator
) -> None:
    findings = check_rota(scenario, assignments)
    breaches = [f for f in findings if f.severity is Severity.breach]
    if breaches:
        say.print(t("rota.breaches", count=len(breaches)), style="red", markup=False)
    else:
        say.print(t("rota.no_breaches", count=len(findings)), markup=False)


def _with_frequency(scenario: Scenario, days: int | None, t: Translator) -> Scenario:
    if days is None:
        return scenario
    if not 1 <= days <= 60:
        refuse(t, t("rota.bad_frequency", days=days))
    policy = scenario.policy.model_copy(update={"max_shift_frequency_days": days})
    return scenario.model_copy(update={"policy": policy})


def _office_rest(free_after_duty: bool) -> OfficeRest:
    return OfficeRest.free_office if free_after_duty else OfficeRest.keep_office


def _legevakt_or_exit(scenario: Scenario, legevakt: str, t: Translator) -> Legevakt:
    try:
        return legevakt_by_id(scenario, legevakt)
    except KeyError:
        known = ", ".join(lv.id for lv in scenario.legevakt) or t("rota.none")
        refuse(t, t("rota.no_legevakt", id=legevakt, known=known))


def _date_or_exit(text: str | None, scenario: Scenario, t: Translator) -> dt.date:
    if text is None:
        return scenario.scenario.start_date
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        refuse(t, t("rota.bad_date", text=text))


def _preferences_or_exit(path: Path | None, scenario: Scenario) -> Preferences | None:
    """The preferences in `path`; a RotaInputError takes the one error path."""
    return read_preferences(path, {p.id for p in scenario.physicians}) if path else None
