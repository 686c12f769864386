"""Who is in a legevakt's doctor pool, and who of them may be put on the rota on a given day.

The duty to take part and the right to exemption are fastlegeforskriften 2025 § 33 [L1]; the
rules engine owns both (`simulator.rules.duty`, with the exemption age as dated catalogue
data), and the rota reads them from there so that rota and checks never disagree.
"""

from __future__ import annotations

import datetime as dt

from simulator.rules import duty, load_catalogue
from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt
from simulator.scenario.physicians import Physician


def legevakt_by_id(scenario: Scenario, legevakt_id: str) -> Legevakt:
    """The legevakt `legevakt_id`; a `KeyError` naming the known ids otherwise."""
    for legevakt in scenario.legevakt:
        if legevakt.id == legevakt_id:
            return legevakt
    known = ", ".join(lv.id for lv in scenario.legevakt) or "none"
    raise KeyError(f"no legevakt '{legevakt_id}' in the scenario (known: {known})")


def pool(scenario: Scenario, legevakt: Legevakt) -> list[Physician]:
    """The doctors who share the legevakt's shifts, in scenario order: `legevakt.pool` if
    listed, else by the pool rule (see `simulator.rules.duty.pool`)."""
    return duty.pool(scenario, legevakt)


def template_takers(scenario: Scenario, legevakt: Legevakt) -> dict[str, set[str]]:
    """For each shift template that narrows who may take it (`pool`, `pool_municipalities`),
    the ids of those doctors (`simulator.rules.duty.takers`)."""
    return {
        t.id: {p.id for p in duty.takers(scenario, legevakt, t)}
        for t in legevakt.shifts
        if t.pool or t.pool_municipalities
    }


def exemption_age(day: dt.date) -> int:
    """The age giving a right to legevakt exemption on `day` (fastlegeforskriften § 33)."""
    return int(load_catalogue().parameter("legevakt-exemption-age", "age", day))


def exemption_on(physician: Physician, day: dt.date) -> str | None:
    """Why `physician` may not be rostered on `day` (an exemption they have not waived by
    opting in), or None if they must take part."""
    if physician.opted_in:
        return None
    rules = duty.exemption_rules(physician, day)
    return "; ".join(rule.title.en for rule in rules) or None


def exempt_days(physician: Physician, groups: list[list[dt.date]]) -> dict[dt.date, str]:
    """Why `physician` may not be rostered (`exemption_on`), on each day of `groups` (days by
    the catalogue versions in force, `duty.by_versions`) on which they may not; asked once per
    situation (`duty.by_situation`) rather than once per day."""
    if physician.opted_in:
        return {}
    exempt = {}
    for versions in groups:
        for days in duty.by_situation(physician, versions):
            if why := exemption_on(physician, days[0]):
                exempt.update(dict.fromkeys(days, why))
    return exempt


def eligible(physician: Physician, day: dt.date) -> bool:
    """May `physician` be put on a legevakt shift starting on `day`?"""
    return exemption_on(physician, day) is None
