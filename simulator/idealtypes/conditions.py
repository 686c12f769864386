"""What an idealtype's preconditions declare (`PreconditionRule`) and find (`Unmet`).

Each idealtype module declares its own checks with these plain records, so that registering
an idealtype, which every scenario validation does, does not load the rules engine;
`preconditions.py` turns what they find into the rules' findings when a plan is checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.idealtypes.base import CollaborationBase
    from simulator.scenario import Scenario

REPORT = "KS/Norut 2013, Samarbeidsmodeller i kommunal legetjeneste (seed 004)"


@dataclass(frozen=True)
class PreconditionRule:
    """A precondition of an idealtype that is not in the rule catalogue: what it asks (in
    bokmål and English), where it comes from, what binds and how much a breach weighs (values
    of the rules' `Kind` and `Severity`)."""

    id: str
    nb: str
    en: str
    law: str
    paragraph: str
    kind: str
    severity: str
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unmet:
    """A precondition one subject (a value of the rules' `Subject`) does not meet, and why."""

    rule: PreconditionRule
    subject_kind: str
    subject_id: str
    nb: str
    en: str
    measured: float | None = None
    limit: float | None = None
    unit: str = ""


def home(c: CollaborationBase, scenario: Scenario) -> str:
    """The municipality a finding about a collaboration is filed under."""
    return (c.municipalities or [scenario.municipalities[0].id])[0]
