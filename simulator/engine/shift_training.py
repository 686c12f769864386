"""Emergency team training held on a legevakt shift (`during_shift`; report 2.13, where Alta
trains whoever is on duty).

Such a session is not taken from its participants' office days: it is held at a legevakt that
serves the participants' municipality and takes the time of the doctor on duty there, as a job in
the doctors' queue behind the patients (a patient who comes during a session waits for the next
free doctor; a red one calls the bakvakt). Each participant brings one session every
`interval_weeks`, in the weeks the off-shift sessions would be; sessions of the same week fall
on successive days.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.engine.arrivals import Urgency
from simulator.engine.calendar import MINUTES_PER_DAY
from simulator.engine.legevakt import Job, Kind
from simulator.idealtypes.attendance import attendees
from simulator.idealtypes.emergency_team_training import EmergencyTeamTraining
from simulator.scenario import Scenario
from simulator.scenario.legevakt import Legevakt

if TYPE_CHECKING:
    from simulator.engine.district import Entry
    from simulator.engine.run import Run

TRAINING_WEEKDAY = 3  # Thursday, as the off-shift sessions (ASSUMPTION, idealtypes/expansion.py)
SESSION_START = 18 * 60  # ASSUMPTION: an evening hour, when every legevakt has a doctor on duty


def training_entries(run: Run, lv: Legevakt) -> list[Entry]:
    """The on-shift training sessions held at `lv` over the horizon, as queue entries."""
    scenario = run.plan.scenario
    days = run.calendar.days
    entries = []
    for training in _on_shift(scenario):
        interval = max(1, round(training.interval_weeks))
        phases = _phases(training, scenario, lv)
        minutes = training.duration_hours * 60
        for week in range(days // 7):
            sessions = phases.count(week % interval)
            for n in range(sessions):
                t = float((7 * week + (TRAINING_WEEKDAY + n) % 7) * MINUTES_PER_DAY + SESSION_START)
                entries.append((t, Job(Kind.training, Urgency.green, t, lv.station, "", minutes)))
    return entries


def _on_shift(scenario: Scenario) -> list[EmergencyTeamTraining]:
    return [
        c
        for c in scenario.collaborations
        if isinstance(c, EmergencyTeamTraining) and c.during_shift
    ]


def on_shift(training: EmergencyTeamTraining, scenario: Scenario) -> dict[str, str]:
    """The participants who train on shift, each with the legevakt that serves their office's
    municipality (the first listed); none unless `during_shift`."""
    if not training.during_shift:
        return {}
    serving = {m: lv.id for lv in reversed(scenario.legevakt) for m in lv.municipalities}
    offices = scenario.by_id("offices")
    physicians = scenario.by_id("physicians")
    held = {}
    for p in attendees(training.participants, training, scenario):
        office = physicians[p].office
        station = serving.get(offices[office].municipality) if office else None
        if station:
            held[p] = station
    return held


def _phases(training: EmergencyTeamTraining, scenario: Scenario, lv: Legevakt) -> list[int]:
    """The week phase of each participant who trains at `lv`, numbered as the off-shift
    sessions stagger them."""
    interval = max(1, round(training.interval_weeks))
    held = on_shift(training, scenario)
    people = sorted(attendees(training.participants, training, scenario))
    return [i % interval for i, p in enumerate(people) if held.get(p) == lv.id]
