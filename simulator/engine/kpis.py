"""KPIs of one replication (MODEL.md §6), overall and per municipality.

Everything is computed after warm-up. Names are flat dotted strings so replications can be
averaged and tabulated without knowing the structure.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from simulator.engine.arrivals import Urgency
from simulator.engine.beds import hospital_bed_days_avoided
from simulator.engine.calendar import MINUTES_PER_DAY, MINUTES_PER_HOUR
from simulator.engine.commute import commute_kpis
from simulator.engine.gap_cover import cover_kpis
from simulator.engine.nurses import NurseHours, nurse_hours, nurse_kpis
from simulator.engine.sharing import share_cost
from simulator.engine.stats import Histogram
from simulator.engine.telemedicine import hospital_transfers
from simulator.plan.assignment import Cover
from simulator.plan.plan import CostSharing
from simulator.plan.timeline import (
    CATEGORIES,
    NOT_WORK,
    PASSIVE,
    Category,
    Timeline,
)
from simulator.rules.night import is_night
from simulator.scenario import Scenario
from simulator.scenario.legevakt import ShiftMode
from simulator.scenario.legevakt_hours import week_shares
from simulator.scenario.registry import video_legevakter
from simulator.scenario.settings import PassiveWeighting

if TYPE_CHECKING:
    from simulator.engine.run import Run  # a type only: run imports physician_tasks, a cycle

ON_CALL_CLASSES = (10, 25, 45)  # SFS 2305 § 8.3: active minutes per hour, classes 1–3 upper bounds
CLASS_WEIGHTS = (10 / 60, 25 / 60, 45 / 60, 1.0)  # ASSUMPTION: a class counts as its upper bound
TRAVEL_LIMITS = (40, 60)  # minutes to legevakt reported by [S65] (docs/sources.md)
URGENCY_NAMES = ("red", "orange", "green")
DAYS_PER_MONTH = 365.25 / 12
PASSIVE_CODES = [c.code for c in PASSIVE]
WORKED_CODES = [c.code for c in CATEGORIES if c not in NOT_WORK | PASSIVE]


def on_call_class(active_per_hour: float) -> int:
    """SFS 2305 § 8.3 on-call class from average active minutes per on-call hour."""
    for cls, limit in enumerate(ON_CALL_CLASSES, start=1):
        if active_per_hour <= limit:
            return cls
    return 4


def passive_weight(scenario: Scenario, active_per_hour: float) -> float:
    """How much a passive on-call hour counts as work, per the scenario's policy."""
    policy = scenario.policy
    match policy.passive_weighting:
        case PassiveWeighting.aml_one_seventh:
            return 1 / 7
        case PassiveWeighting.one_quarter:
            return 1 / 4
        case PassiveWeighting.custom:
            return float(policy.passive_weight or 0.0)
    return CLASS_WEIGHTS[on_call_class(active_per_hour) - 1]


def clipped_minutes(timeline: Timeline, start: int, end: int) -> np.ndarray:
    """Minutes per category code inside [start, end)."""
    lo = np.clip(timeline.starts, start, end)
    hi = np.clip(timeline.ends, start, end)
    return np.bincount(timeline.categories, weights=hi - lo, minlength=len(CATEGORIES))


class RotaMeasures(NamedTuple):
    """What the KPIs measure of the rota alone (no draw, no timeline): a replication with tasks
    works it out while they run (`Run.rota_measures`)."""

    shifts: dict[str, tuple[int, int, int, dict]]  # `_shift_stats`
    duty_hours: dict[str, float]  # `_duty_hours`
    nurses: NurseHours


def rota_measures(run: Run) -> RotaMeasures:
    calendar = run.calendar
    shifts = _shift_stats(run, calendar.warmup, calendar.horizon)
    return RotaMeasures(shifts, _duty_hours(run), nurse_hours(run))


def summarise(run: Run) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    kpis: dict[str, float] = {}
    by_muni: dict[str, dict[str, float]] = defaultdict(dict)
    costs: dict[str, float] = defaultdict(float)
    measured = run.rota_measures or rota_measures(run)
    _physicians(run, kpis, costs, measured.shifts)
    _legevakt(run, kpis, by_muni, costs, measured.duty_hours)
    _offices(run, kpis, by_muni)
    _beds(run, kpis, costs)
    _extra_costs(run, costs)
    cover_kpis(run, kpis, by_muni, costs)
    nurse_kpis(run, kpis, by_muni, costs, measured.nurses)
    commute_kpis(run, kpis)
    scenario = run.plan.scenario
    population = sum(m.population for m in scenario.municipalities)
    kpis["cost.total_nok"] = float(sum(costs.values()))
    kpis["cost.per_inhabitant_nok"] = kpis["cost.total_nok"] / max(population, 1)
    for m in scenario.municipalities:
        by_muni[m.id]["cost.total_nok"] = float(costs.get(m.id, 0.0))
        by_muni[m.id]["cost.per_inhabitant_nok"] = float(costs.get(m.id, 0.0)) / max(
            m.population, 1
        )
    return kpis, dict(by_muni)


def _physicians(
    run: Run, kpis: dict[str, float], costs: dict[str, float], shift_stats: dict[str, tuple]
) -> None:
    calendar, scenario = run.calendar, run.plan.scenario
    start, end = calendar.warmup, calendar.horizon
    weeks = (end - start) / (7 * MINUTES_PER_DAY)
    months = (end - start) / MINUTES_PER_DAY / DAYS_PER_MONTH
    weekly, on_call, active, travel_km, by_category = [], [], [], [], defaultdict(list)
    legevakt_cost = defaultdict(float)
    offices = scenario.by_id("offices")
    for p in scenario.physicians:
        minutes = run.minutes.get(p.id)  # measured by the tasks that finished the timeline
        if minutes is None:
            minutes = clipped_minutes(run.timelines[p.id], start, end)
        passive = sum(minutes[c] for c in PASSIVE_CODES)
        shift_minutes, _, _, by_legevakt = shift_stats.get(p.id, (0, 0, 0, {}))
        on_duty = shift_minutes - minutes[Category.legevakt_on_call.code]
        per_hour = on_duty / (shift_minutes / MINUTES_PER_HOUR) if shift_minutes else 0.0
        worked = sum(minutes[c] for c in WORKED_CODES)
        weekly.append((worked + passive * passive_weight(scenario, per_hour)) / 60 / weeks)
        on_call.append(passive / 60 / weeks)
        if shift_minutes:
            active.append(per_hour)
        for c, hours in zip(CATEGORIES, minutes / 60 / weeks, strict=True):
            by_category[c].append(hours)
        cost = _legevakt_doctor_cost(run, minutes, per_hour)
        duty = sum(by_legevakt.values())  # all shifts, backup included
        for lv, share in by_legevakt.items():
            legevakt_cost[lv] += cost * share / duty
        km = run.worklog.km[p.id] + run.schedules.branch_km(p, calendar.warmup_days)
        travel_km.append(km)
        if p.office:
            muni = offices[p.office].municipality
            costs[muni] += km * scenario.costs.travel_per_km_nok
    _spread(kpis, "physician.weekly_hours", weekly)
    _spread(kpis, "physician.on_call_hours_per_week", on_call)
    _spread(kpis, "physician.active_minutes_per_on_call_hour", active)
    shifts = [s[1] / months for s in shift_stats.values()]
    nights = [s[2] / months for s in shift_stats.values()]
    _spread(kpis, "physician.shifts_per_month", shifts)
    _spread(kpis, "physician.nights_per_month", nights)
    if active:
        kpis["physician.on_call_class.max"] = float(on_call_class(max(active)))
    for c, values in by_category.items():
        kpis[f"physician.weekly_hours.{c.value}.mean"] = float(np.mean(values)) if values else 0.0
    kpis["travel.doctor_hours"] = sum(by_category[Category.travel]) * weeks
    kpis["travel.doctor_km"] = sum(travel_km)
    legevakter = scenario.by_id("legevakt")
    for lv, cost in legevakt_cost.items():
        unit = legevakter[lv]
        share_cost(
            scenario, costs, cost, unit.municipalities, CostSharing.population, week_shares(unit)
        )


def _legevakt_doctor_cost(run: Run, minutes: np.ndarray, per_hour: float) -> float:
    rates = run.plan.scenario.costs
    on_call_rate = rates.on_call_hour_nok[f"class{on_call_class(per_hour)}"]
    return (
        minutes[Category.legevakt_active.code] / 60 * rates.legevakt_hour_nok
        + minutes[Category.legevakt_on_call.code] / 60 * on_call_rate
        + minutes[Category.backup_on_call.code] / 60 * rates.backup_hour_nok
    )


def _shift_stats(run: Run, start: int, end: int) -> dict[str, tuple[int, int, int, dict]]:
    """Per physician: shift minutes (on site and home call), shifts, night shifts (as the rota
    counts them, `simulator.rules.night.is_night`), and shift minutes per legevakt (backup
    shifts included in the last)."""
    stats: dict[str, list] = {}
    for a, (s, e) in zip(run.rota, run.schedules.rota_minutes.tolist(), strict=True):
        if e <= start or s >= end or a.cover is not Cover.pool:
            continue
        entry = stats.setdefault(a.physician, [0, 0, 0, defaultdict(float)])
        length = min(e, end) - max(s, start)
        entry[3][a.legevakt] += length
        if a.mode is ShiftMode.backup:
            continue
        entry[0] += length
        entry[1] += 1
        entry[2] += is_night(a.start.date(), a.start, a.end)
    return {k: (v[0], v[1], v[2], dict(v[3])) for k, v in stats.items()}


def _legevakt(
    run: Run,
    kpis: dict[str, float],
    by_muni: dict,
    costs: dict[str, float],
    duty_hours: dict[str, float],
) -> None:
    scenario, calendar = run.plan.scenario, run.calendar
    span = calendar.horizon - calendar.warmup
    weeks = span / (7 * MINUTES_PER_DAY)
    pooled = [Histogram() for _ in URGENCY_NAMES]
    response, calls, within = Histogram(), 0, 0
    bed_waits = Histogram()  # KAD and sykestue work that waits for the legevakt doctor
    red_free, red_travel = Histogram(), Histogram()
    video, transfers = video_legevakter(scenario), 0.0
    for lv_id, station in run.stations.items():
        k = station.kpis
        bed_waits.merge(k.bed_waits)
        red_free.merge(k.red_free)
        red_travel.merge(k.red_travel)
        for urgency, hist in k.waits.items():
            pooled[urgency].merge(hist)
        for muni, hist in k.waits_by_municipality.items():
            _quantiles(by_muni[muni], "legevakt.wait_minutes", hist)
        for muni, hist in k.response.items():
            response.merge(hist)
            _quantiles(by_muni[muni], "legevakt.callout_response_minutes", hist)
        prefix = f"legevakt.{lv_id}"
        kpis[f"{prefix}.queue_length_mean"] = station.queue.mean(calendar.horizon)
        kpis[f"{prefix}.arrival_rate_per_minute"] = k.queued_after_warmup / span
        kpis[f"{prefix}.little_wait_mean"] = (
            k.little_wait / k.queued_after_warmup if k.queued_after_warmup else float("nan")
        )
        all_waits = Histogram()
        for hist in k.waits.values():
            all_waits.merge(hist)
        kpis[f"{prefix}.wait_mean"] = all_waits.mean
        kpis[f"{prefix}.waiting_at_end"] = float(station.waiting)
        kpis[f"{prefix}.doctor_hours_per_week"] = duty_hours.get(lv_id, 0.0) / weeks
        red = k.waits.get(Urgency.red)
        transfers += hospital_transfers(red.n if red else 0, lv_id in video)
        cc = run.call_centres.get(lv_id)
        if cc and cc.waits.n:
            calls += cc.waits.n
            within += cc.within_target
        elif k.calls.n:
            calls += k.calls.n
            within += k.calls.count_below(2)  # one-minute bins: answered within 2 minutes
    for name, hist in zip(URGENCY_NAMES, pooled, strict=True):
        _quantiles(kpis, f"legevakt.wait_minutes.{name}", hist)
    _quantiles(kpis, "legevakt.callout_response_minutes", response)
    kpis["legevakt.hospital_transfers"] = transfers
    if bed_waits.n:
        _quantiles(kpis, "beds.doctor_wait_minutes", bed_waits)
    if red_free.n:  # the red wait's two parts; their means add up to the mean wait
        kpis["legevakt.red_response.doctor_free_minutes.mean"] = red_free.mean
        kpis["legevakt.red_response.doctor_travel_minutes.mean"] = red_travel.mean
    kpis["call_centre.answered_within_2_min"] = within / calls if calls else float("nan")
    travel = Histogram()
    for muni, hist in run.patient_travel.items():
        by_muni[muni]["legevakt.patient_travel_minutes.mean"] = hist.mean
        travel.merge(hist)
    kpis["legevakt.patient_travel_minutes.mean"] = travel.mean
    _access(run, kpis, by_muni)


def _duty_hours(run: Run) -> dict[str, float]:
    """Doctor hours on duty (on site or home call) in the rota after warm-up, per legevakt: zero
    shows a legevakt the rota left unstaffed."""
    start, end = run.calendar.warmup, run.calendar.horizon
    minutes: dict[str, int] = defaultdict(int)
    for a, (s, e) in zip(run.rota, run.schedules.rota_minutes.tolist(), strict=True):
        if a.mode is not ShiftMode.backup and a.cover is not Cover.unstaffed:
            minutes[a.legevakt] += max(0, min(e, end) - max(s, start))
    return {lv: m / MINUTES_PER_HOUR for lv, m in minutes.items()}


def _access(run: Run, kpis: dict[str, float], by_muni: dict) -> None:
    """Share of the population beyond 40 and 60 minutes from its legevakt station (from each
    legevakt for the share of the week it serves the municipality)."""
    scenario = run.plan.scenario
    stations: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for lv in scenario.legevakt:
        for m, share in week_shares(lv).items():
            stations[m].append((lv.station, share))
    beyond = dict.fromkeys(TRAVEL_LIMITS, 0.0)
    total = 0.0
    for m in scenario.municipalities:
        if m.id not in stations:
            continue
        for limit in TRAVEL_LIMITS:
            far = sum(
                week * s.share
                for station, week in stations[m.id]
                for s in m.settlement_shares()
                if run.travel.minutes(s.place, station) > limit
            )
            by_muni[m.id][f"legevakt.population_beyond_{limit}_min"] = far
            beyond[limit] += far * m.population
        total += m.population
    for limit in TRAVEL_LIMITS:
        kpis[f"legevakt.population_beyond_{limit}_min"] = beyond[limit] / total if total else 0.0


def _offices(run: Run, kpis: dict[str, float], by_muni: dict) -> None:
    k = run.offices
    pooled = None
    for muni in sorted(set(k.waits) | set(k.unmet)):
        waits = k.waits[muni]
        _office_kpis(by_muni[muni], waits, k.unmet.get(muni, 0))
        by_muni[muni]["gp.patient_km"] = k.patient_km.get(muni, 0.0)
        by_muni[muni]["gp.requests_moved"] = float(k.moved.get(muni, 0))
        pooled = waits.copy() if pooled is None else pooled + waits
    if pooled is not None:
        _office_kpis(kpis, pooled, sum(k.unmet.values()))
    kpis["gp.patient_km"] = sum(k.patient_km.values())
    kpis["gp.requests"] = float(sum(k.office_asked.values()))
    kpis["gp.requests_moved"] = float(sum(k.moved.values()))  # taken over by others


def _office_kpis(target: dict, waits: np.ndarray, unmet: int) -> None:
    booked = waits.sum()
    days = np.arange(len(waits))
    target["gp.wait_days.mean"] = float((waits * days).sum() / booked) if booked else float("nan")
    asked = booked + unmet
    target["gp.within_5_days"] = float(waits[:6].sum() / asked) if asked else float("nan")
    target["gp.unmet"] = float(unmet)


def _beds(run: Run, kpis: dict[str, float], costs: dict[str, float]) -> None:
    scenario, calendar = run.plan.scenario, run.calendar
    span = calendar.horizon - calendar.warmup
    years = span / MINUTES_PER_DAY / 365.25
    units = {u.id: u for u in [*scenario.kad, *scenario.sykestuer]}
    beds = admissions = transfers = occupied = avoided = 0.0
    for unit_id, out in run.beds.items():
        unit = units[unit_id]
        prefix = f"beds.{unit_id}"
        mean_occupied = out.occupied.mean(calendar.horizon)
        kpis[f"{prefix}.occupancy"] = mean_occupied / out.beds
        kpis[f"{prefix}.occupied_mean"] = mean_occupied
        kpis[f"{prefix}.blocking"] = out.blocking
        kpis[f"{prefix}.admission_rate_per_minute"] = out.admissions / span
        kpis[f"{prefix}.mean_stay_minutes"] = (
            out.los_minutes / out.admissions if out.admissions else float("nan")
        )
        beds += out.beds
        admissions += out.admissions
        transfers += out.transfers
        occupied += mean_occupied
        avoided += hospital_bed_days_avoided(unit, out, years)
        bed_day = unit.bed_day_cost_nok or scenario.costs.bed_day_nok
        cost = out.bed_minutes / MINUTES_PER_DAY * bed_day
        cost += out.transfers * scenario.costs.hospital_transfer_nok
        share_cost(scenario, costs, cost, unit.municipalities, CostSharing.population)
    kpis["beds.occupancy"] = occupied / beds if beds else float("nan")
    kpis["beds.admissions"] = admissions
    kpis["beds.transfers"] = transfers
    kpis["beds.hospital_bed_days_avoided"] = avoided


def _extra_costs(run: Run, costs: dict[str, float]) -> None:
    calendar = run.calendar
    years = (calendar.horizon - calendar.warmup) / MINUTES_PER_DAY / 365.25
    for extra in run.plan.contribution.costs:
        share_cost(
            run.plan.scenario,
            costs,
            extra.nok_per_year * years,
            extra.municipalities,
            extra.sharing,
        )


def _quantiles(target: dict, name: str, hist: Histogram) -> None:
    target[f"{name}.median"] = hist.quantile(0.5)
    target[f"{name}.p90"] = hist.quantile(0.9)


def _spread(kpis: dict[str, float], name: str, values: list[float]) -> None:
    if not values:
        return
    kpis[f"{name}.mean"] = float(np.mean(values))
    kpis[f"{name}.p90"] = float(np.percentile(values, 90))
    kpis[f"{name}.max"] = float(np.max(values))
