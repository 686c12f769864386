"""The plan: resolved, pure data the engine consumes.

A scenario says *what* is organised (offices, legevakt, collaborations); the plan says *when and
where* each physician is committed. Collaboration idealtypes contribute to the plan through
their expansions (`simulator.idealtypes.expansion`), so the engine never names an idealtype.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from simulator.plan.assignment import Assignment
from simulator.plan.categories import Category

if TYPE_CHECKING:
    from simulator.scenario import Scenario

WEEK_MINUTES_FULL_TIME = 37.5 * 60  # SFS 2305 § 3.1: 37.5 h/week for employed doctors [S9]


@dataclass(frozen=True, slots=True)
class Commitment:
    """A recurring block of a physician's week: `weekday` (0 = Monday) from `start` to `end`
    minutes after midnight, in weeks where `week % interval_weeks == phase`."""

    physician: str
    weekday: int
    start: int
    end: int
    category: Category
    interval_weeks: int = 1
    phase: int = 0

    def on_week(self, week: int) -> bool:
        return week % self.interval_weeks == self.phase


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """Hours a week without a fixed clock time (public duties, kommuneoverlege work), spread
    evenly over `weekdays` and placed at the end of the physician's office day."""

    physician: str
    category: Category
    minutes_per_week: float
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)

    def minutes_on(self, weekday: int) -> int:
        """Whole minutes on `weekday`: the days' shares add up to the week's total, so small
        weekly hours are not lost to rounding each day (6.9 min a week is 7, not 5 × 1)."""
        i, n = self.weekdays.index(weekday), len(self.weekdays)
        return round((i + 1) * self.minutes_per_week / n) - round(i * self.minutes_per_week / n)


@dataclass(frozen=True, slots=True)
class BranchDay:
    """On `weekday`, `physician` works at branch `office`, travelling `minutes` and `km` each
    way from the main office within the working day (travel is working time)."""

    physician: str
    weekday: int
    office: str
    minutes: float
    km: float


@dataclass(frozen=True, slots=True)
class ShiftSession:
    """Time taken from the doctor on duty at `legevakt`, as a job behind the patients (emergency
    team training held on shift), every `interval_weeks` in week `phase` of the interval."""

    legevakt: str
    weekday: int
    start: int  # minute of the day
    minutes: float
    interval_weeks: int = 1
    phase: int = 0


class CostSharing(StrEnum):
    population = "population"
    equal = "equal"
    host_pays = "host_pays"


@dataclass(frozen=True, slots=True)
class ExtraCost:
    """A yearly cost a collaboration adds, shared among `municipalities` by `sharing`."""

    source: str
    item: str
    nok_per_year: float
    municipalities: tuple[str, ...]
    sharing: CostSharing


@dataclass(frozen=True, slots=True)
class MovedConsultations:
    """Task shifting: `per_year` routine GP consultations of the people listed in
    `municipalities` that others (a nurse team) take over, spread over those lists."""

    source: str
    municipalities: tuple[str, ...]
    per_year: float


@dataclass(frozen=True)
class PlanContribution:
    commitments: tuple[Commitment, ...] = ()
    weekly_hours: tuple[WeeklyHours, ...] = ()
    branch_days: tuple[BranchDay, ...] = ()
    costs: tuple[ExtraCost, ...] = ()
    moved_consultations: tuple[MovedConsultations, ...] = ()
    shift_sessions: tuple[ShiftSession, ...] = ()

    def __add__(self, other: PlanContribution) -> PlanContribution:
        return PlanContribution(
            self.commitments + other.commitments,
            self.weekly_hours + other.weekly_hours,
            self.branch_days + other.branch_days,
            self.costs + other.costs,
            self.moved_consultations + other.moved_consultations,
            self.shift_sessions + other.shift_sessions,
        )


@dataclass(frozen=True)
class Plan:
    scenario: Scenario
    contribution: PlanContribution = field(default_factory=PlanContribution)
    rota: tuple[Assignment, ...] = ()

    @cached_property
    def _branch_index(self) -> dict[tuple[str, int], BranchDay]:
        return {(b.physician, b.weekday): b for b in reversed(self.contribution.branch_days)}

    def branch_day(self, physician: str, weekday: int) -> BranchDay | None:
        """The first branch day listed for `physician` on `weekday`, if any."""
        return self._branch_index.get((physician, weekday))
