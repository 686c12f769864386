"""Who is in a legevakt's doctor pool, and who of them may be put on the rota on a given day.

The duty to take part and the right to exemption are fastlegeforskriften 2025 § 33 [L1]: a
doctor over the exemption age, pregnant or breastfeeding has a *right* to exemption and is
left out unless they opted in; a discretionary exemption (health, weighty social grounds)
granted by the kommune leaves the doctor out as well.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt, PoolRule
from simulator.scenario.physicians import Exemption, ExemptionKind, Physician, Role

POOL_ROLES = frozenset({Role.gp, Role.lis1, Role.locum})
RIGHTS = frozenset(
    {ExemptionKind.age, ExemptionKind.pregnancy, ExemptionKind.breastfeeding}
)  # § 33: grounds that give a right, which a doctor may waive by opting in


def legevakt_by_id(scenario: Scenario, legevakt_id: str) -> Legevakt:
    """The legevakt `legevakt_id`; a `KeyError` naming the known ids otherwise."""
    for legevakt in scenario.legevakt:
        if legevakt.id == legevakt_id:
            return legevakt
    known = ", ".join(lv.id for lv in scenario.legevakt) or "none"
    raise KeyError(f"no legevakt '{legevakt_id}' in the scenario (known: {known})")


def pool(scenario: Scenario, legevakt: Legevakt) -> list[Physician]:
    """The doctors who share the legevakt's shifts, in scenario order."""
    if legevakt.pool:
        listed = set(legevakt.pool)
        return [p for p in scenario.physicians if p.id in listed]
    if legevakt.pool_rule is PoolRule.listed:
        return [p for p in scenario.physicians if legevakt.id in p.legevakt]
    served = set(legevakt.municipalities)
    office_municipality = {o.id: o.municipality for o in scenario.offices}
    return [
        p
        for p in scenario.physicians
        if legevakt.id in p.legevakt
        or (
            not p.legevakt
            and p.role in POOL_ROLES
            and office_municipality.get(p.office or "") in served
        )
    ]


@cache
def exemption_age(day: dt.date) -> int:
    """The age giving a right to legevakt exemption on `day` (fastlegeforskriften § 33).

    Interim dated values until the rules catalogue owns them: 55 from 1 Jan 2013, 60 again from
    1 Jul 2013 [S3], 60 before (collective agreements [S4][S5]) and since (2025 § 33 [L1]).
    """
    if dt.date(2013, 1, 1) <= day < dt.date(2013, 7, 1):
        return 55
    return 60


def exemption_on(physician: Physician, day: dt.date) -> str | None:
    """Why `physician` is exempt from legevakt on `day`, or None if they must take part."""
    if physician.age_on(day) >= exemption_age(day) and not physician.opted_in:
        return f"age {physician.age_on(day)} ≥ {exemption_age(day)} (right to exemption, § 33)"
    for exemption in physician.exemptions:
        if _applies(exemption, day) and not (exemption.kind in RIGHTS and physician.opted_in):
            return f"{exemption.kind.value} exemption (§ 33)"
    return None


def _applies(exemption: Exemption, day: dt.date) -> bool:
    in_period = exemption.period is None or exemption.period.contains(day)
    return in_period and (exemption.kind in RIGHTS or exemption.granted)


def eligible(physician: Physician, day: dt.date) -> bool:
    """May `physician` be put on a legevakt shift starting on `day`?"""
    return exemption_on(physician, day) is None
