"""A simple fair rotation, used when a plan brings no rota of its own.

Shifts are handed out in turn over the legevakt's pool, skipping doctors on vacation and doctors
still in their rest period after their previous shift. The rota solver (simulator.rota) makes
better rotas; this one only keeps the engine usable on a bare scenario.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from simulator.engine.calendar import MINUTES_PER_DAY, Calendar
from simulator.rota.assignment import Assignment
from simulator.scenario import Scenario
from simulator.scenario.base import Weekday, clock_minutes
from simulator.scenario.legevakt import Legevakt, PoolRule
from simulator.scenario.physicians import Role

POOL_ROLES = frozenset({Role.gp, Role.lis1, Role.locum, Role.legevakt})


def pool(scenario: Scenario, legevakt: Legevakt) -> list[str]:
    """The doctors who take shifts: the explicit pool, or by the legevakt's pool rule. Doctors
    with a granted exemption who have not opted in are left out (fastlegeforskriften § 33)."""
    if legevakt.pool:
        return list(legevakt.pool)
    offices = scenario.by_id("offices")
    chosen = []
    for p in scenario.physicians:
        if p.role not in POOL_ROLES or (p.exemptions and not p.opted_in):
            continue
        if legevakt.pool_rule is PoolRule.listed:
            member = legevakt.id in p.legevakt
        else:
            member = bool(p.office) and offices[p.office].municipality in legevakt.municipalities
        if member:
            chosen.append(p.id)
    return chosen


def round_robin_rota(
    scenario: Scenario, calendar: Calendar, unavailable: Callable[[str, int], bool]
) -> list[Assignment]:
    """Every shift of every legevakt over the horizon, given in turn to the next available
    pool member; `unavailable(physician, day)` tells vacation days."""
    rest = round(scenario.policy.rest_hours_after_duty * 60)
    free_from: dict[str, int] = {}
    rota: list[Assignment] = []
    for legevakt in scenario.legevakt:
        doctors = pool(scenario, legevakt)
        if not doctors:
            continue
        turn = 0
        for day in range(calendar.days):
            weekday = Weekday.sun if calendar.is_holiday(day) else list(Weekday)[day % 7]
            for shift in legevakt.shifts:
                if weekday not in shift.days:
                    continue
                start = day * MINUTES_PER_DAY + clock_minutes(shift.start)
                for _ in range(shift.doctors):
                    for attempt in range(len(doctors)):
                        doctor = doctors[(turn + attempt) % len(doctors)]
                        if free_from.get(doctor, 0) <= start and not unavailable(doctor, day):
                            break
                    else:
                        doctor = doctors[turn % len(doctors)]
                        attempt = 0
                    turn += attempt + 1
                    free_from[doctor] = start + shift.minutes + rest
                    rota.append(
                        _assignment(
                            calendar,
                            legevakt.id,
                            shift.id,
                            doctor,
                            start,
                            shift.minutes,
                            shift.mode,
                        )
                    )
    return rota


def _assignment(
    calendar: Calendar, legevakt: str, shift: str, doctor: str, start: int, minutes: int, mode
) -> Assignment:
    begin = calendar.origin + dt.timedelta(minutes=start)
    return Assignment(legevakt, shift, doctor, begin, begin + dt.timedelta(minutes=minutes), mode)
