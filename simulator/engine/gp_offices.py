"""GP offices, simulated per working day: appointment requests from each list are booked into
the first free slot with the patient's own GP (fastlegeforskriften § 22 asks for an appointment
within 5 working days).

A GP's slots on a day are the office-clinical minutes of that day's timeline (so travel to a
branch office, public duties, meetings and rest after duty all reduce them) divided by the slot
length. Patients who live in another municipality than the GP's main office (branch-office
patients) take the first slot at whichever office the GP works that day, and travel when it is
not in their own municipality.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, Calendar
from simulator.engine.demand import DemandModel
from simulator.engine.schedule import Schedules
from simulator.engine.streams import Streams
from simulator.engine.travel import TravelTimes
from simulator.scenario import Scenario
from simulator.scenario.physicians import Physician
from simulator.timeline import Category, Timeline

ACCESS_DAYS = 5  # fastlegeforskriften § 22: appointment within 5 working days [L1]
LOOKAHEAD_DAYS = 60  # a request not bookable within 60 working days counts as unmet


@dataclass
class GpKpis:
    """Per patient municipality, after warm-up."""

    waits: dict[str, np.ndarray] = field(
        default_factory=lambda: defaultdict(lambda: np.zeros(LOOKAHEAD_DAYS + 1, np.int64))
    )
    unmet: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    patient_km: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    patient_trips: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    office_asked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    office_within: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    requests_total: int = 0
    booked_total: int = 0
    unmet_total: int = 0


def clinical_slots(timeline: Timeline, calendar: Calendar, slot_minutes: float) -> np.ndarray:
    """Free appointment slots of each day of the horizon."""
    clinical = timeline.categories == Category.office_clinical.code
    minutes = np.zeros(calendar.days)
    days = timeline.starts[clinical] // MINUTES_PER_DAY
    np.add.at(minutes, days, (timeline.ends - timeline.starts)[clinical])
    return np.floor(minutes / slot_minutes).astype(np.int64)


def simulate_offices(
    scenario: Scenario,
    schedules: Schedules,
    timelines: dict[str, Timeline],
    demand: DemandModel,
    calendar: Calendar,
    travel: TravelTimes,
    streams: Streams,
    acute: dict[str, np.ndarray],
) -> GpKpis:
    """Book every list's requests; `acute[municipality][day]` adds same-day acute requests
    that go to the GP offices in office hours (no daytime legevakt)."""
    kpis = GpKpis()
    working = calendar.working_days()
    gps = [p for p in scenario.physicians if p.list_size > 0 and p.office]
    per_day = _requests_per_working_day(demand, calendar, len(working))
    acute_share = _acute_shares(scenario, gps, acute, streams, len(working), working)
    for gp in gps:
        slots = clinical_slots(timelines[gp.id], calendar, demand.gp_slot_minutes)[working]
        rng = streams("gp", gp.id)
        mean = gp.list_size * per_day
        same_day = rng.poisson(mean * demand.gp_same_day_share, len(working))
        same_day += acute_share.get(gp.id, 0)
        routine = rng.poisson(mean * (1 - demand.gp_same_day_share), len(working))
        _book(gp, slots, same_day, routine, working, schedules, scenario, calendar, travel, kpis)
    return kpis


def _requests_per_working_day(demand: DemandModel, calendar: Calendar, working: int) -> float:
    """Requests per listed person per working day, keeping the annual rate (S46)."""
    years = calendar.days / 365.25
    return demand.gp_consultations_per_person * years / max(working, 1)


def _acute_shares(
    scenario: Scenario,
    gps: list[Physician],
    acute: dict[str, np.ndarray],
    streams: Streams,
    n: int,
    working: np.ndarray,
) -> dict[str, np.ndarray]:
    """Split each municipality's daytime acute contacts over its GPs by list size."""
    offices = scenario.by_id("offices")
    shares: dict[str, np.ndarray] = {}
    for municipality, counts in acute.items():
        own = [
            g
            for g in gps
            if (g.list_municipality or offices[g.office].municipality) == municipality
        ]
        if not own:
            continue
        weights = np.array([g.list_size for g in own], dtype=float)
        rng = streams("gp-acute", municipality)
        split = np.array([rng.multinomial(c, weights / weights.sum()) for c in counts[working]])
        for i, g in enumerate(own):
            shares[g.id] = shares.get(g.id, np.zeros(n, np.int64)) + split[:, i]
    return shares


def _book(
    gp: Physician,
    slots: np.ndarray,
    same_day: np.ndarray,
    routine: np.ndarray,
    working: np.ndarray,
    schedules: Schedules,
    scenario: Scenario,
    calendar: Calendar,
    travel: TravelTimes,
    kpis: GpKpis,
) -> None:
    """First free slot from the wished day on, for each day's requests in turn."""
    offices = scenario.by_id("offices")
    home_muni = offices[gp.office].municipality
    muni = gp.list_municipality or home_muni
    centre = _centre(scenario, muni)
    free = slots.copy()
    n = len(working)
    for d in range(n):
        counted = working[d] >= calendar.warmup_days
        for wanted, earliest in ((same_day[d], d), (routine[d], d + 1)):
            left = int(wanted)
            k = earliest
            while left and k < min(n, earliest + LOOKAHEAD_DAYS):
                take = min(left, int(free[k]))
                if take:
                    free[k] -= take
                    left -= take
                    if counted:
                        kpis.waits[muni][k - d] += take
                        kpis.office_within[gp.office] += take if k - d <= ACCESS_DAYS else 0
                        _trip(gp, working[k], muni, centre, take, schedules, offices, travel, kpis)
                k += 1
            kpis.requests_total += int(wanted)
            kpis.booked_total += int(wanted) - left
            kpis.unmet_total += left
            if counted:
                kpis.unmet[muni] += left
                kpis.office_asked[gp.office] += int(wanted)


def _trip(gp, day, muni, centre, count, schedules, offices, travel, kpis) -> None:
    """Patients booked at an office outside their own municipality travel there."""
    office_day = schedules.office_day(gp, int(day))
    if office_day and offices[office_day.office].municipality != muni and centre:
        kpis.patient_km[muni] += 2 * travel.km(centre, offices[office_day.office].place) * count
        kpis.patient_trips[muni] += count


def _centre(scenario: Scenario, municipality: str) -> str | None:
    muni = scenario.by_id("municipalities")[municipality]
    return max(muni.settlement_shares(), key=lambda s: s.share).place
