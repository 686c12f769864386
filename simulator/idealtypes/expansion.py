"""Expansions: what each collaboration idealtype adds to the plan.

An expansion is a pure function `(instance, scenario, travel) -> PlanContribution`; each
idealtype module registers its own (`registry.Idealtype.expand`). Idealtypes whose effect is
already in the scenario's own sections (a legevakt, KAD or sykestue unit) need none.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from simulator.idealtypes.attendance import attendees
from simulator.idealtypes.base import Attendees, CollaborationBase
from simulator.plan.categories import Category
from simulator.plan.plan import (
    WEEK_MINUTES_FULL_TIME,
    BranchDay,
    Commitment,
    CostSharing,
    ExtraCost,
    MovedConsultations,
    PlanContribution,
    ShiftSession,
    WeeklyHours,
)
from simulator.plan.travel import TravelTimes
from simulator.scenario.base import clock_minutes
from simulator.scenario.physicians import Employment, Role
from simulator.scenario.registry import registered

if TYPE_CHECKING:
    from simulator.idealtypes.ambulatory_team import AmbulatoryTeam
    from simulator.idealtypes.branch_office_gp_service import BranchOfficeGpService
    from simulator.idealtypes.chronic_care_team import ChronicCareTeam
    from simulator.idealtypes.cooperation_forum import CooperationForum
    from simulator.idealtypes.emergency_team_training import EmergencyTeamTraining
    from simulator.idealtypes.intermunicipal_legevakt import IntermunicipalLegevakt
    from simulator.idealtypes.shared_kommuneoverlege import SharedKommuneoverlege
    from simulator.idealtypes.time_commitment import TimeCommitment
    from simulator.scenario import Scenario

WORKDAY_COUNT = 5
TRAINING_WEEKDAY = 3  # Thursday: ASSUMPTION, the report gives no weekday
TRAINING_START = 12 * 60  # ASSUMPTION: midday sessions; whole-day sessions start at 08:00
SESSION_START = 18 * 60  # ASSUMPTION: on shift, an evening hour when every legevakt has a doctor
DAY_START = 8 * 60
WEEKS_PER_YEAR = 365.25 / 7
FTE_HOURS_PER_YEAR = WEEK_MINUTES_FULL_TIME / 60 * WEEKS_PER_YEAR  # paid hours of one FTE


def branch_office_gp_service(
    instance: BranchOfficeGpService, scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """Branch days round-robin over the branch offices for the serving GPs (by default the
    salaried GPs of the main office, report 2.1), with travel legs from the travel network,
    the salary supplement per GP and the car pool as costs."""
    offices = scenario.by_id("offices")
    gps = list(instance.physicians) or [
        p.id
        for p in scenario.physicians
        if p.office == instance.main_office
        and p.employment is Employment.salaried
        and p.role is Role.gp
    ]
    main = offices[instance.main_office].place
    days = []
    for i, gp in enumerate(gps):
        for k in range(instance.branch_days_per_week):
            slot = i * instance.branch_days_per_week + k
            branch = instance.branch_offices[slot % len(instance.branch_offices)]
            place = offices[branch].place
            days.append(
                BranchDay(
                    gp,
                    slot % WORKDAY_COUNT,
                    branch,
                    travel.minutes(main, place),
                    travel.km(main, place),
                )
            )
    munis = tuple(instance.municipalities)
    costs = (
        ExtraCost(
            instance.id,
            "branch supplement",
            instance.salary_supplement_nok_per_year * len(gps),
            munis,
            instance.cost_sharing,
        ),
        ExtraCost(
            instance.id,
            "cars",
            instance.car_cost_nok_per_year * instance.cars,
            munis,
            instance.cost_sharing,
        ),
    )
    return PlanContribution(branch_days=tuple(days), costs=costs)


def cooperation_forum(
    instance: CooperationForum, scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """A recurring meeting for its attendees; with `attendance_share` < 1 a stable subset
    attends (chosen by hashing ids, so it does not depend on the seed)."""
    people = attendees(instance.attendees, instance, scenario)
    people = sorted(people, key=lambda p: _stable_key(instance.id, p))
    people = people[: round(len(people) * instance.attendance_share)]
    start = clock_minutes(instance.start)
    end = min(start + round(instance.duration_minutes), 24 * 60)
    category = Category.public_duties if instance.counts_as_public_duty else Category.meetings
    if instance.time_of_day == "evening":  # TimeOfDay.evening: adds hours outside office
        category = Category.meetings
    interval = max(1, round(instance.interval_weeks))
    return PlanContribution(
        commitments=tuple(
            Commitment(p, instance.weekday.index, start, end, category, interval)
            for p in sorted(people)
        )
    )


def emergency_team_training(
    instance: EmergencyTeamTraining, scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """Each participant trains every `interval_weeks`; participants are staggered over the
    interval so the service is never emptied at once. The allowance (for nurses and others,
    report 2.12 [L1220–1221]) is a yearly cost. Sessions held on shift take the doctor on
    duty's time instead (`ShiftSession`); a participant no legevakt serves trains in office
    time."""
    people = sorted(attendees(instance.participants, instance, scenario))
    held_on_shift = _on_shift(instance, scenario)
    interval = max(1, round(instance.interval_weeks))
    minutes = round(instance.duration_hours * 60)
    start = TRAINING_START if minutes <= 4 * 60 else DAY_START
    allowance = ExtraCost(
        instance.id,
        "allowance",
        instance.allowance_nok_per_year,
        tuple(instance.municipalities),
        instance.cost_sharing,
    )
    return PlanContribution(
        costs=(allowance,) if instance.allowance_nok_per_year else (),
        commitments=tuple(
            Commitment(
                p,
                TRAINING_WEEKDAY,
                start,
                start + minutes,
                Category.training,
                interval,
                i % interval,
            )
            for i, p in enumerate(people)
            if p not in held_on_shift
        ),
        shift_sessions=_shift_sessions(instance, people, held_on_shift),
    )


def _on_shift(training: EmergencyTeamTraining, scenario: Scenario) -> dict[str, str]:
    """The participants who train on shift (report 2.13, where Alta trains whoever is on
    duty), each with the legevakt that serves their office's municipality (the first listed);
    none unless `during_shift`."""
    if not training.during_shift:
        return {}
    serving = {m: lv.id for lv in reversed(scenario.legevakt) for m in lv.municipalities}
    offices = scenario.by_id("offices")
    physicians = scenario.by_id("physicians")
    held = {}
    for p in attendees(training.participants, training, scenario):
        office = physicians[p].office
        station = serving.get(offices[office].municipality) if office else None
        if station:
            held[p] = station
    return held


def _shift_sessions(
    training: EmergencyTeamTraining, people: list[str], held: dict[str, str]
) -> tuple[ShiftSession, ...]:
    """One session per participant held on shift, in the week the off-shift session would be;
    sessions at the same legevakt in the same week fall on successive days."""
    interval = max(1, round(training.interval_weeks))
    taken: dict[tuple[str, int], int] = {}
    sessions = []
    for i, p in enumerate(people):
        if p not in held:
            continue
        phase = i % interval
        n = taken.get((held[p], phase), 0)
        taken[held[p], phase] = n + 1
        weekday = (TRAINING_WEEKDAY + n) % 7
        minutes = training.duration_hours * 60
        sessions.append(ShiftSession(held[p], weekday, SESSION_START, minutes, interval, phase))
    return tuple(sessions)


def shared_kommuneoverlege(
    instance: SharedKommuneoverlege, scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """Each physician holds `fte_per_physician` of a kommuneoverlege position, unless the
    scenario already lists their `kommuneoverlege` shares (then those are their hours). The
    host employs the position and sells shares to the members (report 2.2 [L694–700]): each
    municipality pays its `split` share of the position (by the cost-sharing key without one),
    priced as a salaried GP FTE (an estimate), and the host is paid the whole, so the total
    cost does not change."""
    physicians = scenario.by_id("physicians")
    fte = instance.fte_per_physician * len(instance.physicians)
    cost = fte * scenario.costs.salaried_gp_year_nok
    munis = tuple(instance.municipalities)
    if instance.split:
        total = sum(instance.split.values())
        shares = [
            ExtraCost(
                instance.id, "kommuneoverlege share", cost * v / total, (m,), CostSharing.host_pays
            )
            for m, v in sorted(instance.split.items())
        ]
    else:
        shares = [
            ExtraCost(instance.id, "kommuneoverlege share", cost, munis, instance.cost_sharing)
        ]
    employer = ExtraCost(
        instance.id, "kommuneoverlege paid to the host", -cost, munis, CostSharing.host_pays
    )
    return PlanContribution(
        weekly_hours=tuple(
            WeeklyHours(
                p, Category.kommuneoverlege, instance.fte_per_physician * WEEK_MINUTES_FULL_TIME
            )
            for p in instance.physicians
            if not physicians[p].kommuneoverlege
        ),
        costs=(*shares, employer),
    )


def time_commitment(
    instance: TimeCommitment, scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """Each attendee's average weekly hours, in the ledger category the instance names (public
    duties when it counts within the 7.5 h), at the end of the office day."""
    people = sorted(attendees(instance.attendees, instance, scenario))
    category = Category.public_duties if instance.counts_as_public_duty else instance.category
    minutes = instance.hours_per_week * 60
    return PlanContribution(weekly_hours=tuple(WeeklyHours(p, category, minutes) for p in people))


def chronic_care_team(
    instance: ChronicCareTeam, scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """The nurses take `share_moved_to_nurses` of the cohort's follow-up consultations off the
    GP lists of the team's municipalities (report 2.6 [L922–928]); the nurse FTE is a municipal
    cost and the responsible GP supervises for some hours a week."""
    munis = tuple(instance.municipalities)
    moved = instance.consultations_moved_per_year
    nurses = instance.nurse_fte * FTE_HOURS_PER_YEAR * scenario.costs.nurse_hour_nok
    supervision = tuple(
        WeeklyHours(gp, Category.meetings, instance.responsible_gp_hours_per_week * 60)
        for gp in [instance.responsible_gp]
        if gp
    )
    return PlanContribution(
        weekly_hours=supervision,
        costs=(ExtraCost(instance.id, "nurses", nurses, munis, instance.cost_sharing),),
        moved_consultations=(MovedConsultations(instance.id, munis, moved),),
    )


def ambulatory_team(
    instance: AmbulatoryTeam, scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """A team travelling from its base to patients in its municipalities (report 2.5
    [L866–877]): each visit takes time of the patient's own GP (spread over the GPs there), the
    resource GP's time is bought out (frikjøp, [L873–875]), and a municipal team's travel costs
    staff hours and car km (a hospital-trust team's travel is the trust's)."""
    munis = tuple(instance.municipalities)
    visits = instance.visits_per_month * 12
    gps = sorted(attendees(Attendees(roles=[Role.gp]), instance, scenario))
    per_gp = visits / WEEKS_PER_YEAR * instance.gp_minutes_per_visit / max(len(gps), 1)
    hours = [WeeklyHours(gp, Category.meetings, per_gp) for gp in gps]
    costs = list(
        _team_travel_costs(instance, scenario, travel, visits) if instance.municipal_team else ()
    )
    if instance.resource_gp:
        minutes = instance.resource_gp_hours_per_week * 60
        hours.append(WeeklyHours(instance.resource_gp, Category.meetings, minutes))
        buyout = minutes / 60 * WEEKS_PER_YEAR * scenario.costs.gp_hour_nok
        costs.append(ExtraCost(instance.id, "resource GP", buyout, munis, instance.cost_sharing))
    return PlanContribution(weekly_hours=tuple(hours), costs=tuple(costs))


def _team_travel_costs(
    instance: AmbulatoryTeam, scenario: Scenario, travel: TravelTimes, visits: float
) -> tuple[ExtraCost, ...]:
    """Visits shared evenly over the municipalities, a round trip each from the base, the
    whole team in one car: staff hours at the nurse rate, km at the car rate."""
    munis = tuple(instance.municipalities)
    municipalities = scenario.by_id("municipalities")
    centres = [municipalities[m].population_centre() for m in munis]
    if not centres:
        return ()
    minutes = sum(2 * travel.minutes(instance.base, c) for c in centres) / len(centres)
    km = sum(2 * travel.km(instance.base, c) for c in centres) / len(centres)
    rates = scenario.costs
    staff = visits * minutes / 60 * instance.team_size * rates.nurse_hour_nok
    return (
        ExtraCost(instance.id, "team travel time", staff, munis, instance.cost_sharing),
        ExtraCost(
            instance.id,
            "team car",
            visits * km * rates.travel_per_km_nok,
            munis,
            instance.cost_sharing,
        ),
    )


def intermunicipal_legevakt(
    instance: IntermunicipalLegevakt, scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """The shared station's own management: a legevakt head and administrative staff
    (Nordhordland: 60 % and 2 FTE, report 2.15 [L1431–1434]), priced at the nurse rate, an
    estimate; the station, rota and travel are the scenario's `legevakt:` section."""
    fte = instance.head_fte + instance.admin_fte
    cost = fte * FTE_HOURS_PER_YEAR * scenario.costs.nurse_hour_nok
    munis = tuple(instance.municipalities)
    return PlanContribution(
        costs=(ExtraCost(instance.id, "management", cost, munis, instance.cost_sharing),)
    )


def _stable_key(*parts: str) -> str:
    return hashlib.sha256("/".join(parts).encode("utf-8")).hexdigest()


def expand(
    collaborations: Iterable[CollaborationBase], scenario: Scenario, travel: TravelTimes
) -> PlanContribution:
    """The sum of every collaboration's contribution, each by its registered idealtype."""
    total = PlanContribution()
    for instance in collaborations:
        expansion = registered(instance).expand
        if expansion is not None:
            total = total + expansion(instance, scenario, travel)
    return total
