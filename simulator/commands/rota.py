"""`samsim rota make|check|size`: legevakt rotas generated, checked and sized.

Exit codes: 0 done; 1 no rota exists (make), breaches found (check) or no pool size meets the
target (size); 2 invalid input.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.table import Table

from simulator.commands import options
from simulator.commands.common import EXIT_INVALID, console, errors, load_or_exit
from simulator.experiment.outdir import folder
from simulator.plan.assignment import Assignment
from simulator.rota.csvinput import RotaInputError
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
) -> None:
    """Make a legal, fair rota with CP-SAT; explain why when none exists."""
    folder(out)
    scenario = load_or_exit(file)
    _legevakt_or_exit(scenario, legevakt)
    first = _date_or_exit(start, scenario)
    horizon = weeks or scenario.scenario.weeks
    prefs = _preferences_or_exit(preferences, scenario)
    problem = build_problem(
        scenario, legevakt, first, horizon, prefs, _office_rest(free_after_duty)
    )
    with console.status(f"making the rota with CP-SAT (budget {time_limit:g} s)"):
        outcome = make_rota(problem, SolverSettings(time_limit=time_limit))
    if outcome.staffing is None:
        console.print(f"[bold red]No rota[/bold red] for {legevakt} from {first}, {horizon} weeks:")
        for reason in outcome.why_not():
            console.print(f"  • {reason}", markup=False, soft_wrap=True)
        if not free_after_duty and any(Rule.office.value in r for r in outcome.why_not()):
            console.print("  (with --free-after-duty the rest after a shift frees the office day)")
        raise typer.Exit(EXIT_NO)
    console.print(_burden_table(outcome.staffing))
    for doctor, why in reasons_off_share(outcome.staffing).items():
        console.print(f"  {doctor} off the fair share: {why}", markup=False, soft_wrap=True)
    result = outcome.result
    if result is not None and result.gap is not None:
        console.print(
            f"{outcome.staffing.method}: objective {result.objective:g}, bound {result.bound:g}, "
            f"optimality gap {100 * result.gap:.1f} %, {result.seconds:.1f} s"
        )
    assignments = outcome.staffing.assignments()
    _report_rule_check(scenario, assignments)
    csv_path = out / f"{legevakt}-rota.csv"
    write_rota(csv_path, assignments)
    names = {lv.id: lv.name for lv in scenario.legevakt}
    names |= {p.id: p.name for p in scenario.physicians if p.name}
    calendars = write_calendars(out, legevakt, assignments, names)
    console.print(f"wrote {csv_path} and {len(calendars)} calendar files in {out}")


@rota_app.command()
def check(
    file: File,
    rota: Annotated[Path, typer.Option("--rota", help="Rota CSV (one row per shift).")],
) -> None:
    """Check a rota with the rules engine; list the findings per doctor."""
    scenario = load_or_exit(file)
    try:
        known = ({p.id for p in scenario.physicians}, {lv.id for lv in scenario.legevakt})
        assignments = read_rota(rota, *known)
    except RotaInputError as error:
        _invalid(str(error))
    findings = check_rota(scenario, assignments)
    lang = scenario.scenario.lang.value
    table = Table(title=f"Findings in {rota}", title_justify="left")
    for column in ("subject", "rule", "severity", "when", "finding", "source"):
        table.add_column(column)
    for f in sorted(findings, key=lambda f: (f.subject_id, f.start or dt.datetime.min)):
        table.add_row(
            f.subject_id,
            f.rule_id,
            f.severity.value,
            f.window(),
            f.explanation.in_lang(lang),
            f.cite(),
        )
    console.print(table if findings else f"[green]no findings[/green] in {len(assignments)} shifts")
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
) -> None:
    """The smallest pool meeting a burden target and the "n-delt vakt" curve."""
    scenario = _with_frequency(load_or_exit(file), frequency_days)
    ids = [legevakt] if legevakt else [lv.id for lv in scenario.legevakt]
    first = _date_or_exit(start, scenario)
    target = Target(target_shifts, target_hours, target_nights)
    settings = SolverSettings(time_limit=time_limit)
    sizes = (smallest_size, largest_size)
    met = [
        _size_one(scenario, i, first, sizes, target, weeks, _office_rest(free_after_duty), settings)
        for i in ids
    ]
    if not all(met):
        raise typer.Exit(EXIT_NO)


def _size_one(
    scenario: Scenario,
    legevakt: str,
    first: dt.date,
    sizes: tuple[int, int | None],
    target: Target,
    weeks: int,
    office_rest: OfficeRest,
    settings: SolverSettings,
) -> bool:
    """Print the curve of one legevakt; True if some pool size meets the target."""
    lv = _legevakt_or_exit(scenario, legevakt)
    members = pool(scenario, lv)
    able = [p for p in members if eligible(p, first)]
    console.print(
        f"\n[bold]{lv.name}[/bold] ({lv.id}): pool of {len(members)} doctors, {len(able)} "
        f"without exemption ({sum(p.fte for p in able):.1f} FTE)"
    )
    low, high = sizes[0], sizes[1] or len(able) + 2
    if not 1 <= low <= high:
        _invalid(f"--min {low} and --max {high} give no pool sizes")
    with console.status(f"solving a {weeks}-week rota for each pool size from {low} to {high}"):
        tried = range(low, high + 1)
        rows = size_curve(scenario, legevakt, tried, first, weeks, office_rest, settings)
    console.print(_curve_table(rows, len(able)))
    failing = [r for r in rows if r.feasible is False]
    if failing:
        console.print(
            f"why {failing[-1].n} doctors are not enough:",
            failing[-1].detail,
            markup=False,
            soft_wrap=True,
        )
    _print_locum_need(locum_need(scenario, legevakt, first))
    best = smallest(rows, target)
    if best is None:
        console.print(f"[red]no pool size from {low} to {high} meets the target[/red]")
    else:
        console.print(f"smallest pool with a legal rota meeting the target: [bold]{best.n}[/bold]")
    options = neighbours(scenario, legevakt, first)
    if options:
        console.print(_neighbour_table(options, len(able)))
    else:
        console.print("no other municipality in the scenario has doctors to join the pool")
    return best is not None


def _print_locum_need(need: LocumNeed) -> None:
    if not need.places:
        console.print("the pool staffs every shift of a year within the rules: no locums needed")
        return
    console.print(
        f"[bold]locums:[/bold] the pool cannot staff {need.places} places on shifts in a year "
        f"within the rules; {need.locums} locum(s) would take them, {need.hours:,.0f} hours, "
        f"NOK {need.cost_nok:,.0f} a year at the legevakt's locum price"
    )


def _burden_table(staffing: Staffing) -> Table:
    table = Table(title="Burden per doctor (fair share in brackets)", title_justify="left")
    for column in ("doctor", "FTE", "shifts", "hours", "nights", "weekends", "holidays"):
        table.add_column(column)
    burdens = staffing.burdens()
    shares = {k: fair_shares(staffing.problem, k) for k in Kind}
    for d, b in enumerate(burdens):
        counts = [f"{b.count(k)} ({shares[k][d]:.1f})" for k in Kind]
        table.add_row(b.physician, f"{b.fte:g}", counts[0], f"{b.hours:g}", *counts[1:])
    return table


def _curve_table(rows: list[SizeRow], members: int) -> Table:
    table = Table(
        title='Burden per full-time doctor per month by pool size ("n-delt vakt")',
        title_justify="left",
    )
    for column in ("n", "shifts", "hours", "nights", "every N days", "legal rota", "why"):
        table.add_column(column)
    for r in rows:
        verdict = {True: "yes", False: "no", None: "unknown"}[r.feasible]
        mark = " (pool)" if r.n == members else ""
        table.add_row(
            f"{r.n}{mark}",
            f"{r.shifts:.1f}",
            f"{r.hours:.0f}",
            f"{r.nights:.1f}",
            f"{r.days_between:.1f}",
            verdict,
            "" if r.feasible else r.why,
        )
    return table


def _neighbour_table(options: list[Neighbour], members: int) -> Table:
    table = Table(
        title="Inter-municipal options: doctors who would join if the legevakt served",
        title_justify="left",
    )
    for column in ("municipality", "doctors", "without exemption", "FTE", "pool would be"):
        table.add_column(column)
    for n in options:
        table.add_row(
            n.municipality,
            str(n.doctors),
            str(n.eligible),
            f"{n.fte:.1f}",
            str(members + n.eligible),
        )
    return table


def _report_rule_check(scenario: Scenario, assignments: list[Assignment]) -> None:
    findings = check_rota(scenario, assignments)
    breaches = [f for f in findings if f.severity is Severity.breach]
    if breaches:
        console.print(f"[red]{len(breaches)} breach(es)[/red]; run `samsim rota check`")
    else:
        console.print(f"rules engine: no breaches ({len(findings)} other findings)")


def _with_frequency(scenario: Scenario, days: int | None) -> Scenario:
    if days is None:
        return scenario
    if not 1 <= days <= 60:
        _invalid(f"--frequency-days {days} must be from 1 to 60")
    policy = scenario.policy.model_copy(update={"max_shift_frequency_days": days})
    return scenario.model_copy(update={"policy": policy})


def _office_rest(free_after_duty: bool) -> OfficeRest:
    return OfficeRest.free_office if free_after_duty else OfficeRest.keep_office


def _legevakt_or_exit(scenario: Scenario, legevakt: str) -> Legevakt:
    try:
        return legevakt_by_id(scenario, legevakt)
    except KeyError as error:
        _invalid(str(error.args[0]))


def _date_or_exit(text: str | None, scenario: Scenario) -> dt.date:
    if text is None:
        return scenario.scenario.start_date
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        _invalid(f"--from '{text}' is not a date (YYYY-MM-DD)")


def _preferences_or_exit(path: Path | None, scenario: Scenario) -> Preferences | None:
    if path is None:
        return None
    try:
        return read_preferences(path, {p.id for p in scenario.physicians})
    except RotaInputError as error:
        _invalid(str(error))


def _invalid(message: str) -> NoReturn:
    errors.print(message, markup=False, soft_wrap=True)
    raise typer.Exit(EXIT_INVALID)
