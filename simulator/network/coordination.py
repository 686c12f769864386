"""The coordination graph: who works with whom in a plan, and through what.

Nodes are physicians, offices, municipalities, legevakt, KAD units, sykestuer,
collaborations, each municipality's kommuneoverlege role, the hospital trust and NAV. Every
edge has a `type` (what the tie is), a `relation` (cooperation, coordination, collaboration or
hierarchy; see `relations.py`) and `created_by`: the collaboration, or the plan element, that
makes the tie. A plan element that no collaboration covers takes the relation of the
idealtype it is an instance of (a legevakt serving several municipalities is an
inter-municipal legevakt, a branch office is a branch-office GP service, and so on).

Direct GP–NAV (sick notes) and GP–hospital (referrals) ties are left out: every GP has them,
so they would join everyone to everyone through two hubs and hide the structure the KPIs
are about. The municipalities' statutory agreements with both are kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import networkx as nx

from simulator.idealtypes import CollaborationBase
from simulator.idealtypes.base import Attendees
from simulator.network.participants import (
    attendees,
    kommuneoverlege_holders,
    office_municipalities,
    rota_pool,
)
from simulator.network.relations import (
    AGREEMENT_RELATION,
    IDEALTYPE_RELATION,
    Relation,
    idealtype_of,
    relation_of,
    sykestue_relation,
)
from simulator.scenario.beds import BedUnit, Cover, Sykestue
from simulator.scenario.legevakt import Legevakt
from simulator.scenario.model import Scenario
from simulator.scenario.physicians import Role
from simulator.scenario.registry import registered, video_legevakter

HOSPITAL_TRUST = "hospital_trust"
NAV = "nav"


class EdgeType(StrEnum):
    employs = "employs"
    hosts = "hosts"
    serves = "serves"
    member_of = "member_of"  # a municipality in a collaboration
    attends_forum = "attends_forum"
    member_of_team = "member_of_team"
    shares_rota = "shares_rota"
    covers = "covers"  # the doctor (or legevakt) doing a bed unit's physician work
    kommuneoverlege_for = "kommuneoverlege_for"
    organises = "organises"  # a collaboration and the plan element it governs
    agreement = "agreement"
    consults = "consults"  # telemedicine (VAKe) with the hospital


def node_id(kind: str, item: str) -> str:
    return f"{kind}:{item}"


@dataclass(frozen=True)
class _Origin:
    """What creates a tie: its relation, idealtype and creator node."""

    relation: Relation
    idealtype: str
    created_by: str


def coordination_graph(scenario: Scenario) -> nx.MultiGraph:
    """The plan's coordination graph (see the module docstring)."""
    builder = _Builder(scenario)
    builder.build()
    return builder.graph


@dataclass
class _Builder:
    scenario: Scenario
    graph: nx.MultiGraph = field(default_factory=nx.MultiGraph)
    covered: dict[tuple[str, str], CollaborationBase] = field(default_factory=dict)

    def build(self) -> None:
        self.covered = _covered_elements(self.scenario)
        self._organisations()
        self._offices()
        self._physicians()
        for legevakt in self.scenario.legevakt:
            self._legevakt(legevakt)
        for kind, units in (("kad", self.scenario.kad), ("sykestue", self.scenario.sykestuer)):
            for unit in units:
                self._bed_unit(kind, unit)
        self._kommuneoverleger()
        for collaboration in self.scenario.collaborations:
            self._collaboration(collaboration)

    # nodes and edges -----------------------------------------------------------------

    def _node(self, kind: str, item: str, label: str, municipalities: Iterable[str]) -> str:
        name = node_id(kind, item)
        self.graph.add_node(
            name, kind=kind, label=label, municipalities=tuple(dict.fromkeys(municipalities))
        )
        return name

    def _edge(self, a: str, b: str, kind: EdgeType, origin: _Origin) -> None:
        self.graph.add_edge(
            a,
            b,
            key=str(kind),
            type=str(kind),
            relation=str(origin.relation),
            idealtype=origin.idealtype,
            created_by=origin.created_by,
        )

    def _origin(self, kind: str, item: str, idealtype: str, relation: Relation) -> _Origin:
        """The covering collaboration's relation, else the implicit idealtype's."""
        collaboration = self.covered.get((kind, item))
        if collaboration is None:
            return _Origin(relation, idealtype, node_id(kind, item))
        relation = relation_of(collaboration, self.scenario)
        return _Origin(
            relation, idealtype_of(collaboration), node_id("collaboration", collaboration.id)
        )

    @staticmethod
    def _hierarchy(creator: str) -> _Origin:
        return _Origin(Relation.hierarchy, "", creator)

    # plan elements ---------------------------------------------------------------------

    def _organisations(self) -> None:
        trust = self._node(HOSPITAL_TRUST, "hf", "Hospital trust", ())
        nav = self._node(NAV, "nav", "NAV", ())
        for m in self.scenario.municipalities:
            municipality = self._node("municipality", m.id, m.name, [m.id])
            agreement = _Origin(AGREEMENT_RELATION, "", municipality)
            self._edge(municipality, trust, EdgeType.agreement, agreement)
            self._edge(municipality, nav, EdgeType.agreement, agreement)

    def _offices(self) -> None:
        for office in self.scenario.offices:
            name = self._node("office", office.id, office.name, [office.municipality])
            municipality = node_id("municipality", office.municipality)
            self._edge(municipality, name, EdgeType.hosts, self._hierarchy(name))
        for office in self.scenario.offices:
            if office.branch_of is not None:
                origin = self._branch_origin(office.id)
                main = node_id("office", office.branch_of)
                self._edge(main, node_id("office", office.id), EdgeType.serves, origin)

    def _branch_origin(self, office: str) -> _Origin:
        idealtype = "branch_office_gp_service"
        return self._origin("office", office, idealtype, IDEALTYPE_RELATION[idealtype])

    def _physicians(self) -> None:
        offices = self.scenario.by_id("offices")
        for physician in self.scenario.physicians:
            home = offices.get(physician.office or "")
            where = (
                [home.municipality] if home else [k.municipality for k in physician.kommuneoverlege]
            )
            name = self._node("physician", physician.id, physician.name or physician.id, where)
            self.graph.nodes[name]["role"] = str(physician.role)
            if home is not None:
                self._edge(
                    node_id("office", home.id), name, EdgeType.employs, self._hierarchy(name)
                )
            elif physician.role is Role.hospital:
                trust = node_id(HOSPITAL_TRUST, "hf")
                self._edge(trust, name, EdgeType.employs, self._hierarchy(name))
            for branch in physician.branch_days:
                office = node_id("office", branch.office)
                self._edge(name, office, EdgeType.serves, self._branch_origin(branch.office))

    def _legevakt(self, legevakt: Legevakt) -> None:
        served = legevakt.municipalities
        name = self._node("legevakt", legevakt.id, legevakt.name, served)
        host = legevakt.host or served[0]
        self._edge(node_id("municipality", host), name, EdgeType.hosts, self._hierarchy(name))
        idealtype = "intermunicipal_legevakt" if len(served) > 1 else "municipal_legevakt"
        origin = self._origin("legevakt", legevakt.id, idealtype, IDEALTYPE_RELATION[idealtype])
        for municipality in served:
            if municipality != host:
                self._edge(name, node_id("municipality", municipality), EdgeType.serves, origin)
        for physician in rota_pool(self.scenario, legevakt):
            self._edge(node_id("physician", physician), name, EdgeType.shares_rota, origin)
        if legevakt.id in video_legevakter(self.scenario):
            vake = _Origin(Relation.coordination, origin.idealtype, origin.created_by)  # 3.5
            self._edge(name, node_id(HOSPITAL_TRUST, "hf"), EdgeType.consults, vake)

    def _bed_unit(self, kind: str, unit: BedUnit) -> None:
        name = self._node(kind, unit.id, unit.name, unit.municipalities)
        host = unit.host or unit.municipalities[0]
        self._edge(node_id("municipality", host), name, EdgeType.hosts, self._hierarchy(name))
        idealtype = "kad_unit" if kind == "kad" else "sykestue"
        relation = (
            sykestue_relation(unit) if isinstance(unit, Sykestue) else IDEALTYPE_RELATION[idealtype]
        )
        origin = self._origin(kind, unit.id, idealtype, relation)
        for municipality in unit.municipalities:
            if municipality != host:
                self._edge(name, node_id("municipality", municipality), EdgeType.serves, origin)
        for doctor in _bed_cover(self.scenario, unit, host):
            self._edge(doctor, name, EdgeType.covers, origin)

    def _kommuneoverleger(self) -> None:
        holders = kommuneoverlege_holders(self.scenario)
        names = self.scenario.by_id("municipalities")
        for municipality, physicians in holders.items():
            role = self._node(
                "kommuneoverlege",
                municipality,
                f"Kommuneoverlege {names[municipality].name}",
                [municipality],
            )
            self._edge(
                role, node_id("municipality", municipality), EdgeType.serves, self._hierarchy(role)
            )
            for physician in physicians:
                origin = self._kol_origin(physician, holders)
                self._edge(
                    node_id("physician", physician), role, EdgeType.kommuneoverlege_for, origin
                )

    def _kol_origin(self, physician: str, holders: dict[str, list[str]]) -> _Origin:
        """A shared or split KOL collaboration's relation; an implicit shared kommuneoverlege
        for a doctor holding the role in several municipalities; else hierarchy."""
        doctor = node_id("physician", physician)
        collaboration = self.covered.get(("kommuneoverlege", physician))
        if collaboration is not None:
            relation = relation_of(collaboration, self.scenario)
            creator = node_id("collaboration", collaboration.id)
            return _Origin(relation, idealtype_of(collaboration), creator)
        if sum(physician in held for held in holders.values()) > 1:
            idealtype = "shared_kommuneoverlege"
            return _Origin(IDEALTYPE_RELATION[idealtype], idealtype, doctor)
        return self._hierarchy(doctor)

    def _collaboration(self, collaboration: CollaborationBase) -> None:
        municipalities = collaboration.municipalities
        label = collaboration.name or collaboration.id
        name = self._node("collaboration", collaboration.id, label, municipalities)
        idealtype = idealtype_of(collaboration)
        self.graph.nodes[name]["idealtype"] = idealtype
        origin = _Origin(relation_of(collaboration, self.scenario), idealtype, name)
        if collaboration.host:
            self._edge(node_id("municipality", collaboration.host), name, EdgeType.hosts, origin)
        for member in municipalities:
            if member != collaboration.host:
                self._edge(node_id("municipality", member), name, EdgeType.member_of, origin)
        for element in _governed(collaboration):
            self._edge(name, element, EdgeType.organises, origin)
        for kind, physicians in _participants(self.scenario, collaboration):
            for physician in physicians:
                self._edge(node_id("physician", physician), name, kind, origin)
        if registered(collaboration).hospital_agreement(collaboration):
            self._edge(name, node_id(HOSPITAL_TRUST, "hf"), EdgeType.agreement, origin)


def _covered_elements(scenario: Scenario) -> dict[tuple[str, str], CollaborationBase]:
    """Plan elements governed by a collaboration, keyed by (kind, id)."""
    covered: dict[tuple[str, str], CollaborationBase] = {}
    for collaboration in scenario.collaborations:
        for element in _governed(collaboration):
            kind, item = element.split(":", 1)
            covered[(kind, item)] = collaboration
        physicians, _ = registered(collaboration).kommuneoverlege_holders(collaboration)
        for physician in physicians:
            covered[("kommuneoverlege", physician)] = collaboration
    return covered


def _governed(collaboration: CollaborationBase) -> list[str]:
    """Nodes of the plan elements a collaboration governs."""
    return [node_id(kind, item) for kind, item in registered(collaboration).governs(collaboration)]


def _participants(
    scenario: Scenario, collaboration: CollaborationBase
) -> list[tuple[EdgeType, list[str]]]:
    """Physicians taking part in a collaboration, and how (attendees resolved here)."""
    return [
        (
            EdgeType(kind),
            attendees(scenario, who, collaboration) if isinstance(who, Attendees) else who,
        )
        for kind, who in registered(collaboration).participants(collaboration, scenario)
    ]


def _bed_cover(scenario: Scenario, unit: BedUnit, host: str) -> list[str]:
    """Nodes of whoever does the unit's physician work (see `Cover`)."""
    if unit.cover is Cover.dedicated and unit.physician:
        return [node_id("physician", unit.physician)]
    if unit.cover is Cover.legevakt and unit.legevakt:
        return [node_id("legevakt", unit.legevakt)]
    if unit.cover is Cover.gp_on_duty:
        homes = office_municipalities(scenario)
        return [
            node_id("physician", p.id)
            for p in scenario.physicians
            if p.role is Role.gp and homes[p.id] == host
        ]
    return []
