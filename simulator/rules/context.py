"""What an evaluator is given: the scenario, the date whose rule versions apply, and input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from simulator.plan.assignment import Assignment
from simulator.plan.timeline import Timeline
from simulator.rules.catalogue import Catalogue, Rule, Version
from simulator.rules.findings import Finding
from simulator.rules.ledger import Prepared, prepare
from simulator.rules.stacked import Stacked
from simulator.scenario import Scenario


@dataclass(frozen=True)
class PlanContext:
    """A static check of a plan. `extra_public_duty_hours` adds weekly hours per physician id
    that count within the 7.5 h of other municipal tasks (e.g. cooperation-forum meetings)."""

    scenario: Scenario
    on: dt.date
    catalogue: Catalogue
    extra_public_duty_hours: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class RotaContext:
    scenario: Scenario
    on: dt.date
    catalogue: Catalogue
    assignments: list[Assignment]


@dataclass(frozen=True)
class TimelineContext:
    scenario: Scenario
    on: dt.date
    catalogue: Catalogue
    timelines: list[Timeline]

    @cached_property
    def prepared(self) -> list[Prepared]:
        """The timelines with their physicians and masks, shared by all timeline checks."""
        return prepare(self.scenario, self.timelines)


PlanEvaluator = Callable[[Rule, Version, PlanContext], Iterable[Finding]]
RotaEvaluator = Callable[[Rule, Version, RotaContext], Iterable[Finding]]
# judges the timelines of one stack (`stacked.stacks`), with the context they come from
TimelineEvaluator = Callable[[Rule, Version, TimelineContext, Stacked], Iterable[Finding]]
