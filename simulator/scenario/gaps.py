"""What a legevakt does with the shifts its own doctor pool cannot staff within the rules.

No municipality leaves a legevakt shift without a doctor: it hires a locum (vikar, often
through an agency), lets a neighbouring legevakt take the shift, or (for showing the bare gap)
leaves it empty. The policy is per legevakt so that a per-shift pool can later use it too.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from simulator.scenario.base import LegevaktRef, Model, Share
from simulator.scenario.texts import invalid

# VG 2017 reported Bindal paying up to NOK 11 450 a day for an agency locum, about twice a
# locum recruited by ordinary advertisement (VG, 2017; not in rules-and-data.md). ASSUMPTION
# (estimate): the upper end, and one "day" is a shift of up to 24 hours; longer shifts count one
# day per started 24 hours.
LOCUM_DAY_NOK = 11_450.0
# ASSUMPTION (estimate, no published figure found): a pool keeps at least 60 % of its doctors at
# work in any week, so two of a five-doctor pool may be away at once, and one of two to four.
VACATION_MAX_AWAY_SHARE = 0.4


class GapFill(StrEnum):
    locum = "locum"  # a locum competent to work alone takes the shift
    neighbour = "neighbour"  # a named neighbouring legevakt takes the shift
    unstaffed = "unstaffed"  # the shift stays empty: patients wait for the next doctor


class GapPolicy(Model):
    """Who takes the shifts the pool cannot staff legally (`staffing.gaps`)."""

    gaps: GapFill = Field(
        GapFill.locum,
        description="`locum` (hired doctors under the same rest rules), `neighbour` (the "
        "`neighbour` legevakt takes the shift) or `unstaffed` (the bare gap, a breach).",
    )
    neighbour: LegevaktRef | None = Field(
        None, description="The legevakt that takes the shifts with `gaps: neighbour`."
    )
    locum_day_nok: Annotated[float, Field(ge=0)] = Field(
        LOCUM_DAY_NOK,
        description="Price of a locum per shift of up to 24 h (agency, VG 2017; an estimate).",
    )
    vacation_max_away_share: Share = Field(
        VACATION_MAX_AWAY_SHARE,
        description="Largest share of the pool's doctors on vacation in one week (at least "
        "one), where samsim chooses their weeks; an estimate (docs/scenario.md).",
    )

    def locum_cost(self, hours: float) -> float:
        """The price of a locum for a shift of `hours`: a day per started 24 hours."""
        return math.ceil(hours / 24 - 1e-9) * self.locum_day_nok

    @model_validator(mode="after")
    def _neighbour_named(self) -> GapPolicy:
        if (self.gaps is GapFill.neighbour) != (self.neighbour is not None):
            raise invalid("neighbour_when_gaps")
        return self
