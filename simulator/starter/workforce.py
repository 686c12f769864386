"""GP offices and fastleger estimated from national averages (docs/sources.md).

Nothing here is local knowledge: every figure is a national average or a stated guess, and the
generated scenario marks each one as an ESTIMATE for the planner to replace.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from simulator.scenario.offices import STAFF_PER_GP
from simulator.scenario.physicians import Employment

GPS_PER_1000_LIST_PATIENTS = 0.95  # Q4 2023, Helsedirektoratet annual report [S75]
AVERAGE_LIST_LENGTH = 1005  # lists with a regular GP, Q4 2023 [S75]
AVERAGE_LIST_CEILING = 1013  # 2023 [S75]
SALARIED_SHARE = 0.20  # share of lists with a salaried GP, 2023 [S75]
SPECIALIST_SHARE = 0.63  # specialists in general practice, 2023 [S75]
MAX_GPS_PER_OFFICE = 8  # Senja chief executive's recommendation, 2021 [S90]; used as a cap
FTE = 1.0  # a full-time fastlege (about 49 h regular work a week, 2018 [S71])
# ESTIMATE: andre kommunale oppgaver (fastlegeforskriften § 32: nursing home, health station)
# per full-time GP; the survey (S71) counts them in the total, not in the regular hours.
OTHER_MUNICIPAL_HOURS = 2.5
# No age distribution is in docs/sources.md: ages cycle through 34–62 (mean 48), a guess.
AGE_CYCLE = (46, 38, 54, 42, 50, 34, 58, 62)


@dataclass(frozen=True)
class GpEstimate:
    """One estimated fastlege of a municipality."""

    number: int  # 1-based within the municipality
    office: int  # 1-based office index within the municipality
    age: int
    list_size: int
    list_ceiling: int
    employment: Employment
    specialist: bool


def gp_count(population: int) -> int:
    """GPs for a population if everyone is listed: 0.95 per 1 000 list patients, at least one."""
    return max(1, round(population * GPS_PER_1000_LIST_PATIENTS / 1000))


def office_count(gps: int) -> int:
    """Offices needed so that none has more than `MAX_GPS_PER_OFFICE` GPs."""
    return math.ceil(gps / MAX_GPS_PER_OFFICE)


def estimate_gps(population: int) -> list[GpEstimate]:
    """The fastleger of a municipality: everyone listed, lists split evenly.

    With 0.95 GPs per 1 000 list patients a list holds about 1 053 persons, slightly more than
    the 1 005 average over lists that have a regular GP: the remaining lists (322 of 5 614 in
    Q4 2023, S75) are run by locums, which a starting scenario leaves out.
    """
    count = gp_count(population)
    offices = office_count(count)
    ages = [AGE_CYCLE[i % len(AGE_CYCLE)] for i in range(count)]
    by_age = sorted(range(count), key=lambda i: (ages[i], i))
    salaried = set(by_age[: round(SALARIED_SHARE * count)])  # the youngest
    specialists = set(by_age[count - round(SPECIALIST_SHARE * count) :])  # the oldest
    sizes = _even_split(population, count)
    return [
        GpEstimate(
            number=i + 1,
            office=i % offices + 1,
            age=ages[i],
            list_size=sizes[i],
            list_ceiling=list_ceiling(sizes[i]),
            employment=Employment.salaried if i in salaried else Employment.self_employed,
            specialist=i in specialists,
        )
        for i in range(count)
    ]


def office_secretaries(gps: list[GpEstimate], office: int) -> float:
    """Admin staff of office number `office`, by its number of GPs."""
    return round(STAFF_PER_GP * sum(1 for gp in gps if gp.office == office), 1)


def list_ceiling(list_size: int) -> int:
    """A ceiling as far above the list as the national average ceiling is above the average list."""
    return max(list_size, round(list_size * AVERAGE_LIST_CEILING / AVERAGE_LIST_LENGTH))


def _even_split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]
