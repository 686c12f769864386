"""A rota is a list of shift assignments; rules, the rota solver and the engine share this."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from simulator.scenario.legevakt import ShiftMode


@dataclass(frozen=True, slots=True)
class Assignment:
    """`physician` works shift template `shift` of `legevakt` from `start` to `end` (local
    time, naive datetimes) in `mode`."""

    legevakt: str
    shift: str
    physician: str
    start: dt.datetime
    end: dt.datetime
    mode: ShiftMode

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600
