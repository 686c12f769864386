"""The root of the scenario schema: one object per scenario file (after includes)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from simulator.idealtypes import Collaboration
from simulator.scenario.base import Model
from simulator.scenario.beds import Kad, Sykestue
from simulator.scenario.bounds import MAX_PHYSICIANS
from simulator.scenario.consistency import inconsistencies
from simulator.scenario.geography import Municipality, Place, Travel
from simulator.scenario.legevakt import Legevakt
from simulator.scenario.offices import Office
from simulator.scenario.physicians import Physician
from simulator.scenario.references import Issue, broken_references, duplicate_ids
from simulator.scenario.scalarkinds import wrong_kinds
from simulator.scenario.settings import Costs, Demand, Policy, ScenarioMeta
from simulator.scenario.texts import Text, is_own


class Scenario(Model):
    """A plan for the physician services of one or more municipalities."""

    scenario: ScenarioMeta
    municipalities: list[Municipality] = Field(min_length=1)
    places: list[Place] = Field(min_length=1)
    travel: Travel = Field(default_factory=Travel)
    offices: list[Office] = Field(default_factory=list)
    physicians: list[Physician] = Field(default_factory=list, max_length=MAX_PHYSICIANS)
    legevakt: list[Legevakt] = Field(default_factory=list)
    kad: list[Kad] = Field(default_factory=list)
    sykestuer: list[Sykestue] = Field(default_factory=list)
    collaborations: list[Collaboration] = Field(default_factory=list)
    demand: Demand = Field(default_factory=Demand)
    costs: Costs = Field(default_factory=Costs)
    policy: Policy = Field(default_factory=Policy)

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
        message = issue.message
        text = message if isinstance(message, Text) else Text("reference", {"message": message})
        custom = PydanticCustomError(text.code, str(text), dict(text.values))
        details.append({"type": custom, "loc": issue.loc, "input": None})
    return ValidationError.from_exception_data("Scenario", details)


def _detail(error: Any) -> InitErrorDetails:
    """An error as Pydantic rebuilds it: our own codes are custom error types."""
    if is_own(error["type"]):
        custom = PydanticCustomError(error["type"], error["msg"], error.get("ctx"))
        return {**error, "type": custom}  # type: ignore[typeddict-item]
    return error  # type: ignore[return-value]
