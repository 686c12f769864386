"""Relation types of the coordination graph (Keast, Brown & Mandell 2007, as the KS/Norut
report uses them; idealtypes-catalogue §1.3) and the relation type of each idealtype.

* cooperation (samvirke): autonomous actors sharing information;
* coordination (koordinering): separate actors in a decided joint arrangement (meetings,
  rotas, agreements), each keeping its resources;
* collaboration (medvirkning): pooled resources and joint planning.

Keast et al. type relations between autonomous actors. Ties inside one organisation (an
office employing its doctors, a municipality hosting its own units) are none of the three and
are labelled `hierarchy`, so that horizontal relations can be counted on their own.
"""

from __future__ import annotations

from enum import StrEnum

from simulator.idealtypes import COLLABORATION_TYPES, CollaborationBase
from simulator.idealtypes.shared_kommuneoverlege import KolMode, SharedKommuneoverlege
from simulator.idealtypes.sykestue import SykestueModel
from simulator.scenario.beds import Sykestue


class Relation(StrEnum):
    hierarchy = "hierarchy"
    cooperation = "cooperation"
    coordination = "coordination"
    collaboration = "collaboration"


# Each idealtype's relation is that of its anchor section in the report (catalogue §3 entries,
# anchors as in the §4 table); variants with another relation are handled in `relation_of`.
IDEALTYPE_RELATION: dict[str, Relation] = {
    "branch_office_gp_service": Relation.collaboration,  # 2.1: pooled GP workforce
    "shared_kommuneoverlege": Relation.coordination,  # 2.2 (2.3 variant: collaboration)
    "intermunicipal_legevakt": Relation.coordination,  # 2.15: "moving towards collaboration"
    "municipal_legevakt": Relation.coordination,  # 2.14
    "kad_unit": Relation.coordination,  # 2.15 (and the 3.6 nursing-home variant)
    "sykestue": Relation.coordination,  # 3.6, asymmetric (3.7 variant: collaboration)
    "emergency_team_training": Relation.collaboration,  # 2.13 egalitarian debriefs; 2.12
    "cooperation_forum": Relation.coordination,  # 2.4 LSU/ALU; 2.10; 3.3 (binding)
    "ambulatory_team": Relation.collaboration,  # 2.5: pooled resources
    "chronic_care_team": Relation.collaboration,  # 2.6: task shifting inside a team
    "time_commitment": Relation.coordination,  # meetings and posts; each keeps its resources
}

AGREEMENT_RELATION = Relation.coordination
"""Statutory agreements keep each party's resources: the municipality–hospital trust
cooperation agreement (helse- og omsorgstjenesteloven §§ 6-1, 6-2; catalogue §1.2, level 3)
and the agreement on the joint NAV office (NAV-loven §§ 13, 14)."""


def relation_of(collaboration: CollaborationBase, sykestuer: dict[str, Sykestue]) -> Relation:
    """The relation a collaboration creates, with the variants the catalogue distinguishes:
    KOL time split among multi-hat GPs (2.3) and the enhanced sykestue with palliative care
    or chemotherapy shared with the hospital (3.7) are collaboration."""
    split = isinstance(collaboration, SharedKommuneoverlege) and (
        collaboration.mode is KolMode.split_among_gps
    )
    if split:
        return Relation.collaboration
    if isinstance(collaboration, SykestueModel):
        return sykestue_relation(sykestuer[collaboration.sykestue])
    return IDEALTYPE_RELATION[idealtype_of(collaboration)]


def sykestue_relation(unit: Sykestue) -> Relation:
    if unit.palliative or unit.chemotherapy:
        return Relation.collaboration
    return IDEALTYPE_RELATION["sykestue"]


_IDEALTYPE_OF = {model: idealtype for idealtype, model in COLLABORATION_TYPES.items()}


def idealtype_of(collaboration: CollaborationBase) -> str:
    return _IDEALTYPE_OF[type(collaboration)]
