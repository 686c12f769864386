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

from simulator.idealtypes import CollaborationBase
from simulator.idealtypes.library import load_library
from simulator.idealtypes.sykestue import unit_relation
from simulator.scenario.beds import Sykestue
from simulator.scenario.model import Scenario
from simulator.scenario.registry import registered


class Relation(StrEnum):
    hierarchy = "hierarchy"
    cooperation = "cooperation"
    coordination = "coordination"
    collaboration = "collaboration"


# Each idealtype's relation is the one its models/ file gives (the relation of its report
# section, catalogue §3); variants with another relation are their idealtype's `relation`.
IDEALTYPE_RELATION: dict[str, Relation] = {
    ident: Relation(info.relation.value) for ident, info in load_library().items()
}

AGREEMENT_RELATION = Relation.coordination
"""Statutory agreements keep each party's resources: the municipality–hospital trust
cooperation agreement (helse- og omsorgstjenesteloven §§ 6-1, 6-2; catalogue §1.2, level 3)
and the agreement on the joint NAV office (NAV-loven §§ 13, 14)."""


def relation_of(collaboration: CollaborationBase, scenario: Scenario) -> Relation:
    """The relation a collaboration creates, with the variants the catalogue distinguishes
    (its idealtype's `relation`: KOL time split among multi-hat GPs (2.3) and the enhanced
    sykestue with palliative care or chemotherapy shared with the hospital (3.7) are
    collaboration; dementia and lifestyle teams (2.7, 2.9) are cooperation)."""
    variant = registered(collaboration).relation(collaboration, scenario)
    return Relation(variant) if variant else IDEALTYPE_RELATION[idealtype_of(collaboration)]


def sykestue_relation(unit: Sykestue) -> Relation:
    return Relation(unit_relation(unit))


def idealtype_of(collaboration: CollaborationBase) -> str:
    """The idealtype a planner chose: the preset where there is one, else the model."""
    return collaboration.preset or collaboration.type  # type: ignore[attr-defined,no-any-return]
