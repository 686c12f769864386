"""The rota the engine uses: the legevakt's rota file if it has one, else a generated one."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path

from simulator.rota.assignment import Assignment
from simulator.rota.feasibility import explain
from simulator.rota.pool import legevakt_by_id
from simulator.rota.problem import OfficeRest, RotaProblem, build_problem
from simulator.rota.rotafile import read_rota
from simulator.rota.solver import SolverSettings, solve
from simulator.rota.staffing import Staffing
from simulator.scenario import Scenario

log = logging.getLogger(__name__)

ENGINE_SETTINGS = SolverSettings(time_limit=4.0)  # a legal rota quickly; `make` tries harder


def rota_for(
    scenario: Scenario,
    legevakt_id: str,
    start: dt.date,
    weeks: int,
    base_dir: Path | None = None,
    settings: SolverSettings | None = None,
) -> list[Assignment]:
    """Assignments for `legevakt_id` over `weeks` weeks from `start`, by start time.

    A `rota_file` (relative to `base_dir`, the scenario's folder) is read and cut to the
    period. Otherwise the CP-SAT solver generates one (the greedy rotation, with a warning, if
    it finds none) in which the rest after a shift frees the doctor from office hours
    (MODEL.md §4: the engine removes that office capacity).
    """
    legevakt = legevakt_by_id(scenario, legevakt_id)
    if legevakt.rota_file is not None:
        return _from_file(
            scenario, legevakt_id, (base_dir or Path.cwd()) / legevakt.rota_file, start, weeks
        )
    problem = build_problem(scenario, legevakt_id, start, weeks, office_rest=OfficeRest.free_office)
    staffing = _generated(problem, settings or ENGINE_SETTINGS)
    missing = staffing.unfilled()
    if missing:
        log.warning(
            "%s: %d of %d shifts are short of doctors in the generated rota, first %s",
            legevakt_id,
            len(missing),
            len(problem.shifts),
            problem.shifts[missing[0]].label,
        )
    return sorted(staffing.assignments(), key=lambda a: (a.start, a.shift, a.physician))


def _from_file(
    scenario: Scenario, legevakt_id: str, path: Path, start: dt.date, weeks: int
) -> list[Assignment]:
    begin = dt.datetime.combine(start, dt.time())
    end = begin + dt.timedelta(weeks=weeks)
    known = {p.id for p in scenario.physicians}
    rota = [a for a in read_rota(path, known) if a.legevakt == legevakt_id]
    return [a for a in rota if begin <= a.start < end]


def _generated(problem: RotaProblem, settings: SolverSettings) -> Staffing:
    """The solver's rota, 4-week block by block; a block that has no legal rota (counting
    shows it, or the solver finds none) gets the greedy rotation, which keeps the rules but may
    leave shifts short, with a warning naming the binding rule."""
    result = solve(problem, replace(settings, fill_gaps=True))
    for block in result.gaps:
        findings = explain(block)
        reason = str(findings[0]) if findings else "the solver found none"
        log.warning(
            "%s: no legal rota from %s: %s; using the greedy rotation there (see `samsim rota "
            "make`)",
            problem.legevakt,
            block.start,
            reason,
        )
    assert result.staffing is not None  # filling the gaps always staffs the rota
    return result.staffing
