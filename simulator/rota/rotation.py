"""The rota the engine uses: the legevakt's rota file if it has one, else a generated one."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from simulator.rota.assignment import Assignment
from simulator.rota.greedy import greedy_rota
from simulator.rota.pool import legevakt_by_id
from simulator.rota.problem import OfficeRest, build_problem
from simulator.rota.rotafile import read_rota
from simulator.rota.solver import SolverSettings, solve
from simulator.scenario import Scenario

log = logging.getLogger(__name__)


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
        path = (base_dir or Path.cwd()) / legevakt.rota_file
        begin = dt.datetime.combine(start, dt.time())
        end = begin + dt.timedelta(weeks=weeks)
        known = {p.id for p in scenario.physicians}
        rota = [a for a in read_rota(path, known) if a.legevakt == legevakt_id]
        return [a for a in rota if begin <= a.start < end]
    problem = build_problem(scenario, legevakt_id, start, weeks, office_rest=OfficeRest.free_office)
    result = solve(problem, settings)
    staffing = result.staffing
    if staffing is None:
        log.warning(
            "%s: the rota solver found no rota (%s); falling back to the greedy rotation, "
            "which may break rules or leave shifts short (see `samsim rota make`)",
            legevakt_id,
            result.status,
        )
        staffing = greedy_rota(problem)
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
