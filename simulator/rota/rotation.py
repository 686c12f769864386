"""The rota the engine uses: the legevakt's rota file if it has one, else a generated one."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path

from simulator.plan.assignment import Assignment
from simulator.rota.cache import CachedRota, RotaCache, fingerprint
from simulator.rota.feasibility import explain
from simulator.rota.gaps import cover_gaps, gap_note, short_places
from simulator.rota.greedy import greedy_rota
from simulator.rota.on_demand import needed_only
from simulator.rota.pool import legevakt_by_id
from simulator.rota.problem import OfficeRest, RotaProblem, build_problem
from simulator.rota.rotafile import read_rota
from simulator.rota.solver import SolverSettings, solve
from simulator.rota.staffing import Staffing
from simulator.scenario import Scenario

log = logging.getLogger(__name__)

ENGINE_BUDGET = 4.0  # CP-SAT deterministic seconds for all the generated rotas of a plan
MOST_PER_ROTA = 1.0  # a legal, fair rota quickly; `samsim rota make` tries harder (10)
LEAST_PER_ROTA = 0.25  # below this the blocks get too little search to improve on the greedy
ENGINE_SETTINGS = SolverSettings(time_limit=MOST_PER_ROTA)
GREEDY = SolverSettings(time_limit=0.0)  # no search: the greedy rotation


def engine_settings(rotas: int) -> SolverSettings:
    """The solver settings for each of the `rotas` generated rotas of one plan: the engine's
    budget split evenly, at most `MOST_PER_ROTA` each, and the greedy rotation alone when the
    share falls below `LEAST_PER_ROTA` (a national scenario with 169 legevakter would
    otherwise spend many minutes in CP-SAT). Depends only on the scenario, so deterministic."""
    share = ENGINE_BUDGET / max(rotas, 1)
    if share < LEAST_PER_ROTA:
        return GREEDY
    return replace(ENGINE_SETTINGS, time_limit=min(MOST_PER_ROTA, share))


def plan_rotas(
    scenario: Scenario,
    start: dt.date,
    weeks: int,
    settings: SolverSettings | None = None,
    cache: RotaCache | None = None,
) -> list[Assignment]:
    """Every legevakt's rota for a plan: its rota file, or a generated one with `settings`
    (default: `engine_settings` for the number of rotas to generate)."""
    generated = sum(lv.rota_file is None for lv in scenario.legevakt)
    chosen = settings or engine_settings(generated)
    return [
        a
        for lv in scenario.legevakt
        for a in rota_for(scenario, lv.id, start, weeks, chosen, cache)
    ]


def rota_for(
    scenario: Scenario,
    legevakt_id: str,
    start: dt.date,
    weeks: int,
    settings: SolverSettings | None = None,
    cache: RotaCache | None = None,
) -> list[Assignment]:
    """Assignments for `legevakt_id` over `weeks` weeks from `start`, by start time.

    A `rota_file` (resolved against the scenario's folder when it was loaded) is read and cut to the
    period. Otherwise the CP-SAT solver generates one (the greedy rotation, with a warning,
    for blocks where it finds none; the greedy rotation alone with a zero budget) in which the
    rest after a shift frees the doctor from office hours (MODEL.md §4: the engine removes
    that office capacity). With a `cache`, a rota solved before for the same problem and
    settings is read instead of solved again (not for the greedy rotation alone, which is
    quicker to make than to look up).
    """
    legevakt = legevakt_by_id(scenario, legevakt_id)
    if legevakt.rota_file is not None:
        path = legevakt.rota_file
        rota = _from_file(scenario, legevakt_id, path, start, weeks)
        if not rota:
            log.warning(
                "%s: the rota file %s places NO doctor from %s: every patient of the legevakt "
                "waits without a doctor",
                legevakt_id,
                path,
                start,
            )
        return rota
    problem = build_problem(scenario, legevakt_id, start, weeks, office_rest=OfficeRest.free_office)
    chosen = settings or ENGINE_SETTINGS
    if chosen.time_limit <= 0:
        cache = None  # the greedy rotation takes less time than the fingerprint
    key = fingerprint(problem, chosen) if cache else ""
    rota = cache.load(key) if cache else None
    if rota is None:
        rota = generated(problem, chosen)
        if cache:
            cache.save(key, rota)
    for note in rota.notes:
        log.warning(note)
    staffing = Staffing(problem, rota.doctors, rota.method)
    log.info("%s: rota by %s", legevakt_id, rota.method)
    short = short_places(problem.shifts, rota.doctors)
    covers = cover_gaps(short, legevakt.staffing, problem.rules)
    if covers:
        log.warning(gap_note(legevakt, covers, len(problem.shifts)))
    placed = sorted(
        staffing.assignments() + covers, key=lambda a: (a.start, a.shift, a.cover, a.physician)
    )
    return needed_only(scenario, legevakt, placed)


def _from_file(
    scenario: Scenario, legevakt_id: str, path: Path, start: dt.date, weeks: int
) -> list[Assignment]:
    begin = dt.datetime.combine(start, dt.time())
    end = begin + dt.timedelta(weeks=weeks)
    known = {p.id for p in scenario.physicians}
    rota = [a for a in read_rota(path, known) if a.legevakt == legevakt_id]
    return [a for a in rota if begin <= a.start < end]


def generated(problem: RotaProblem, settings: SolverSettings) -> CachedRota:
    """The pool's rota as the engine makes it: the solver's, 4-week block by block; a block
    that has no legal rota (counting shows it, or the solver finds none) gets the greedy
    rotation, which keeps the rules but may leave shifts short (for the gap policy to cover),
    with a warning naming the binding rule."""
    if settings.time_limit <= 0:
        staffing = greedy_rota(problem)
        gaps: tuple[RotaProblem, ...] = ()
    else:
        result = solve(problem, replace(settings, fill_gaps=True))
        staffing = result.staffing or greedy_rota(problem)
        gaps = result.gaps
    notes = [_gap_note(problem, block) for block in gaps]
    return CachedRota(staffing.doctors, staffing.method, notes)


def _gap_note(problem: RotaProblem, block: RotaProblem) -> str:
    findings = explain(block)
    reason = str(findings[0]) if findings else "the solver found none within its budget"
    return (
        f"{problem.legevakt}: no legal rota from {block.start}: {reason}; using the greedy "
        "rotation there (see `samsim rota make`)"
    )
