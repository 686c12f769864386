"""The collaboration idealtypes of the KS/Norut report: one module per idealtype.

`COLLABORATION_TYPES` maps each idealtype id to its parameter model. `Collaboration` is the
discriminated union the scenario schema uses for `collaborations:` items; a `type:` may also
name a preset in models/ (see `presets.py`).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field

from simulator.idealtypes.ambulatory_team import AmbulatoryTeam
from simulator.idealtypes.base import CollaborationBase
from simulator.idealtypes.branch_office_gp_service import BranchOfficeGpService
from simulator.idealtypes.chronic_care_team import ChronicCareTeam
from simulator.idealtypes.cooperation_forum import CooperationForum
from simulator.idealtypes.emergency_team_training import EmergencyTeamTraining
from simulator.idealtypes.intermunicipal_legevakt import IntermunicipalLegevakt
from simulator.idealtypes.kad_unit import KadUnit
from simulator.idealtypes.municipal_legevakt import MunicipalLegevakt
from simulator.idealtypes.presets import apply_preset
from simulator.idealtypes.shared_kommuneoverlege import SharedKommuneoverlege
from simulator.idealtypes.sykestue import SykestueModel
from simulator.idealtypes.time_commitment import TimeCommitment

Collaboration = Annotated[
    BranchOfficeGpService
    | SharedKommuneoverlege
    | IntermunicipalLegevakt
    | MunicipalLegevakt
    | KadUnit
    | SykestueModel
    | EmergencyTeamTraining
    | CooperationForum
    | AmbulatoryTeam
    | ChronicCareTeam
    | TimeCommitment,
    Field(discriminator="type"),
    BeforeValidator(apply_preset),
]

COLLABORATION_TYPES: dict[str, type[CollaborationBase]] = {
    model.model_fields["type"].annotation.__args__[0]: model  # type: ignore[union-attr]
    for model in CollaborationBase.__subclasses__()
}

__all__ = ["COLLABORATION_TYPES", "Collaboration", "CollaborationBase"]
