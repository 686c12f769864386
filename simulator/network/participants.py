"""Who takes part in what, read from a plan: legevakt pools, forum and training attendees and
the holders of each municipality's kommuneoverlege role."""

from __future__ import annotations

from simulator.idealtypes import CollaborationBase
from simulator.idealtypes.base import Attendees
from simulator.scenario.legevakt import Legevakt, PoolRule
from simulator.scenario.model import Scenario
from simulator.scenario.physicians import Role
from simulator.scenario.registry import registered

ROTA_ROLES = (Role.gp, Role.lis1, Role.locum)  # PoolRule.served_gps


def attendees(scenario: Scenario, who: Attendees, collaboration: CollaborationBase) -> list[str]:
    """The listed physicians, or those with one of `who.roles` at an office in
    `who.municipalities` (default: the collaboration's; if it names none, every municipality)."""
    if who.physicians:
        return list(who.physicians)
    municipalities = set(who.municipalities or collaboration.municipalities) or {
        m.id for m in scenario.municipalities
    }
    homes = office_municipalities(scenario)
    return [
        p.id for p in scenario.physicians if p.role in who.roles and homes[p.id] in municipalities
    ]


def rota_pool(scenario: Scenario, legevakt: Legevakt) -> list[str]:
    """Doctors in a legevakt's rota: its `pool` if given; otherwise doctors naming it under
    `legevakt`, and, by the `served_gps` rule, GPs, LIS1 and locums at offices in the served
    municipalities who name no legevakt. Exemptions are the rota's business, not the graph's."""
    if legevakt.pool:
        return list(legevakt.pool)
    served = set(legevakt.municipalities)
    homes = office_municipalities(scenario)
    return [
        p.id
        for p in scenario.physicians
        if legevakt.id in p.legevakt
        or (
            legevakt.pool_rule is PoolRule.served_gps
            and not p.legevakt
            and p.role in ROTA_ROLES
            and homes[p.id] in served
        )
    ]


def kommuneoverlege_holders(scenario: Scenario) -> dict[str, list[str]]:
    """Municipality -> physicians holding its kommuneoverlege role: from the physicians'
    `kommuneoverlege` shares, shared-KOL collaborations (their `split`, else their
    municipalities) and doctors with role `kommuneoverlege` at an office."""
    holders: dict[str, list[str]] = {}
    homes = office_municipalities(scenario)

    def hold(municipality: str, physician: str) -> None:
        listed = holders.setdefault(municipality, [])
        if physician not in listed:
            listed.append(physician)

    for physician in scenario.physicians:
        for share in physician.kommuneoverlege:
            hold(share.municipality, physician.id)
        home = homes[physician.id]
        if physician.role is Role.kommuneoverlege and not physician.kommuneoverlege and home:
            hold(home, physician.id)
    for c in scenario.collaborations:
        physicians, municipalities = registered(c).kommuneoverlege_holders(c)
        for municipality in municipalities:
            for physician in physicians:
                hold(municipality, physician)
    return holders


def office_municipalities(scenario: Scenario) -> dict[str, str | None]:
    """Physician -> the municipality of their office (None without an office)."""
    offices = scenario.by_id("offices")
    return {
        p.id: offices[p.office].municipality if p.office in offices else None
        for p in scenario.physicians
    }
