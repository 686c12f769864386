"""What every collaboration instance has, whatever its idealtype."""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field

from simulator.idealtypes.library import load_library
from simulator.plan.plan import CostSharing
from simulator.scenario.base import Id, Model, MunicipalityRef, PhysicianRef
from simulator.scenario.physicians import Role


class Attendees(Model):
    """Who takes part: the listed physicians, or everyone with one of `roles` at an office in
    `municipalities` (default: the collaboration's host and members)."""

    physicians: list[PhysicianRef] = Field(
        default_factory=list, description="These physicians attend."
    )
    roles: list[Role] = Field(
        default_factory=lambda: [Role.gp, Role.lis1],
        description="All physicians with these roles attend.",
    )
    municipalities: list[MunicipalityRef] = Field(
        default_factory=list, description="All GPs of these municipalities attend."
    )


TYPE_HELP = "The idealtype, or a preset of it from the library (models/)."


def _preset_types(schema: dict[str, Any]) -> None:
    """In the JSON Schema, `type` may also be a preset of the model (see presets.py)."""
    kind = schema.get("properties", {}).get("type", {})
    base = kind.get("const")
    presets = [i.id for i in load_library().values() if i.preset_of == base]
    if base and presets:
        schema["properties"]["type"] = {
            "description": kind.get("description", ""),
            "type": "string",
            "enum": [base, *presets],
        }


class CollaborationBase(Model):
    model_config = ConfigDict(json_schema_extra=_preset_types)

    id: Id
    name: str | None = Field(None, description="Name shown in the report.")
    host: MunicipalityRef | None = Field(None, description="Vertskommune, where there is one.")
    members: list[MunicipalityRef] = Field(
        default_factory=list, description="Participating municipalities besides the host."
    )
    cost_sharing: CostSharing = Field(
        CostSharing.population,
        description="How the costs are split: population, equal or host_pays.",
    )
    preset: str | None = Field(
        None,
        description="The preset in models/ this instance was made from (e.g. "
        "weekly_interdisciplinary_meeting); its values are the defaults of this instance.",
    )

    @property
    def municipalities(self) -> list[str]:
        """Host first, then the members, without repeats."""
        ordered = [self.host] if self.host else []
        return ordered + [m for m in self.members if m not in ordered]
