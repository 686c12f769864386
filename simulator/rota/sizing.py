"""How many doctors a legevakt needs: the burden per doctor for pool sizes n..m (the "n-delt
vakt" curve), whether the rules allow a rota at each size, and who neighbours could add."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from simulator.rota.competence import competent_alone
from simulator.rota.gaps import cover_gaps, short_places
from simulator.rota.make import make_rota
from simulator.rota.pool import eligible, legevakt_by_id, pool
from simulator.rota.problem import OfficeRest, RotaProblem, build_problem
from simulator.rota.rotation import ENGINE_SETTINGS, generated
from simulator.rota.shifts import Shift, expand
from simulator.rota.solver import SolverSettings
from simulator.scenario import Scenario
from simulator.scenario.gaps import GapPolicy
from simulator.scenario.legevakt import PoolRule
from simulator.scenario.physicians import Competence, Physician

DAYS_PER_MONTH = 365.25 / 12
STANDARD_AGE = 45  # an added doctor is below any exemption age
WEEKS_PER_YEAR = 52


@dataclass(frozen=True)
class Target:
    """Most a full-time doctor should carry per month; None means no target."""

    shifts: float | None = None
    hours: float | None = None
    nights: float | None = None

    def met(self, row: SizeRow) -> bool:
        pairs = ((self.shifts, row.shifts), (self.hours, row.hours), (self.nights, row.nights))
        return all(limit is None or value <= limit for limit, value in pairs)


@dataclass(frozen=True)
class SizeRow:
    """Burden per full-time doctor per month in a pool of `n` and whether a rota exists."""

    n: int
    fte: float
    shifts: float
    hours: float
    nights: float
    days_between: float
    feasible: bool | None
    why: str
    detail: str


@dataclass(frozen=True)
class Neighbour:
    """Doctors in a municipality the legevakt does not serve, who would join if it did."""

    municipality: str
    doctors: int
    eligible: int
    fte: float


def size_curve(
    scenario: Scenario,
    legevakt_id: str,
    sizes: range,
    start: dt.date,
    weeks: int = 4,
    office_rest: OfficeRest = OfficeRest.keep_office,
    settings: SolverSettings | None = None,
) -> list[SizeRow]:
    """For each pool size n: the first n of the pool's eligible doctors (those competent to
    work without bakvakt first, as a smaller pool would keep them), then standard GPs."""
    legevakt = legevakt_by_id(scenario, legevakt_id)
    shifts = expand(legevakt, start, weeks)
    members = sorted(
        (p for p in pool(scenario, legevakt) if eligible(p, start)),
        key=lambda p: not competent_alone(p, start),
    )
    rows: list[SizeRow] = []
    for n in sizes:
        team = (members + _standard_doctors(members, n))[:n]
        problem = build_problem(
            scenario, legevakt_id, start, weeks, office_rest=office_rest, doctors=team
        )
        if any(r.feasible for r in rows):  # a feasible pool plus idle doctors stays feasible
            verdict: tuple[bool | None, str, str] = (True, "", "a smaller pool has a rota")
        else:
            verdict = _feasible(problem, settings or SolverSettings(time_limit=3.0))
        rows.append(_row(n, team, shifts, weeks, *verdict))
    return rows


def _standard_doctors(members: list[Physician], n: int) -> list[Physician]:
    """Full-time, fully competent GPs at the first member's office (their office days count)."""
    office = members[0].office if members else None
    competence = Competence(specialist_general_practice=True, legevakt_courses=True)
    extra = [
        Physician(
            id=f"added-{k + 1}", office=office, age=STANDARD_AGE, fte=1.0, competence=competence
        )
        for k in range(max(0, n - len(members)))
    ]
    return extra


def _feasible(problem: RotaProblem, settings: SolverSettings) -> tuple[bool | None, str, str]:
    """Is there a rota, the binding rule if not, and the full reason."""
    outcome = make_rota(problem, settings)
    if outcome.staffing is not None:
        return True, "", f"rota found ({outcome.staffing.method})"
    rule = outcome.binding()
    if rule is None:
        return None, "undecided", outcome.why_not()[0]
    return False, rule.name.replace("_", " "), outcome.why_not()[0]


def _row(
    n: int,
    team: list[Physician],
    shifts: list[Shift],
    weeks: int,
    feasible: bool | None,
    why: str,
    detail: str,
) -> SizeRow:
    fte = sum(p.fte for p in team)
    months = weeks * 7 / DAYS_PER_MONTH
    per = months * fte
    doctor_shifts = sum(s.doctors for s in shifts)
    return SizeRow(
        n,
        fte,
        doctor_shifts / per,
        sum(s.doctors * s.hours for s in shifts) / per,
        sum(s.doctors for s in shifts if s.night) / per,
        weeks * 7 * fte / doctor_shifts if doctor_shifts else float("inf"),
        feasible,
        why,
        detail,
    )


def smallest(rows: list[SizeRow], target: Target) -> SizeRow | None:
    """The smallest pool with a rota that meets the target."""
    return next((r for r in rows if r.feasible and target.met(r)), None)


def neighbours(scenario: Scenario, legevakt_id: str, day: dt.date) -> list[Neighbour]:
    """Municipalities the legevakt does not serve and the doctors that serving them would add
    to its pool (by the served-GPs pool rule, less those already in the pool)."""
    legevakt = legevakt_by_id(scenario, legevakt_id)
    members = {p.id for p in pool(scenario, legevakt)}
    found = []
    for municipality in scenario.municipalities:
        if municipality.id in legevakt.municipalities:
            continue
        widened = legevakt.model_copy(
            update={
                "municipalities": [municipality.id],
                "pool": [],
                "pool_rule": PoolRule.served_gps,
            }
        )
        doctors = [p for p in pool(scenario, widened) if p.id not in members]
        able = [p for p in doctors if eligible(p, day)]
        if doctors:
            found.append(
                Neighbour(municipality.id, len(doctors), len(able), sum(p.fte for p in able))
            )
    return found


@dataclass(frozen=True)
class LocumNeed:
    """What the pool as it stands cannot staff in a year, and the locums that would take it."""

    places: int
    locums: int
    hours: float
    cost_nok: float


def locum_need(scenario: Scenario, legevakt_id: str, start: dt.date) -> LocumNeed:
    """The places of a year from `start` the engine's rota of the pool leaves short (rest after
    duty freeing the office day, as the engine simulates it), covered by locums at the
    legevakt's locum price whatever its gap policy."""
    legevakt = legevakt_by_id(scenario, legevakt_id)
    problem = build_problem(
        scenario, legevakt_id, start, WEEKS_PER_YEAR, office_rest=OfficeRest.free_office
    )
    rota = generated(problem, ENGINE_SETTINGS)
    short = short_places(problem.shifts, rota.doctors)
    prices = GapPolicy(locum_day_nok=legevakt.staffing.locum_day_nok)
    covers = cover_gaps(short, prices, problem.rules)
    return LocumNeed(
        len(covers),
        len({a.physician for a in covers}),
        sum(a.hours for a in covers),
        sum(prices.locum_cost(a.hours) for a in covers),
    )
