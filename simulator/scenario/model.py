"""The root of the scenario schema: one object per scenario file (after includes)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from simulator.scenario.base import Model
from simulator.scenario.beds import Kad, Sykestue
from simulator.scenario.bounds import MAX_PHYSICIANS
from simulator.scenario.consistency import inconsistencies
from simulator.scenario.geography import Municipality, Place, Travel
from simulator.scenario.legevakt import Legevakt
from simulator.scenario.offices import Office
from simulator.scenario.physicians import Physician
from simulator.scenario.references import Issue, broken_references, duplicate_ids
from simulator.scenario.registry import collaboration_union
from simulator.scenario.scalarkinds import wrong_kinds
from simulator.scenario.settings import Costs, Demand, Policy, ScenarioMeta
from simulator.scenario.texts import is_own

# The idealtypes register their schemas; the scenario takes whichever are registered.
Collaboration = collaboration_union()


class Scenario(Model):
    """A plan for the physician services of one or more municipalities."""

    scenario: ScenarioMeta = Field(description="Title, period and seed of the plan.")
    municipalities: list[Municipality] = Field(
        min_length=1, description="The municipalities of the plan."
    )
    places: list[Place] = Field(
        min_length=1, description="Places: settlements, offices, stations, hospitals, quays."
    )
    travel: Travel = Field(
        default_factory=Travel, description="How travel times between places are found."
    )
    offices: list[Office] = Field(default_factory=list, description="GP offices.")
    physicians: list[Physician] = Field(
        default_factory=list, max_length=MAX_PHYSICIANS, description="The physicians."
    )
    legevakt: list[Legevakt] = Field(
        default_factory=list, description="Legevakt stations and their rotas."
    )
    kad: list[Kad] = Field(
        default_factory=list, description="KAD units (kommunale akutte døgnplasser)."
    )
    sykestuer: list[Sykestue] = Field(
        default_factory=list, description="Sykestuer (small bed units in remote areas)."
    )
    collaborations: list[Collaboration] = Field(
        default_factory=list, description="Collaboration models from the idealtype library."
    )
    demand: Demand = Field(default_factory=Demand, description="How many patients come, and when.")
    costs: Costs = Field(
        default_factory=Costs, description="Prices and wages the costs are computed from."
    )
    policy: Policy = Field(default_factory=Policy, description="Rules the rotas must keep.")

    @model_validator(mode="wrap")
    @classmethod
    def _all_problems(cls, data: Any, handler: Any) -> Scenario:
        """Report schema errors, duplicate ids and broken references together, not one kind
        at a time, so a planner can fix a file in one pass."""
        if not isinstance(data, dict):
            return handler(data)
        issues = [*duplicate_ids(data), *broken_references(cls, data), *wrong_kinds(cls, data)]
        try:
            scenario = handler(data)
        except ValidationError as error:
            raise _merged(error, issues) from None
        issues += list(inconsistencies(scenario))
        if issues:
            raise _merged(None, issues)
        return scenario

    def by_id(self, section: str) -> dict[str, Any]:
        """Items of an entity section keyed by id."""
        return {item.id: item for item in getattr(self, section)}


def _merged(error: ValidationError | None, issues: list[Issue]) -> ValidationError:
    ours = {issue.loc for issue in issues}
    details: list[InitErrorDetails] = [
        _detail(e)
        for e in (error.errors() if error else [])
        if tuple(e["loc"]) not in ours  # one message per value: ours says what to write
    ]
    for issue in issues:
        text = issue.message
        custom = PydanticCustomError(text.code, str(text), dict(text.values))
        details.append({"type": custom, "loc": issue.loc, "input": None})
    return ValidationError.from_exception_data("Scenario", details)


def _detail(error: Any) -> InitErrorDetails:
    """An error as Pydantic rebuilds it: our own codes are custom error types."""
    if is_own(error["type"]):
        custom = PydanticCustomError(error["type"], error["msg"], error.get("ctx"))
        return {**error, "type": custom}  # type: ignore[typeddict-item]
    return error  # type: ignore[return-value]
