"""Who owes legevakt duty: the doctor pool, exemptions in force on a day, and competence.

The rota solver and the rule checks both need these answers, so they live in one place and
read their limits from the catalogue (the exemption age is 55 or 60 depending on the date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable
from functools import cache

from simulator.kept import KeptLast
from simulator.rules.catalogue import Catalogue, Rule, Version, load_catalogue
from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt, PoolRule, ShiftTemplate
from simulator.scenario.physicians import Competence, ExemptionKind, Physician, Role

EXEMPTION_EVALUATOR = "exemption_right"
BAKVAKT_RULE = "bakvakt-competence"
POOL_ROLES = frozenset({Role.gp, Role.lis1, Role.locum})


def pool(scenario: Scenario, legevakt: Legevakt) -> list[Physician]:
    """The doctors who may be rostered at `legevakt`, in scenario order.

    An explicit `pool` wins; otherwise doctors naming the legevakt under `physicians[].legevakt`,
    and with `pool_rule: served_gps` also the GPs, LIS1 and locums who name no legevakt and
    work at an office in a served municipality.
    """
    return _pools(scenario, [legevakt])[legevakt.id]


def _pools(scenario: Scenario, legevakter: Iterable[Legevakt]) -> dict[str, list[Physician]]:
    """The `pool` of each of `legevakter`, by id, from one pass over the physicians."""
    pools: dict[str, list[Physician]] = {}
    listing: dict[str, set[str]] = {}  # physician id: legevakter whose `pool` lists them
    by_rule: set[str] = set()  # legevakter whose pool the rule decides
    serving: dict[str, set[str]] = {}  # municipality: legevakter taking its GPs (served_gps)
    for lv in legevakter:
        pools[lv.id] = []
        for physician in lv.pool:
            listing.setdefault(physician, set()).add(lv.id)
        if lv.pool:
            continue
        by_rule.add(lv.id)
        if lv.pool_rule is PoolRule.served_gps:
            for municipality in lv.municipalities:
                serving.setdefault(municipality, set()).add(lv.id)
    offices = {o.id: o.municipality for o in scenario.offices}
    for p in scenario.physicians:
        chosen = listing.get(p.id, set()) | by_rule.intersection(p.legevakt)
        if not p.legevakt and p.role in POOL_ROLES:
            chosen |= serving.get(offices.get(p.office or ""), set())
        for lv_id in chosen:
            pools[lv_id].append(p)
    return pools


def takers(scenario: Scenario, legevakt: Legevakt, template: ShiftTemplate) -> list[Physician]:
    """The doctors of the legevakt's pool who may take shift `template`: its own `pool` and
    `pool_municipalities` (the offices' municipalities) narrow the legevakt's pool."""
    offices = {o.id: o.municipality for o in scenario.offices}
    listed = set(template.pool)
    places = set(template.pool_municipalities)
    return [
        p
        for p in pool(scenario, legevakt)
        if (not listed or p.id in listed) and (not places or offices.get(p.office or "") in places)
    ]


def pools(scenario: Scenario) -> dict[str, list[str]]:
    """The doctor ids of each legevakt's pool, by legevakt id (kept for the last scenario
    asked: the rota asks for every block it solves)."""
    return _POOLS.get(
        scenario,
        None,
        lambda: {lv: [p.id for p in team] for lv, team in pool_members(scenario).items()},
    )


def pool_members(scenario: Scenario) -> dict[str, list[Physician]]:
    """Each legevakt's `pool`, by legevakt id (kept for the last scenario asked: the rota of
    every legevakt reads its own and everyone's, for the vacations)."""
    return _MEMBERS.get(scenario, None, lambda: _pools(scenario, scenario.legevakt))


_POOLS: KeptLast[dict[str, list[str]]] = KeptLast()
_MEMBERS: KeptLast[dict[str, list[Physician]]] = KeptLast()


def all_pool_members(scenario: Scenario) -> list[Physician]:
    """Doctors in at least one legevakt pool, in scenario order."""
    ids = {p.id for lv in scenario.legevakt for p in pool(scenario, lv)}
    return [p for p in scenario.physicians if p.id in ids]


def exemption_applies(physician: Physician, rule: Rule, version: Version, day: dt.date) -> bool:
    """Whether exemption rule `rule` (in `version`) covers `physician` on `day`, whether or not
    the doctor has opted in. The age right follows the birthday and the version's age; an
    explicit age exemption (kept from the first half of 2013) also counts."""
    if "age" in version.parameters:
        if physician.age_on(day) >= version.parameters["age"]:
            return True
        kinds: set[str] = {ExemptionKind.age}
    else:
        kinds = set(_as_list(version.parameters["exemption_kind"]))
    discretionary = {ExemptionKind.health, ExemptionKind.social}
    return any(
        e.kind in kinds
        and (e.period is None or e.period.contains(day))
        and (e.granted or e.kind not in discretionary)
        for e in physician.exemptions
    )


def exemption_rules(
    physician: Physician, day: dt.date, catalogue: Catalogue | None = None
) -> list[Rule]:
    """The exemption rules covering `physician` on `day` (ignoring any opt-in)."""
    catalogue = catalogue or load_catalogue()
    pairs = [(r, r.version(day)) for r in catalogue.rules if r.evaluator == EXEMPTION_EVALUATOR]
    return [r for r, v in pairs if v is not None and exemption_applies(physician, r, v, day)]


def by_versions(days: Iterable[dt.date]) -> list[list[dt.date]]:
    """`days` grouped by the versions of the catalogue's rules in force: the exemption and
    competence rules read the same versions on every day of a group, so a caller asking about
    many days (a year of rota) evaluates each group once, or each `by_situation` in it."""
    groups: dict[Hashable, list[dt.date]] = {}
    for day in days:
        groups.setdefault(_versions_on(day), []).append(day)
    return list(groups.values())


def by_situation(physician: Physician, days: list[dt.date]) -> list[list[dt.date]]:
    """`days` (of one group of `by_versions`) grouped by all else that `exemption_rules`
    depends on: the physician's age that day and which of their exemptions cover it. Without a
    birth date (one age throughout) and without dated exemptions that is one group."""
    exemptions = physician.exemptions
    if physician.birth_date is None and all(e.period is None for e in exemptions):
        return [days]
    groups: dict[Hashable, list[dt.date]] = {}
    for day in days:
        covering = tuple(e.period is None or e.period.contains(day) for e in exemptions)
        groups.setdefault((physician.age_on(day), covering), []).append(day)
    return list(groups.values())


@cache
def _versions_on(day: dt.date) -> tuple[int | None, ...]:
    """Which version of each rule of the shipped catalogue is in force on `day`."""
    rules = load_catalogue().rules
    return tuple(
        next((i for i, v in enumerate(r.versions) if v.in_force(day)), None) for r in rules
    )


def excused(physician: Physician, day: dt.date, catalogue: Catalogue | None = None) -> bool:
    """True when the doctor must not be rostered on `day`: exempt and not opted in."""
    return not physician.opted_in and bool(exemption_rules(physician, day, catalogue))


def competent_alone(competence: Competence, alternatives: Iterable[Iterable[str]]) -> bool:
    """Whether `competence` meets one of the alternatives of kompetansekravforskriften § 3a
    (each alternative is a list of `Competence` flags that must all be set)."""
    return any(all(getattr(competence, flag) for flag in alt) for alt in alternatives)


def needs_bakvakt(physician: Physician, day: dt.date, catalogue: Catalogue | None = None) -> bool:
    """True when the doctor may only be on duty with a bakvakt on `day` (the competence rule
    in force that day; before the first version, no requirement is known)."""
    catalogue = catalogue or load_catalogue()
    version = catalogue.rule(BAKVAKT_RULE).version(day)
    if version is None:
        return False
    return not competent_alone(physician.competence, version.parameters["alone_if_any_of"])


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)
