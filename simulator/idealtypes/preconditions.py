"""Preconditions of the idealtypes as rule findings over a scenario.

The KS/Norut report names conditions some models depend on (salaried GPs for branch offices
and physician-led sykestuer, 4 [L1903–1924]); the law adds that meetings with the kommune
count within a GP's 7.5 h of other municipal tasks (fastlegeforskriften § 32). Each check
here turns one of them into findings about the plan; models/*.yaml name the checks under
`preconditions[].checks`. Two are rules of the catalogue (`branch-office-salaried`,
`public-duties-max`), run here with the hours collaborations add; the others are the
idealtypes' own. A condition of a model the municipality has chosen is `local_policy`, as the
catalogue files `branch-office-salaried`; a change of national policy is `guidance`.

`check_preconditions` gives the idealtype view; `check_plan` the whole static check of a plan
(the catalogue's rules with collaboration hours, plus the idealtypes' own checks), without
repeating a finding.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator

from simulator.idealtypes.attendance import attendees
from simulator.idealtypes.base import Attendees, CollaborationBase
from simulator.idealtypes.branch_office_gp_service import BranchOfficeGpService
from simulator.idealtypes.chronic_care_team import ChronicCareTeam
from simulator.idealtypes.cooperation_forum import CooperationForum
from simulator.idealtypes.emergency_team_training import EmergencyTeamTraining
from simulator.idealtypes.findings_adapter import (
    Finding,
    Kind,
    PreconditionRule,
    Severity,
    Source,
    Subject,
    Text,
    catalogue_findings,
    plan_findings,
    precondition_finding,
    sort_findings,
)
from simulator.idealtypes.intermunicipal_legevakt import IntermunicipalLegevakt
from simulator.idealtypes.municipal_legevakt import MunicipalLegevakt
from simulator.idealtypes.sykestue import SykestueModel
from simulator.idealtypes.time_commitment import TimeCommitment
from simulator.plan.gp_lists import routine_requests_per_year
from simulator.plan.profiles import GpDemand
from simulator.scenario import Scenario
from simulator.scenario.beds import Cover
from simulator.scenario.legevakt import ShiftMode
from simulator.scenario.physicians import Employment, Role
from simulator.scenario.registry import registered

REPORT = "KS/Norut 2013, Samarbeidsmodeller i kommunal legetjeneste (seed 004)"
BRANCH_SALARIED = "branch-office-salaried"  # rule catalogue ids
PUBLIC_DUTIES = "public-duties-max"
CATALOGUE_RULES = (BRANCH_SALARIED, PUBLIC_DUTIES)
SPECIALIST_SEXUAL_ASSAULT_SERVICE = dt.date(2015, 1, 1)  # report 2.11 [L1145–1147]

BRANCH_UNSERVED = PreconditionRule(
    "precondition-branch-office-unserved",
    Text(
        nb="Hovedkontoret har fastlønnede fastleger som kan betjene utekontorene",
        en="The main office has salaried GPs to serve the branch offices",
    ),
    Source(law=REPORT, paragraph="2.1 [L608–609]; 4 [L1903–1916]", refs=["seed-004"]),
    Kind.local_policy,
    Severity.warning,
)
SYKESTUE_SALARIED = PreconditionRule(
    "precondition-physician-led-sykestue-salaried",
    Text(
        nb="Legedrevet sykestue har en kommunalt ansatt fastlege som sykestuelege",
        en="A physician-led sykestue has a salaried GP as sykestue doctor",
    ),
    Source(law=REPORT, paragraph="3.6 [L1733–1735]; 4 [L1919–1922]", refs=["seed-004"]),
    Kind.local_policy,
    Severity.warning,
)
ENHANCED_SYKESTUE_SALARIED = PreconditionRule(
    "precondition-enhanced-sykestue-salaried",
    Text(
        nb="Styrket sykestue: kommunalt ansatt fastlege er en fordel",
        en="Enhanced sykestue: a salaried GP is an advantage",
    ),
    Source(law=REPORT, paragraph="4 [L1922–1924]", refs=["seed-004"]),
    Kind.local_policy,
    Severity.info,
)
SEXUAL_ASSAULT_HISTORICAL = PreconditionRule(
    "precondition-sexual-assault-centre-specialist-service",
    Text(
        nb="Overgrepsmottak er spesialisthelsetjenestens ansvar fra 2015",
        en="Sexual-assault centres are the specialist service's task from 2015",
    ),
    Source(law=REPORT, paragraph="2.11 [L1145–1147]", refs=["seed-004"]),
    Kind.guidance,
    Severity.warning,
)
HAS_ATTENDEES = PreconditionRule(
    "precondition-collaboration-has-attendees",
    Text(nb="Samarbeidet har deltakere", en="The collaboration has attendees"),
    Source(law="samsim idealtype library", paragraph="models/ (presets with a seat to fill)"),
    Kind.local_policy,
    Severity.warning,
)
LEGEVAKT_SCOPE = PreconditionRule(
    "precondition-legevakt-municipalities",
    Text(
        nb="Interkommunal legevakt dekker flere kommuner, kommunal legevakt én",
        en="An inter-municipal legevakt serves several municipalities, a municipal one one",
    ),
    Source(law=REPORT, paragraph="2.14 [L1350]; 2.15 [L1414–1415]", refs=["seed-004"]),
    Kind.local_policy,
    Severity.warning,
)
CHRONIC_CARE_WITHIN_LISTS = PreconditionRule(
    "precondition-chronic-care-within-lists",
    Text(
        nb="Teamet overtar ikke flere kontroller enn fastlegene har",
        en="The team takes over no more follow-ups than the GPs have",
    ),
    Source(law=REPORT, paragraph="2.6 [L923–928]", refs=["seed-004"]),
    Kind.local_policy,
    Severity.breach,
)
KAD_LEGEVAKT_DOCTORS = PreconditionRule(
    "precondition-kad-legevakt-two-doctors",
    Text(
        nb="Ø-hjelpsenger dekket av legevaktlegen: to leger på vakt",
        en="KAD beds covered by the legevakt doctor: two doctors on duty",
    ),
    Source(law=REPORT, paragraph="2.15 [L1423–1424]; 3.6 [L1739–1741]", refs=["seed-004"]),
    Kind.local_policy,
    Severity.info,
)


def check_preconditions(scenario: Scenario, on: dt.date | None = None) -> list[Finding]:
    """Every precondition finding of the scenario with the rules in force on `on` (default:
    the scenario's rules date): breaches first, then by rule and subject."""
    when = on or scenario.scenario.effective_rules_date
    found = [f for check in CHECKS.values() for f in check(scenario, when)]
    return sort_findings(found + _registered_checks(scenario, when))


def check_plan(scenario: Scenario, on: dt.date | None = None) -> list[Finding]:
    """The static rule check of a plan with its collaborations: the catalogue's rules, with
    the hours collaborations add to other municipal tasks, and the idealtypes' own checks."""
    when = on or scenario.scenario.effective_rules_date
    catalogue = plan_findings(scenario, when, collaboration_public_duty_hours(scenario))
    own = [
        f
        for name, check in CHECKS.items()
        if name not in CATALOGUE_RULES
        for f in check(scenario, when)
    ]
    return sort_findings(catalogue + own + _registered_checks(scenario, when))


def _registered_checks(scenario: Scenario, on: dt.date) -> list[Finding]:
    """The preconditions each collaboration's idealtype registers for its instances."""
    return [
        f
        for c in scenario.collaborations
        for check in registered(c).preconditions
        for f in check(c, scenario, on)
    ]


def collaboration_public_duty_hours(scenario: Scenario) -> dict[str, float]:
    """Weekly hours per physician that collaborations impose within the 7.5 h of § 32: mandatory
    forums and time commitments marked `counts_as_public_duty`."""
    hours: dict[str, float] = defaultdict(float)
    for c in scenario.collaborations:
        weekly, who = registered(c).public_duty_hours(c, scenario)
        for physician in who:
            hours[physician] += weekly
    return dict(hours)


def forum_within_public_duties(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    """The catalogue's 7.5 h rule (§ 32, old § 12) for the GPs whose collaborations add hours
    to their other municipal tasks, counting those hours."""
    extra = collaboration_public_duty_hours(scenario)
    for found in catalogue_findings(scenario, on, PUBLIC_DUTIES, extra):
        if extra.get(found.subject_id, 0.0) > 0:
            yield found


def branch_office_salaried(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    """The catalogue's rule that branch offices are served by salaried GPs (report 2.1)."""
    yield from catalogue_findings(scenario, on, BRANCH_SALARIED, {})


def branch_office_unserved(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    """By default the salaried GPs of the main office serve the branches; there may be none."""
    for c in scenario.collaborations:
        if (
            isinstance(c, BranchOfficeGpService)
            and not c.physicians
            and not _salaried_gps_at(scenario, c.main_office)
        ):
            yield precondition_finding(
                BRANCH_UNSERVED,
                Subject.office,
                c.main_office,
                f"{c.id}: ingen fastlønnet fastlege på hovedkontoret kan betjene utekontorene",
                f"{c.id}: no salaried GP at the main office to serve the branch offices",
            )


def physician_led_sykestue_salaried(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    physicians = scenario.by_id("physicians")
    for unit in scenario.sykestuer:
        if not unit.physician_led:
            continue
        doctor = physicians.get(unit.physician or "") if unit.cover is Cover.dedicated else None
        if doctor is None:
            yield precondition_finding(
                SYKESTUE_SALARIED,
                Subject.municipality,
                unit.host or unit.municipalities[0],
                f"{unit.id}: legedrevet sykestue uten egen sykestuelege (cover: {unit.cover})",
                f"{unit.id}: a physician-led sykestue without its own doctor (cover: {unit.cover})",
            )
        elif doctor.employment is Employment.self_employed:
            yield precondition_finding(
                SYKESTUE_SALARIED,
                Subject.physician,
                doctor.id,
                f"{unit.id}: sykestuelegen er næringsdrivende; legedrevet sykestue forutsetter "
                "en kommunalt ansatt fastlege",
                f"{unit.id}: the sykestue doctor is self-employed; a physician-led sykestue "
                "requires a salaried GP",
            )


def enhanced_sykestue_salaried(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    units = scenario.by_id("sykestuer")
    physicians = scenario.by_id("physicians")
    for c in scenario.collaborations:
        if not isinstance(c, SykestueModel) or c.preset != "enhanced_sykestue_small_municipality":
            continue
        unit = units[c.sykestue]
        doctor = physicians.get(unit.physician or "")
        if doctor is None or doctor.employment is Employment.self_employed:
            yield precondition_finding(
                ENHANCED_SYKESTUE_SALARIED,
                Subject.municipality,
                unit.host or unit.municipalities[0],
                f"{c.id}: ingen kommunalt ansatt sykestuelege (en fordel, ikke et krav)",
                f"{c.id}: no salaried sykestue doctor (an advantage, not a requirement)",
            )


def sexual_assault_centre_specialist_service(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    if on < SPECIALIST_SEXUAL_ASSAULT_SERVICE:
        return
    for c in scenario.collaborations:
        if c.preset == "intermunicipal_sexual_assault_centre":
            yield precondition_finding(
                SEXUAL_ASSAULT_HISTORICAL,
                Subject.municipality,
                _home(c, scenario),
                f"{c.id}: fra 2015 er overgrepsmottak forankret i spesialisthelsetjenesten",
                f"{c.id}: from 2015 sexual-assault centres belong to the specialist service",
            )


def collaboration_has_attendees(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    for c in scenario.collaborations:
        who = _who(c)
        if who is not None and not attendees(who, c, scenario):
            yield precondition_finding(
                HAS_ATTENDEES,
                Subject.municipality,
                _home(c, scenario),
                f"{c.id}: ingen deltakere; før opp legene under attendees.physicians",
                f"{c.id}: nobody attends; list the physicians under attendees.physicians",
            )


def legevakt_municipalities(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    stations = scenario.by_id("legevakt")
    for c in scenario.collaborations:
        if not isinstance(c, IntermunicipalLegevakt | MunicipalLegevakt):
            continue
        served = len(stations[c.legevakt].municipalities)
        shared = isinstance(c, IntermunicipalLegevakt)
        if shared != (served > 1):
            yield precondition_finding(
                LEGEVAKT_SCOPE,
                Subject.legevakt,
                c.legevakt,
                f"{c.id} ({c.type}) viser til en legevakt som dekker {served} kommune(r)",
                f"{c.id} ({c.type}) refers to a legevakt serving {served} municipalities",
                measured=served,
            )


def kad_legevakt_two_doctors(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    stations = scenario.by_id("legevakt")
    for unit in scenario.kad:
        if unit.cover is not Cover.legevakt or unit.legevakt not in stations:
            continue
        single = [
            s.id
            for s in stations[unit.legevakt].shifts
            if s.mode is not ShiftMode.backup and s.doctors < 2
        ]
        if single:
            yield precondition_finding(
                KAD_LEGEVAKT_DOCTORS,
                Subject.legevakt,
                unit.legevakt,
                f"{unit.id}: sengearbeid konkurrerer med legevaktpasienter i vakter med én lege "
                f"({', '.join(single)}); Nordhordland gikk opp til to leger med 5 senger",
                f"{unit.id}: bed work competes with legevakt patients on single-doctor shifts "
                f"({', '.join(single)}); Nordhordland went to two doctors with its 5 beds",
                limit=2,
                unit="doctors on duty",
            )


def chronic_care_within_lists(scenario: Scenario, on: dt.date) -> Iterator[Finding]:
    """A team cannot move more follow-ups than the GPs' routine requests from its municipalities;
    the engine would cap the share at all of them, so say so instead of doing it silently."""
    teams = [c for c in scenario.collaborations if isinstance(c, ChronicCareTeam)]
    if not teams:
        return
    routine = routine_requests_per_year(scenario, GpDemand.resolve(scenario.demand))
    for c in teams:
        available = sum(routine[m] for m in c.municipalities)
        moved = c.consultations_moved_per_year
        if moved > available:
            yield precondition_finding(
                CHRONIC_CARE_WITHIN_LISTS,
                Subject.municipality,
                _home(c, scenario),
                f"{c.id}: {moved:.0f} kontroller i året flyttes, men fastlegenes listepasienter "
                f"ber om {available:.0f} planlagte konsultasjoner; senk patients eller "
                "share_moved_to_nurses",
                f"{c.id}: moves {moved:.0f} follow-ups a year, but the GPs' listed patients ask "
                f"for {available:.0f} routine consultations; lower patients or "
                "share_moved_to_nurses",
            )


def _salaried_gps_at(scenario: Scenario, office: str) -> list[str]:
    return [
        p.id
        for p in scenario.physicians
        if p.office == office and p.role is Role.gp and p.employment is Employment.salaried
    ]


def _who(c: CollaborationBase) -> Attendees | None:
    if isinstance(c, CooperationForum | TimeCommitment):
        return c.attendees
    if isinstance(c, EmergencyTeamTraining):
        return c.participants
    return None


def _home(c: CollaborationBase, scenario: Scenario) -> str:
    """The municipality a finding about a collaboration is filed under."""
    return (c.municipalities or [scenario.municipalities[0].id])[0]


CHECKS: dict[str, Callable[[Scenario, dt.date], Iterator[Finding]]] = {
    BRANCH_SALARIED: branch_office_salaried,
    BRANCH_UNSERVED.id: branch_office_unserved,
    SYKESTUE_SALARIED.id: physician_led_sykestue_salaried,
    ENHANCED_SYKESTUE_SALARIED.id: enhanced_sykestue_salaried,
    PUBLIC_DUTIES: forum_within_public_duties,
    SEXUAL_ASSAULT_HISTORICAL.id: sexual_assault_centre_specialist_service,
    HAS_ATTENDEES.id: collaboration_has_attendees,
    LEGEVAKT_SCOPE.id: legevakt_municipalities,
    KAD_LEGEVAKT_DOCTORS.id: kad_legevakt_two_doctors,
    CHRONIC_CARE_WITHIN_LISTS.id: chronic_care_within_lists,
}
