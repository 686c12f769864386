"""An office's admin staff (`secretaries`): they answer the phone, support the GPs' patient
work, and with the time left take over the owners' work (accounts, staff, IT, premises), as
Brumunddal's admin employee has done since 2017 (seed 002).

The phone is an M/M/c queue in opening hours, c the secretaries at the desk: Erlang C gives the
share of calls answered within 2 minutes (fastlegeforskriften § 16 asks for 80 % [L1]). A
fractional FTE staffs one more line for that fraction of the day (0.5 FTE: one secretary half
the day, nobody the other half). The rates are estimates: no national figure was found.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from simulator.scenario import Scenario
from simulator.scenario.offices import STAFF_PER_GP, Office
from simulator.scenario.physicians import Employment

CALLS_PER_LISTED_PER_YEAR = 4.0  # ESTIMATE: bookings (3.0 consultations, S46) and questions
CALL_MINUTES = 2.5  # ESTIMATE: mean handling time of a call
ANSWER_MINUTES = 2.0  # fastlegeforskriften § 16: 80 % within 2 minutes [L1]
OWNER_HOURS_PER_WEEK = 7.0  # ESTIMATE per self-employed GP; docs/engine.md (the GP's week)
PATIENT_SUPPORT_PER_GP = 0.5  # ESTIMATE: staff FTE per GP at the desk, lab and reception
TAKEOVER_MAX = 0.75  # ESTIMATE: "most of" the owner's tasks, Brumunddal (seed 002)
OFFICE_DAYS_PER_YEAR = 230  # ESTIMATE: working days an office is open, after public holidays


@dataclass(frozen=True)
class OfficeStaff:
    """What the admin staff of one office achieve in an ordinary week."""

    phone_within_target: float  # share of calls answered within 2 minutes
    owner_hours_per_gp: float  # owner's work left to each self-employed GP, hours a week
    hours_taken_over: float  # owners' work the staff do, hours a week for the whole office


def office_staff(scenario: Scenario) -> dict[str, OfficeStaff]:
    """Per office with listed GPs (a branch office's calls go to its main office)."""
    gps: dict[str, list] = {}
    for p in scenario.physicians:
        if p.office and p.list_size:
            gps.setdefault(p.office, []).append(p)
    offices = scenario.by_id("offices")
    return {o: _staff(offices[o], members) for o, members in sorted(gps.items())}


def _staff(office: Office, gps: list) -> OfficeStaff:
    open_minutes = office.opening_hours.minutes_per_day
    listed = sum(p.list_size for p in gps)
    per_minute = listed * CALLS_PER_LISTED_PER_YEAR / OFFICE_DAYS_PER_YEAR / open_minutes
    load = per_minute * CALL_MINUTES  # erlangs
    owners = sum(1 for p in gps if p.employment is Employment.self_employed)
    week_open = open_minutes * len(office.opening_hours.days) / 60
    staff = STAFF_PER_GP * len(gps) if office.secretaries is None else office.secretaries
    support = PATIENT_SUPPORT_PER_GP * len(gps)
    free = max(0.0, staff - load - support) * week_open  # staff hours a week
    owed = owners * OWNER_HOURS_PER_WEEK
    taken = min(TAKEOVER_MAX * owed, free)
    return OfficeStaff(
        phone_within_target=answered_within(staff, load, ANSWER_MINUTES / CALL_MINUTES),
        owner_hours_per_gp=(owed - taken) / owners if owners else 0.0,
        hours_taken_over=taken,
    )


def answered_within(staff: float, load: float, target: float) -> float:
    """Share answered within `target` mean handling times when `staff` lines (fractional: the
    last line for that fraction of the day) take `load` erlangs."""
    whole = math.floor(staff)
    part = staff - whole
    return (1 - part) * _erlang_c_within(whole, load, target) + part * _erlang_c_within(
        whole + 1, load, target
    )


def _erlang_c_within(servers: int, load: float, target: float) -> float:
    """M/M/c: P(wait ≤ target) with `load` = λ/μ and `target` in mean service times; 0 when
    the lines cannot keep up (or there are none)."""
    if load <= 0:
        return 1.0
    if servers <= load:
        return 0.0
    term, total = 1.0, 1.0  # Erlang B by its recursion, then C
    for k in range(1, servers + 1):
        term = term * load / k
        total += term
    blocking = term / total
    wait = blocking / (1 - load / servers * (1 - blocking))
    return 1 - wait * math.exp(-(servers - load) * target)
