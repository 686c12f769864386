"""GP offices, simulated per working day: appointment requests from each list are booked into
the first free slot with the patient's own GP (fastlegeforskriften § 22 asks for an appointment
within 5 working days).

A GP's slots on a day are the office-clinical minutes of that day's timeline (so travel to a
branch office, public duties, meetings and rest after duty all reduce them) divided by the slot
length. A list may span municipalities (`list_split`): patients from the GP's home-office
municipality book only days at an office there; patients from another municipality (branch-
office patients) take the first slot at whichever office the GP works that day, and travel
when it is not in their own municipality.
"""

from __future__ import annotations

import bisect
from array import array
from collections import defaultdict
from collections.abc import MutableSequence
from dataclasses import dataclass, field

import numpy as np

from simulator.engine.calendar import Calendar
from simulator.engine.demand import DemandModel
from simulator.engine.gp_week import daily_minutes
from simulator.engine.schedule import Schedules
from simulator.engine.streams import Streams
from simulator.plan.gp_lists import list_groups, routine_requests_per_year
from simulator.plan.timeline import Category, Timeline
from simulator.plan.travel import TravelTimes
from simulator.scenario import Scenario
from simulator.scenario.offices import Office
from simulator.scenario.physicians import Physician

ACCESS_DAYS = 5  # fastlegeforskriften § 22: appointment within 5 working days [L1]
LOOKAHEAD_DAYS = 60  # a request not bookable within 60 working days counts as unmet


@dataclass
class GpKpis:
    """Per patient municipality and per office, after warm-up."""

    waits: dict[str, np.ndarray] = field(
        default_factory=lambda: defaultdict(lambda: np.zeros(LOOKAHEAD_DAYS + 1, np.int64))
    )
    unmet: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    patient_km: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    office_asked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    office_within: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    moved: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # to others
    booked: dict[str, np.ndarray] = field(default_factory=dict)  # per GP, per working day
    left_undone: dict[str, float] = field(default_factory=dict)  # per GP, minutes at the end


@dataclass(frozen=True)
class Group:
    """The part of a GP's list living in one municipality, with the days they can use."""

    municipality: str
    share: float
    usable: np.ndarray  # per working day: may these patients book that day?


def clinical_slots(timeline: Timeline, calendar: Calendar, slot_minutes: float) -> np.ndarray:
    """Free appointment slots of each day of the horizon."""
    minutes = daily_minutes(timeline, calendar.days, Category.office_clinical)
    return np.floor(minutes / slot_minutes).astype(np.int64)


class OfficeSimulation:
    def __init__(
        self,
        scenario: Scenario,
        schedules: Schedules,
        demand: DemandModel,
        calendar: Calendar,
        travel: TravelTimes,
        streams: Streams,
    ) -> None:
        self.scenario = scenario
        self.schedules = schedules
        self.demand = demand
        self.calendar = calendar
        self.travel = travel
        self.streams = streams
        self.offices = scenario.by_id("offices")
        self.municipalities = scenario.by_id("municipalities")
        self.working = calendar.working_days()
        self._working = self.working.tolist()  # Python ints for the day-by-day booking
        self.kpis = GpKpis()
        years = calendar.days / 365.25
        # requests per listed person per working day, keeping the annual rate (S46)
        self.per_day = demand.gp_consultations_per_person * years / max(len(self.working), 1)
        self.moved_share = self._moved_shares()
        self.gps = [p for p in scenario.physicians if p.list_size > 0 and p.office]

    def run(self, timelines: dict[str, Timeline], acute: dict[str, np.ndarray]) -> GpKpis:
        """Book every list's requests; `acute[municipality][day]` adds same-day acute requests
        that reach the GP offices in office hours (no daytime legevakt)."""
        acute_split = self.acute_split(acute)
        for gp in self.gps:
            self.book(gp, timelines[gp.id], acute_split)
        return self.kpis

    def book(
        self, gp: Physician, timeline: Timeline, acute: dict[tuple[str, str], np.ndarray]
    ) -> None:
        """Book one GP's requests into `self.kpis`, in the slots of their `timeline`."""
        slots = clinical_slots(timeline, self.calendar, self.demand.gp_slot_minutes)
        self._book(gp, slots[self.working], acute)

    def acute_split(self, acute: dict[str, np.ndarray]) -> dict[tuple[str, str], np.ndarray]:
        """Each municipality's daytime acute contacts split over the GPs listing its people,
        by the number listed: (gp, municipality) → per working day."""
        split: dict[tuple[str, str], np.ndarray] = {}
        listing: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for g in self.gps:
            for m, share in list_groups(g, self.offices):
                listing[m].append((g.id, g.list_size * share))
        for municipality, counts in sorted(acute.items()):
            listed = listing.get(municipality)
            if not listed:
                continue
            weights = np.array([w for _, w in listed])
            rng = self.streams("gp-acute", municipality)  # a day at a time, in one call
            draws = rng.multinomial(counts[self.working], weights / weights.sum())
            for (gp_id, _), column in zip(listed, draws.T.copy(), strict=True):
                split[(gp_id, municipality)] = column
        return split

    def _moved_shares(self) -> dict[str, float]:
        """Per municipality, the share of routine requests that task shifting moves away from
        the GPs: consultations moved a year over routine requests a year of those listed."""
        routine = routine_requests_per_year(self.scenario, self.demand)
        shares: dict[str, float] = defaultdict(float)
        for moved in self.schedules.plan.contribution.moved_consultations:
            requests = sum(routine[m] for m in moved.municipalities)
            for m in moved.municipalities:
                if requests:
                    shares[m] = min(1.0, shares[m] + moved.per_year / requests)
        return shares

    def _groups(self, gp: Physician, offices: list[Office | None]) -> list[Group]:
        home = self.offices[gp.office].municipality
        day_munis = [o.municipality if o else None for o in offices]
        groups = []
        for municipality, share in list_groups(gp, self.offices):
            if municipality == home:
                usable = np.array([m in (home, None) for m in day_munis])
            else:
                usable = np.ones(len(day_munis), dtype=bool)
            groups.append(Group(municipality, share, usable))
        return groups

    def _book(
        self, gp: Physician, slots: np.ndarray, acute: dict[tuple[str, str], np.ndarray]
    ) -> None:
        """First free usable slot from the wished day on, day by day: same-day requests (and
        acute ones) wish for today, the others for the next working day."""
        n = len(self.working)
        # Python ints: the day-by-day search reads them one at a time, on past the horizon
        free = slots.tolist() + [0] * (LOOKAHEAD_DAYS + 1)
        booked = [0] * n  # warm-up included: the day's work
        ids = self.schedules.office_ids(gp)
        offices = [self.offices[ids[d]] if ids[d] else None for d in self._working]
        groups = self._groups(gp, offices)
        mean = gp.list_size * self.per_day
        same_share = self.demand.gp_same_day_share
        wanted = []
        for g in groups:
            rng = self.streams("gp", gp.id, g.municipality)
            same = rng.poisson(mean * g.share * same_share, n)
            same = same + acute.get((gp.id, g.municipality), 0)
            routine = rng.poisson(mean * g.share * (1 - same_share), n)
            routine = routine - self._moved(gp, g.municipality, routine)
            wanted.append((same.tolist(), routine.tolist(), g.usable.tolist()))
        counted_from = bisect.bisect_left(self._working, self.calendar.warmup_days)
        made = array("q")  # four ints per booking counted, in order: group, day, wait, count
        left = [0] * len(groups)
        reach = [0] * len(groups)  # per group: the days before it are full or not usable
        for d in range(n):
            log = made if d >= counted_from else None
            for i, (same, routine, usable) in enumerate(wanted):
                unmet = 0
                if same[d]:
                    unmet, reach[i] = _take(usable, free, booked, d, d, same[d], log, i, reach[i])
                if routine[d]:
                    more, reach[i] = _take(
                        usable, free, booked, d, d + 1, routine[d], log, i, reach[i]
                    )
                    unmet += more
                if log is not None:
                    left[i] += unmet
        self.kpis.booked[gp.id] = np.array(booked, np.int64)
        if counted_from < n:
            self._tally(gp, groups, wanted, counted_from, left)
            self._tally_bookings(gp, groups, offices, made)

    def _tally(
        self, gp: Physician, groups: list[Group], wanted: list, counted_from: int, left: list[int]
    ) -> None:
        """The requests asked after warm-up and those that found no slot."""
        asked = 0
        for g, (same, routine, _), unmet in zip(groups, wanted, left, strict=True):
            self.kpis.unmet[g.municipality] += unmet
            asked += sum(same[counted_from:]) + sum(routine[counted_from:])
        self.kpis.office_asked[gp.office] += asked

    def _tally_bookings(
        self, gp: Physician, groups: list[Group], offices: list[Office | None], made: array
    ) -> None:
        """The waits of the bookings after warm-up, those within the access days, and the km
        of patients booked at an office outside their municipality (added in booking order)."""
        if not made:
            return
        kpis = self.kpis
        group, day, wait, count = np.frombuffer(made, np.int64).reshape(-1, 4).T
        for i, g in enumerate(groups):
            mine = group == i
            if mine.any():
                np.add.at(kpis.waits[g.municipality], wait[mine], count[mine])
        within = wait <= ACCESS_DAYS
        if within.any():
            kpis.office_within[gp.office] += int(count[within].sum())
        munis = np.array([o.municipality if o else "" for o in offices])  # "": no office
        away = np.array([(munis != g.municipality) & (munis != "") for g in groups])
        trips: dict[tuple[str, str], float] = {}  # (municipality, office place): km both ways
        rows = (a[away[group, day]].tolist() for a in (group, day, count))
        for i, k, c in zip(*rows, strict=True):
            municipality, place = groups[i].municipality, offices[k].place
            km = trips.get((municipality, place))
            if km is None:
                centre = self.municipalities[municipality].population_centre()
                km = trips[municipality, place] = 2 * self.travel.km(centre, place)
            kpis.patient_km[municipality] += km * c

    def _moved(self, gp: Physician, municipality: str, routine: np.ndarray) -> np.ndarray:
        """Routine requests per day that task shifting takes from the GP (binomial thinning
        from a stream of its own, so the GP's other draws stay as without it)."""
        share = self.moved_share.get(municipality, 0.0)
        if not share:
            return np.zeros_like(routine)
        moved = self.streams("gp-moved", gp.id, municipality).binomial(routine, share)
        counted = self.working >= self.calendar.warmup_days
        self.kpis.moved[municipality] += int(moved[counted].sum())
        return moved


def _take(
    usable: list[bool],
    free: list[int],
    booked: list[int],
    d: int,
    earliest: int,
    count: int,
    made: MutableSequence[int] | None,
    group: int,
    reach: int,
) -> tuple[int, int]:
    """Book `count` requests of `group` made on day `d` into the `free` slots of `usable` days
    (logging each booking in `made` when it counts); returns how many found no slot, and the
    group's new `reach`.

    The days from `earliest` up to `reach` are known to be full or not usable for the group,
    and stay so: slots are only ever taken, and a group asks for days in order (same-day
    requests on day d from d, routine ones from d + 1). So the search starts at `reach`, and
    finds the slots the search from `earliest` would find."""
    stop = earliest + LOOKAHEAD_DAYS  # `free` runs on with empty days
    for k in range(reach if reach > earliest else earliest, stop):
        slots = free[k]
        if slots and usable[k]:
            take = count if count < slots else slots
            free[k] = slots - take
            booked[k] += take
            if made is not None:
                made.extend((group, k, k - d, take))
            count -= take
            if not count:
                return 0, k
    return count, stop
