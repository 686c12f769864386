"""Rest after night duty as it happened: the rules engine's reading applied to the painted
timeline.

The schedule plans rest after every shift that reaches into the night. A bakvakt called in at
night, or a doctor kept past the end of a shift, needs rest the plan could not know of; here
the work that falls within the rest after such a duty gives way to it, read exactly as the rules
engine checks it (`simulator.rules.timeline_checks.short_rests`), so the two agree.
"""

from __future__ import annotations

from simulator.engine.schedule import Block, Priority
from simulator.plan.timeline import LEGEVAKT, Category, Timeline
from simulator.rules.ledger import Prepared
from simulator.rules.timeline_checks import short_rests
from simulator.scenario.physicians import Physician


def unplanned_rest(timeline: Timeline, physician: Physician, minutes: int) -> list[Block]:
    """Rest blocks over the work (other than legevakt) within `minutes` after each night duty
    that the next work follows too soon. Shifts and simulated work outrank rest, so what
    remains short is a breach of the rota itself."""
    _, ends = short_rests(Prepared(timeline, physician), minutes)
    blocks = []
    for end in ends.tolist():
        for start, stop, category in timeline.between(end, end + minutes):
            if category not in LEGEVAKT:  # a bakvakt goes on waiting from the office
                blocks.append(Block(start, stop, Priority.rest, Category.rest_after_duty))
    return blocks
