"""Trials and comparisons started from the app, each in its own thread on the experiment layer
the CLI uses (`simulator.experiment.api`), so a result is bit for bit that of `samsim run -n` or
`samsim compare` with the same seed, and its directory is one the CLI can read and resume.

A run writes its plans into the result directory (`plans/<id>.yaml`), so the comparison can
be repeated with the CLI; after the replications come the HTML report and the legevakt rotas as
iCalendar files. Cancelling takes effect after the replication under way.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from dataclasses import dataclass, field
from pathlib import Path

from simulator.compiler import compile_plan
from simulator.errors import WordedError
from simulator.experiment import api
from simulator.files import write_text_atomic
from simulator.plan.assignment import Assignment
from simulator.report.excel import write_outcome
from simulator.report.i18n import Translator
from simulator.report.render import REPORT_FILE, render_report
from simulator.rota.cache import RotaCache
from simulator.rota.ical import write_calendars
from simulator.scenario import Scenario
from simulator.starter.ids import unique

MAX_PLANS = 4
MAX_REPLICATIONS = 1000  # the app's limit; `-n auto` and more are the CLI's
ROTA_DAYS = 14  # the first two weeks of each rota are shown on the run's page
PLANS_DIR = "plans"
CALENDARS_DIR = "calendars"
EXCEL_FILE = "results.xlsx"
# Report rendering draws with matplotlib, whose state is shared by the process.
_REPORT_LOCK = threading.Lock()


@dataclass(frozen=True)
class RotaTable:
    """Who works which shift, day by day, at one legevakt of one plan."""

    plan: str
    legevakt: str
    shifts: list[str]
    days: list[tuple[dt.date, list[str]]]  # a physician (or '') per shift


class Cancelled(Exception):
    """The planner pressed cancel."""


@dataclass
class Run:
    id: str
    names: list[str]
    out: Path
    replications: int
    lang: str
    done: int = 0
    total: int = 0
    state: str = "running"  # running, done, cancelled or failed
    error: str = ""
    calendars: list[list[Path]] = field(default_factory=list)  # whole rota, then per doctor
    rotas: list[RotaTable] = field(default_factory=list)
    cancel: threading.Event = field(default_factory=threading.Event)

    def files(self) -> dict[str, list[str]]:
        """Downloadable files, relative to the result directory."""
        return {
            "plans": sorted(str(p.relative_to(self.out)) for p in self.out.glob("plans/*.yaml")),
            "report": [REPORT_FILE] if (self.out / REPORT_FILE).is_file() else [],
            "excel": [EXCEL_FILE] if (self.out / EXCEL_FILE).is_file() else [],
        }

    def calendar_links(self) -> list[tuple[str, list[str]]]:
        """Each legevakt's whole-rota calendar and its doctors' ones, relative to the result
        directory."""
        return [
            (str(whole.relative_to(self.out)), [str(p.relative_to(self.out)) for p in doctors])
            for whole, *doctors in self.calendars
        ]


class Runs:
    """Runs by id; each runs in its own thread, so two tabs may run at once."""

    def __init__(self, results: Path) -> None:
        self.results = results
        self._runs: dict[str, Run] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def get(self, run_id: str) -> Run | None:
        return self._runs.get(run_id)

    def start(self, plans: list[tuple[Scenario, str]], replications: int, lang: str) -> Run:
        """Run `plans` (scenario and YAML text) for `replications` in a thread of its own."""
        if not 1 <= len(plans) <= MAX_PLANS:
            raise ValueError(f"choose between 1 and {MAX_PLANS} plans")
        names = unique([scenario.scenario.id for scenario, _ in plans])
        with self._lock:
            run_id = self._new_id(names)
            run = Run(run_id, names, self.results / run_id, replications, lang)
            self._runs[run_id] = run
        threading.Thread(target=_execute, args=(run, plans), daemon=True).start()
        return run

    def _new_id(self, names: list[str]) -> str:
        """`run-3-felles-vs-hver-sin`: a new directory under the results folder."""
        while True:
            run_id = f"run-{next(self._ids)}-{'-vs-'.join(names)}"[:80]
            if not (self.results / run_id).exists():
                return run_id


def _execute(run: Run, plans: list[tuple[Scenario, str]]) -> None:
    try:
        outcome = _simulate(run, plans)
        write_outcome(outcome, run.out / EXCEL_FILE, Translator(run.lang))  # as --excel writes
        with _REPORT_LOCK:
            render_report(run.out, run.lang, run.out / REPORT_FILE)  # the page the app shows
        _calendars(run, [scenario for scenario, _ in plans])
        run.state = "done"
    except Cancelled:
        run.state = "cancelled"
    except WordedError as error:  # bad input a library refused, in the page's language
        run.state = "failed"
        run.error = "; ".join(Translator(run.lang).said(s) for s in error.sentences)
    except Exception as error:  # shown to the planner on the run's page, with its kind
        run.state = "failed"
        run.error = f"{type(error).__name__}: {error}"


def _simulate(run: Run, plans: list[tuple[Scenario, str]]) -> api.Outcome:
    for name, (_, text) in zip(run.names, plans, strict=True):
        write_text_atomic(run.out / PLANS_DIR / f"{name}.yaml", text)

    def progress(done: int, total: int) -> None:
        run.done, run.total = done, total
        if run.cancel.is_set():
            raise Cancelled

    settings = api.Settings(replications=run.replications, out=run.out, progress=progress)
    scenarios = [scenario for scenario, _ in plans]
    if len(scenarios) == 1:
        return api.trial(scenarios[0], settings)
    return api.compare(scenarios, settings)


def _calendars(run: Run, scenarios: list[Scenario]) -> None:
    """Each legevakt's rota as iCalendar files (whole rota and per doctor) and as a table of
    its first days, from the rotas the run solved and kept."""
    cache = RotaCache(run.out / api.ROTA_CACHE)
    for name, scenario in zip(run.names, scenarios, strict=True):
        plan = compile_plan(scenario, rota_cache=cache)
        directory = run.out / CALENDARS_DIR / name
        for legevakt in sorted({a.legevakt for a in plan.rota}):
            shifts = [a for a in plan.rota if a.legevakt == legevakt]
            run.calendars.append(write_calendars(directory, legevakt, shifts))
            run.rotas.append(_table(name, legevakt, shifts))


def _table(plan: str, legevakt: str, assignments: list[Assignment]) -> RotaTable:
    shifts = list(dict.fromkeys(a.shift for a in sorted(assignments, key=lambda a: a.start)))
    first = min(a.start.date() for a in assignments)
    days = [first + dt.timedelta(days=i) for i in range(ROTA_DAYS)]
    who = {(a.start.date(), a.shift): a.physician for a in assignments}
    rows = [(day, [who.get((day, shift), "") for shift in shifts]) for day in days]
    return RotaTable(plan, legevakt, shifts, rows)
