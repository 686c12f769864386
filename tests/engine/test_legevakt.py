"""The legevakt station: priorities, home call travel, backup doctors, calls without nurses."""

from __future__ import annotations

import math

import simpy
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator import simulate
from simulator.engine import Plan
from simulator.engine.arrivals import Urgency
from simulator.engine.district import Feed
from simulator.engine.kpis import on_call_class, passive_weight
from simulator.engine.legevakt import Job, Kind, Station, patient_jobs
from simulator.engine.worklog import WorkLog
from simulator.plan.assignment import Assignment
from simulator.plan.timeline import Category
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode
from tests.support.scenarios import around_the_clock, base, station_only_rates


class FixedTravel:
    """Every trip between different places takes 30 minutes and 25 km."""

    def minutes(self, a: str, b: str) -> float:
        return 0.0 if a == b else 30.0

    def km(self, a: str, b: str) -> float:
        return 0.0 if a == b else 25.0


def _station(env: simpy.Environment) -> tuple[Station, WorkLog]:
    scenario = Scenario.model_validate(
        base(
            legevakt=[
                {
                    "id": "lv",
                    "name": "LV",
                    "station": "centre",
                    "municipalities": ["m"],
                    "shifts": [{"id": "s", "start": "00:00", "hours": 24}],
                }
            ],
        )
    )
    log = WorkLog()
    return Station(env, scenario.legevakt[0], FixedTravel(), log, 0.0), log


def _job(urgency: int, minutes: float, kind: str = Kind.consultation, place: str = "centre"):
    return Job(kind, urgency, 0.0, place, "m", minutes)


def _home_call_shift(jobs: list[Job]) -> tuple[Station, WorkLog]:
    """`jobs` queued at time 0 for one doctor on home call from 0 to 600."""
    env = simpy.Environment()
    station, log = _station(env)
    for job in jobs:
        station.put(job)
    station.doctor("d", 0, 600, ShiftMode.home_call, "home")
    env.run(until=600)
    return station, log


def test_red_goes_first_and_a_home_call_doctor_drives_in():
    station, log = _home_call_shift([_job(Urgency.green, 10), _job(Urgency.red, 10)])
    assert log.intervals("d") == [
        (0, 30, Category.travel),  # home to the station
        (30, 50, Category.legevakt_active),  # both patients, red first
        (50, 80, Category.travel),  # home again
    ]
    assert station.kpis.waits[Urgency.red].total == 30  # until the doctor arrives
    assert station.kpis.waits[Urgency.green].total == 40
    assert station.kpis.little_wait == 40  # in the queue: red taken at once, green at 40


def test_a_red_wait_splits_into_waiting_for_a_free_doctor_and_the_doctors_travel():
    k = _home_call_shift([_job(Urgency.red, 10), _job(Urgency.red, 10)])[0].kpis
    assert k.red_travel.total == 30  # the first: the drive in from home
    assert k.red_free.total == 40  # the second: the first patient's drive and visit
    assert k.red_free.total + k.red_travel.total == k.waits[Urgency.red].total


def test_a_call_out_takes_the_doctor_away_and_the_backup_is_called_for_red():
    env = simpy.Environment()
    station, log = _station(env)
    station.put(_job(Urgency.orange, 60, Kind.visit, "far"))
    station.doctor("d", 0, 600, ShiftMode.on_site, "home")
    station.doctor("b", 0, 600, ShiftMode.backup, "home")
    env.run(until=5)
    station.put(_job(Urgency.red, 10))
    env.run(until=600)
    assert log.intervals("d")[0] == (0, 30, Category.travel)
    assert log.intervals("b") == [
        (5, 35, Category.travel),
        (35, 45, Category.legevakt_active),
        (45, 75, Category.travel),
    ]
    assert station.waiting == 0


def test_a_waiting_doctor_leaves_at_the_end_of_the_shift():
    env = simpy.Environment()
    station, log = _station(env)
    station.doctor("d", 0, 60, ShiftMode.on_site, "home")
    env.run(until=100)
    station.put(_job(Urgency.red, 10))
    env.run(until=200)
    assert station.waiting == 1  # nobody on duty any more
    assert log.intervals("d") == []


class _Recording(Station):
    """A station that lists who took which job when."""

    def serve(self, physician: str, job: Job, here: str) -> tuple[float, str]:
        self.taken.append((self.env.now, physician, job.number))
        return super().serve(physician, job, here)


def _engine(arrivals, shifts, horizon: float) -> list[tuple[float, str, int]]:
    """Jobs fed to the station at their times, doctors on site from their shift's start."""
    env = simpy.Environment()
    station = _Recording(env, _station(env)[0].legevakt, FixedTravel(), WorkLog(), 0.0)
    station.taken = []
    jobs = [Job(Kind.consultation, u, t, "centre", "m", m, number=i) for i, (t, u, m) in arrivals]
    Feed(env, station, [job.contact for job in jobs], jobs).next()
    for name, start, end in shifts:
        station.doctor(name, start, end, ShiftMode.on_site, "centre")
    env.run(until=horizon)
    return station.taken


def _textbook(arrivals, shifts, horizon: float) -> list[tuple[float, str, int]]:
    """The same with SimPy's own parts: a `PriorityStore`, a process putting the jobs and a
    process per doctor that withdraws its request at the end of the shift."""
    env = simpy.Environment()
    store = simpy.PriorityStore(env)
    taken = []

    def feed():
        for number, (time, urgency, _) in arrivals:
            yield env.timeout(time - env.now)
            store.put(simpy.PriorityItem((urgency, number), number))

    def doctor(name, start, end):
        if start > env.now:
            yield env.timeout(start - env.now)
        requests = [store.get()]
        env.timeout(end - env.now).callbacks.append(lambda _: requests[-1].cancel())
        while True:
            item = yield requests[-1]
            taken.append((env.now, name, item.item))
            yield env.timeout(arrivals[item.item][1][2])
            if env.now >= end:
                return
            requests.append(store.get())

    env.process(feed())
    for name, start, end in shifts:
        env.process(doctor(name, start, end))
    env.run(until=horizon)
    return taken


minutes = st.integers(0, 40)  # whole minutes, so that events often fall at the same moment
arrivals = st.lists(st.tuples(minutes, st.integers(0, 2), st.integers(0, 12)), max_size=30)
shifts = st.lists(st.tuples(minutes, st.integers(1, 50)), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(arrivals, shifts)
def test_doctors_take_the_jobs_in_simpys_order_with_fewer_events(jobs, times):
    """Who takes which job when is that of the textbook SimPy queue, also when events fall at
    the same moment: the events left out (engine/job_queue.py) change nothing."""
    numbered = list(enumerate(sorted(jobs, key=lambda job: job[0])))
    on_duty = [(f"d{i}", start, start + hours) for i, (start, hours) in enumerate(times)]
    assert _engine(numbered, on_duty, 120) == _textbook(numbered, on_duty, 120)


def test_without_nurses_the_doctor_answers_the_calls():
    data = base(
        2000,
        demand={"profile": "flat", "rates": station_only_rates(0.002, 2000)},
        physicians=[
            {
                "id": "d",
                "role": "legevakt",
                "age": 40,
                "fte": 1.0,
                "competence": {"specialist_general_practice": True},
            }
        ],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m"],
                "daytime": "legevakt",
                "call_centre": {"nurses": 0},
                "shifts": [{"id": "all", "start": "08:00", "hours": 24}],
            }
        ],
    )
    data["scenario"]["weeks"] = 2
    result = simulate(around_the_clock(Scenario.model_validate(data), ["d"]), 1)
    c = result.conservation
    assert c.contacts == c.doctor_jobs  # every contact is a call or a walk-in to the doctor
    assert c.queued > c.doctor_jobs  # calls that lead to a consultation queue twice
    assert 0 <= result.kpis["call_centre.answered_within_2_min"] <= 1


def test_on_call_classes_and_passive_weights():
    assert [on_call_class(m) for m in (0, 10, 11, 25, 26, 45, 46)] == [1, 1, 2, 2, 3, 3, 4]
    scenario = Scenario.model_validate(base())
    assert passive_weight(scenario, 30) == 1 / 7  # default: aml § 10-4 (3)
    classes = Scenario.model_validate(base(policy={"passive_weighting": "sfs2305_classes"}))
    assert passive_weight(classes, 30) == 45 / 60


def test_a_backup_only_doctor_is_costed_to_the_legevakt():
    data = base(
        physicians=[
            {
                "id": d,
                "role": "legevakt",
                "age": 40,
                "fte": 1.0,
                "competence": {"specialist_general_practice": True},
            }
            for d in ("d", "b")
        ],
        legevakt=[
            {
                "id": "lv",
                "name": "LV",
                "station": "centre",
                "municipalities": ["m"],
                "daytime": "legevakt",
                "shifts": [{"id": "all", "start": "08:00", "hours": 24}],
            }
        ],
    )
    scenario = Scenario.model_validate(data)
    plan = around_the_clock(scenario, ["d"])
    start, end = plan.rota[0].start, plan.rota[0].end
    backup = Assignment("lv", "all", "b", start, end, ShiftMode.backup)
    result = simulate(Plan(scenario, rota=(*plan.rota, backup)), 1)
    assert result.kpis["physician.weekly_hours.backup_on_call.mean"] > 0
    assert math.isfinite(result.kpis["cost.total_nok"])
    assert result.kpis["legevakt.lv.doctor_hours_per_week"] == 168  # d alone, around the clock
    assert result.by_municipality["m"]["cost.total_nok"] > 0


def test_patient_jobs_are_the_jobs_made_one_by_one():
    """Jobs mapped over columns have each column in its field, the rest at their defaults."""
    columns = (
        [Kind.visit, Kind.consultation],
        [Urgency.red, Urgency.green],
        [10.5, 12.25],
        ["home", "station"],
        "muni",
        [30.0, 15.0],
        [True, False],
        [7, 8],
    )
    kinds, urgency, contact, places, municipality, minutes, callout, numbers = columns
    expected = [
        Job(k, u, c, p, municipality, m, callout=out, number=n)
        for k, u, c, p, m, out, n in zip(
            kinds, urgency, contact, places, minutes, callout, numbers, strict=True
        )
    ]
    assert patient_jobs(*columns) == expected
