"""The legevakt districts of one replication as tasks on an executor (the experiment layer's:
in this process, local worker processes or Dask), with the result of the serial run bit for bit.

Districts do not interact while they run, and every random draw comes from a stream named for
its district (`Streams`), so a district's run does not depend on where or in which order it
runs. What they share is the replication's accumulators: the work log (whose merging of
intervals and sums of km depend on the order of calls), histograms with exact sums, counters
and the daytime acute contacts. A task therefore returns what its districts did as a record of
those calls (`DistrictOutcome`), and the replication replays the records in district order:
the same calls in the same order as one district after another in this process.

A task carries the replication's inputs (`SharedInputs`, `Shipped`): the plan, the seed and the
planned calendars, which the replication's later tasks read too (physicians, timeline rules).
Forked workers are forked anew once the inputs exist (`Executor.refork`), so they inherit them
with the travel network instead of unpickling them; other workers unpickle them once per
replication. A worker builds its run of the inputs once (`_context` keeps the last few). The
districts are dealt into a few tasks per worker, largest first, so that the tasks take about as
long.
"""

from __future__ import annotations

import dataclasses
import functools
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from simulator.engine.arrivals import legevakt_contacts
from simulator.engine.calendar import Calendar
from simulator.engine.call_centre import CallCentreKpis
from simulator.engine.commute import commute
from simulator.engine.demand import DemandModel
from simulator.engine.district import Entry, StationOutcome, simulate_district
from simulator.engine.gp_offices import GpKpis
from simulator.engine.schedule import Schedules
from simulator.engine.shipped import Shipped
from simulator.engine.shipped import forget as forget_inputs
from simulator.engine.streams import Streams
from simulator.engine.worklog import TRAVEL, WorkLog
from simulator.network.travel import TravelNetwork
from simulator.plan.assignment import Assignment
from simulator.plan.plan import Plan
from simulator.scenario.legevakt import Legevakt

if TYPE_CHECKING:
    from simulator.engine.run import Run

TASKS_PER_WORKER = 4  # enough to even out district sizes, few enough to ship the plan rarely


class Executor(Protocol):
    """What the engine needs of an executor (`simulator.experiment.executors`)."""

    workers: int

    def run(
        self, function: Callable[..., Any], tasks: Sequence[tuple[Any, ...]]
    ) -> Iterator[tuple[int, Any]]: ...

    def refork(self) -> bool: ...


def run_districts(
    run: Run,
    seed: int,
    weeks: int | None,
    bed_entries: dict[str, list[Entry]],
    homes: dict[str, str],
    acute: dict[str, np.ndarray],
    executor: Executor | None = None,
    meanwhile: Callable[[], None] = lambda: None,
) -> None:
    """Simulate every legevakt district of `run` into it: here, one after another, or as
    tasks on `executor` (not with an event log, which is written as the run goes); the inputs
    its tasks carried are kept in `run.shipped` for the replication's later tasks. `meanwhile`
    is the replication's own work that does not depend on the districts, done while their
    tasks run (here, before them)."""
    scenario = run.plan.scenario
    shifts: dict[str, list[Assignment]] = defaultdict(list)
    for a in run.rota:
        shifts[a.legevakt].append(a)
    if executor is None or run.events is not None:
        meanwhile()
        context = Context(run, Streams(seed), run.demand.hourly_weights(run.calendar), homes)
        for lv in scenario.legevakt:
            entries = bed_entries.pop(lv.id, [])
            run.stations[lv.id] = context.district(run, lv, entries, shifts[lv.id], acute)
        _commutes(run, shifts, homes)
        return
    inputs = (run.plan, seed, weeks, dict(bed_entries), dict(shifts), homes, run.schedules)
    run.shipped = shared = Shipped.of(SharedInputs(type(run), *inputs))
    if executor.refork():  # its workers hold the inputs: the tasks carry their key alone
        run.shipped = shared = shared.inherit()
    chunks = _dealt(run, TASKS_PER_WORKER * executor.workers)
    running = executor.run(_district_task, [(shared, chunk) for chunk in chunks])
    meanwhile()
    commuted = DistrictLog()  # their work-log records, replayed after the districts'
    _commutes(dataclasses.replace(run, worklog=commuted), shifts, homes)
    done = dict(running)
    for _, lv_id, outcome in sorted(o for i in range(len(chunks)) for o in done[i]):
        outcome.replay(run, lv_id, acute)
    bed_entries.clear()
    commuted.replay(run.worklog)


def _commutes(run: Run, shifts: dict[str, list[Assignment]], homes: dict[str, str]) -> None:
    """The doctors' trips to and from each station, after the districts and in their order
    (no draw and no queue: the same here whether the districts ran here or as tasks; with
    tasks, worked out while they run)."""
    for lv in run.plan.scenario.legevakt:
        commute(run, lv, shifts[lv.id], homes)


@dataclass(frozen=True)
class SharedInputs:
    """What every task of a replication needs, shipped once per replication. `run_type` is
    `Run`, handed over rather than imported, as the replication module imports this one."""

    run_type: type[Run]
    plan: Plan
    seed: int
    weeks: int | None
    bed_entries: dict[str, list[Entry]]
    shifts: dict[str, list[Assignment]]
    homes: dict[str, str]
    schedules: Schedules


class Context:
    """A replication's inputs to its districts, built once per process. `run` is the
    replication's own in the serial run; in a task it is an empty run of the same inputs that
    each district's record copies (`DistrictOutcome.local_run`)."""

    def __init__(
        self, run: Run, streams: Streams, weights: np.ndarray, homes: dict[str, str]
    ) -> None:
        self.streams = streams
        self.weights = weights
        self.homes = homes
        self.run = run

    def district(
        self,
        run: Run,
        lv: Legevakt,
        bed_entries: list[Entry],
        shifts: list[Assignment],
        acute: dict[str, np.ndarray],
    ) -> StationOutcome:
        contacts = legevakt_contacts(
            run.plan.scenario, lv, run.demand, run.calendar, run.travel, self.streams, self.weights
        )
        return simulate_district(run, lv, contacts, bed_entries, shifts, self.homes, acute)


def _district_task(
    shared: Shipped, chunk: tuple[int, ...]
) -> list[tuple[int, str, DistrictOutcome]]:
    """Run the districts numbered `chunk`, each into an empty record of what it did."""
    inputs, context = _context(shared)
    legevakter = inputs.plan.scenario.legevakt
    out = []
    for index in chunk:
        lv = legevakter[index]
        outcome = DistrictOutcome(context.run.calendar.days)
        local = outcome.local_run(context.run)
        entries = inputs.bed_entries.get(lv.id, [])
        outcome.station = context.district(
            local, lv, entries, inputs.shifts.get(lv.id, []), outcome.acute
        )
        outcome.take(local)
        out.append((index, lv.id, outcome))
    return out


def worker_run(shared: Shipped) -> tuple[Run, Streams]:
    """A run of the replication's inputs with empty accumulators, and its streams, as a
    worker builds them once for all the replication's tasks there."""
    _, context = _context(shared)
    return context.run, context.streams


def forget() -> None:
    """Drop what tasks run in this process built (an executor in this process): called after
    the replication's last tasks."""
    _context.cache_clear()
    forget_inputs()


@functools.lru_cache(maxsize=2)
def _context(shared: Shipped) -> tuple[SharedInputs, Context]:
    inputs: SharedInputs = shared.value
    scenario = inputs.plan.scenario
    meta = scenario.scenario
    calendar = Calendar.for_horizon(meta.start_date, inputs.weeks or meta.weeks, meta.warmup_weeks)
    demand = DemandModel.resolve(scenario.demand)
    travel = TravelNetwork.for_scenario(scenario)
    empty = ({}, {}, {}, {}, WorkLog(), GpKpis())  # the accumulators
    run = inputs.run_type(inputs.plan, calendar, demand, travel, [], *empty, inputs.schedules)
    weights = demand.hourly_weights(calendar)
    return inputs, Context(run, Streams(inputs.seed), weights, inputs.homes)


@dataclass
class DistrictOutcome:
    """What one district did to the replication's accumulators, in the order it did it."""

    days: int
    station: StationOutcome | None = None
    log: DistrictLog = field(default_factory=lambda: DistrictLog())
    acute: dict[str, np.ndarray] = field(default_factory=dict)
    patient_travel: dict[str, array] = field(default_factory=dict)
    call_centres: dict[str, CallCentreKpis] = field(default_factory=dict)
    counts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        self.acute = defaultdict(functools.partial(np.zeros, self.days, np.int64))

    def local_run(self, template: Run) -> Run:
        """A run of the same inputs whose accumulators record into this outcome."""
        return dataclasses.replace(
            template,
            stations={},
            call_centres={},
            worklog=self.log,
            patient_travel=defaultdict(_Values),
        )

    def take(self, local: Run) -> None:
        """Keep what the district's run of `local` added to its accumulators."""
        self.acute = dict(self.acute)
        self.patient_travel = {m: v.values for m, v in local.patient_travel.items()}
        self.call_centres = local.call_centres
        self.counts = _counts(local)

    def replay(self, run: Run, lv_id: str, acute: dict[str, np.ndarray]) -> None:
        """Into `run`, as if the district had run there."""
        assert self.station is not None
        self.log.replay(run.worklog)
        for municipality, counts in self.acute.items():
            acute[municipality] += counts
        for municipality, values in self.patient_travel.items():
            run.patient_travel[municipality].extend(values.tolist())
        run.call_centres.update(self.call_centres)
        (
            run.contacts,
            run.doctor_entries,
            run.to_gp_offices,
            run.nurse_only,
            run.pending,
        ) = (a + b for a, b in zip(_counts(run), self.counts, strict=True))
        run.stations[lv_id] = self.station


def _counts(run: Run) -> tuple[int, ...]:
    return (run.contacts, run.doctor_entries, run.to_gp_offices, run.nurse_only, run.pending)


class _Values:
    """Stands in for a histogram in a task: keeps the values, to be added in order later."""

    def __init__(self) -> None:
        self.values = array("d")

    def extend(self, values: list[float]) -> None:
        self.values.extend(values)


class DistrictLog(WorkLog):
    """A district task's work log: intervals merged as the replication's log merges them, and
    each physician's travel kilometres and minutes kept as addends, to be added to the
    replication's sums in the order they were travelled (floats: the order of additions
    matters)."""

    def __init__(self) -> None:
        super().__init__()
        self.addends: dict[str, array] = defaultdict(functools.partial(array, "d"))  # km, minutes

    def travel(self, physician: str, start: float, minutes: float, km: float) -> None:
        self.record(physician, start, start + minutes, TRAVEL)
        self.addends[physician].extend((km, minutes))

    def replay(self, log: WorkLog) -> None:
        """Into `log`, as if the district had recorded there."""
        log.take(self)
        for physician, pairs in self.addends.items():
            km, minutes = log.km[physician], log.travel_minutes[physician]
            for i in range(0, len(pairs), 2):
                km += pairs[i]
                minutes += pairs[i + 1]
            log.km[physician], log.travel_minutes[physician] = km, minutes


def _dealt(run: Run, tasks: int) -> list[tuple[int, ...]]:
    """District numbers dealt into at most `tasks` chunks of about equal population, largest
    district first into the lightest chunk."""
    scenario = run.plan.scenario
    people = {m.id: m.population for m in scenario.municipalities}
    legevakter = scenario.legevakt
    sizes = sorted(
        (-sum(people[m] for m in lv.municipalities), i) for i, lv in enumerate(legevakter)
    )
    chunks: list[list[int]] = [[] for _ in range(min(tasks, len(legevakter)))]
    loads = [0] * len(chunks)
    for size, index in sizes:
        lightest = loads.index(min(loads))
        chunks[lightest].append(index)
        loads[lightest] -= size
    return [tuple(sorted(c)) for c in chunks if c]
