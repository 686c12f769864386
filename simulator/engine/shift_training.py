"""Emergency team training held on a legevakt shift (`during_shift`; report 2.13): the plan's
`ShiftSession`s laid out on the calendar as jobs in the doctors' queue behind the patients (a
patient who comes during a session waits for the next free doctor; a red one calls the
bakvakt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.engine.arrivals import Urgency
from simulator.engine.calendar import MINUTES_PER_DAY
from simulator.engine.legevakt import Job, Kind
from simulator.scenario.legevakt import Legevakt

if TYPE_CHECKING:
    from simulator.engine.district import Entry
    from simulator.engine.run import Run


def training_entries(run: Run, lv: Legevakt) -> list[Entry]:
    """The on-shift sessions held at `lv` over the horizon, as queue entries."""
    entries = []
    for s in run.plan.contribution.shift_sessions:
        if s.legevakt != lv.id:
            continue
        for week in range(s.phase, run.calendar.days // 7, s.interval_weeks):
            t = float((7 * week + s.weekday) * MINUTES_PER_DAY + s.start)
            entries.append((t, Job(Kind.training, Urgency.green, t, lv.station, "", s.minutes)))
    return entries
