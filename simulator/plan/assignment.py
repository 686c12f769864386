"""A rota is a list of shift assignments; rules, the rota solver and the engine share this."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from simulator.scenario.legevakt import ShiftMode


class Cover(StrEnum):
    """Who takes a place on a shift: the legevakt's own pool or, where the pool cannot staff it
    legally, the legevakt's gap policy (`simulator.scenario.gaps`)."""

    pool = "pool"
    locum = "locum"
    neighbour = "neighbour"
    unstaffed = "unstaffed"  # nobody: `physician` is empty


@dataclass(frozen=True, slots=True)
class Assignment:
    """`physician` works shift template `shift` of `legevakt` from `start` to `end` (local
    time, naive datetimes) in `mode`; `cover` says whether they are of the pool."""

    legevakt: str
    shift: str
    physician: str
    start: dt.datetime
    end: dt.datetime
    mode: ShiftMode
    cover: Cover = Cover.pool

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def neighbour_id(legevakt: str) -> str:
    """The doctor of `legevakt` who takes another legevakt's shift."""
    return f"neighbour-{legevakt}"
