"""GPs' weekly hours as the 2018 time-use survey measured them (S71): every GP with a list,
one ordinary working week at a time.

A one-week survey of all GPs sees the distribution over GP-weeks, so the total's mean, median
and upper quartile are taken over the weeks after warm-up that a GP is not on vacation. Shares
above 48 h (the EU working-time limit, an average) and 60 h are over each GP's average week.
Passive on-call time counts by `policy.passive_weighting`, as in `physician.weekly_hours`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import numpy as np

from simulator.engine.calendar import MINUTES_PER_DAY, MINUTES_PER_HOUR
from simulator.engine.cuts import cut_points
from simulator.engine.kpis import passive_weight
from simulator.plan.timeline import CATEGORIES, Category, Timeline
from simulator.scenario.physicians import Employment, Physician

if TYPE_CHECKING:
    from simulator.engine.run import Run  # a type only: run imports physician_tasks, a cycle

GROUPS = {  # the survey's and the planner's categories of a GP's week
    "clinical": (Category.office_clinical,),
    "list_work": (Category.list_work,),
    "owner_admin": (Category.office_admin,),
    "meetings_training": (Category.meetings, Category.training),
    "travel": (Category.travel,),
    "public_duties": (Category.public_duties, Category.kommuneoverlege),
    "legevakt_active": (Category.legevakt_active, Category.bed_work),
    "legevakt_on_call": (Category.legevakt_on_call, Category.backup_on_call),
}
REGULAR = ("clinical", "list_work", "owner_admin", "meetings_training", "travel")
WORK = tuple(g for g in GROUPS if g != "legevakt_on_call")
COLUMNS = (*GROUPS, "regular", "total")  # the rows of `counted_weeks`
REGULAR_ROW, TOTAL_ROW = COLUMNS.index("regular"), COLUMNS.index("total")
LIMITS = (48, 60)
# The 2018 time-use survey of 1 876 GPs, one week each (S71, docs/sources.md), in hours a
# week (shares as fractions), named as the KPIs they compare with.
SURVEY_2018 = {
    "gp.weekly_hours.total.mean": 55.6,
    "gp.weekly_hours.total.median": 52.5,
    "gp.weekly_hours.total.p75": 62.2,
    "gp.weekly_hours.regular.mean": 49.0,
    "gp.self_employed.weekly_hours.regular.mean": 49.3,
    "gp.salaried.weekly_hours.regular.mean": 42.5,
    "gp.face_to_face_share": 0.541,
}
WEEK = 7 * MINUTES_PER_DAY


def gp_hours_kpis(run: Run) -> dict[str, float]:
    scenario = run.plan.scenario
    with_list = [p for p in scenario.physicians if p.office and p.list_size]
    weeks = run.gp_weeks or {p.id: counted_weeks(run, p) for p in with_list}
    gps = [p for p in with_list if weeks[p.id].shape[1]]  # some weeks not on vacation
    kpis: dict[str, float] = {}
    if not gps:
        return kpis
    counts = [weeks[p.id].shape[1] for p in gps]
    columns = dict(zip(COLUMNS, np.concatenate([weeks[p.id] for p in gps], axis=1), strict=True))
    for g, column in columns.items():
        kpis[f"gp.weekly_hours.{g}.mean"] = float(column.mean())
    kpis["gp.weekly_hours.total.median"] = float(np.median(columns["total"]))
    kpis["gp.weekly_hours.total.p75"] = float(np.percentile(columns["total"], 75))
    kpis["gp.face_to_face_share"] = float(columns["clinical"].sum() / columns["regular"].sum())
    averages = np.array([t.mean() for t in np.split(columns["total"], np.cumsum(counts)[:-1])])
    for limit in LIMITS:
        kpis[f"gp.share_above_{limit}h"] = float(np.mean(averages > limit))
    for kind in Employment:
        chosen = [weeks[p.id][REGULAR_ROW] for p in gps if p.employment is kind]
        if chosen:
            regular = np.concatenate(chosen)
            kpis[f"gp.{kind.value}.weekly_hours.regular.mean"] = float(regular.mean())
    left = [run.offices.left_undone.get(p.id, 0.0) / MINUTES_PER_HOUR for p in gps]
    kpis["gp.work_left_at_end_hours.mean"] = float(np.mean(left))
    kpis["gp.work_left_at_end_hours.max"] = float(np.max(left))
    _offices(run, gps, weeks, kpis)
    return kpis


def _offices(run: Run, gps: list[Physician], weeks: dict, kpis: dict[str, float]) -> None:
    """Per office: the phone and the GPs' hours; overall the phone weighted by the calls."""
    staff = run.office_staff
    listed: dict[str, int] = {}
    totals_of: dict[str, list[np.ndarray]] = defaultdict(list)
    for p in gps:
        listed[p.office] = listed.get(p.office, 0) + p.list_size
        totals_of[p.office].append(weeks[p.id][TOTAL_ROW])
    for office, s in staff.items():
        kpis[f"office.{office}.phone_answered_within_2min"] = s.phone_within_target
        totals = totals_of.get(office)
        if totals:
            kpis[f"office.{office}.gp_weekly_hours.mean"] = float(np.concatenate(totals).mean())
    kpis["gp.phone_answered_within_2min"] = sum(
        staff[o].phone_within_target * n for o, n in listed.items()
    ) / sum(listed.values())


def counted_weeks(run: Run, gp: Physician) -> np.ndarray:
    """Hours of each of `COLUMNS` (rows) in each counted week the GP is not on vacation
    (columns): the groups only, not every ledger category, so a national year's GPs fit in a
    tenth of the memory of their minutes."""
    calendar = run.calendar
    first = calendar.warmup_days // 7
    counted = first + np.flatnonzero(~run.schedules.vacation_weeks(gp.id)[first:])
    minutes = weekly_minutes(run.timelines[gp.id], calendar.days // 7)[counted]
    active = minutes[:, Category.legevakt_active.code].sum()
    on_duty = active + minutes[:, Category.legevakt_on_call.code].sum()
    per_hour = active / on_duty * MINUTES_PER_HOUR if on_duty else 0.0
    weight = passive_weight(run.plan.scenario, per_hour)
    hours = minutes / MINUTES_PER_HOUR
    return np.array(list(_columns(hours, weight).values())).reshape(len(COLUMNS), len(hours))


def _columns(hours: np.ndarray, weight: float) -> dict[str, np.ndarray]:
    """The groups, regular work and the total (passive time weighted) of each row."""
    groups = {g: hours[:, [c.code for c in cats]].sum(axis=1) for g, cats in GROUPS.items()}
    groups["regular"] = sum(groups[g] for g in REGULAR)
    groups["total"] = sum(groups[g] for g in WORK) + weight * groups["legevakt_on_call"]
    return groups


def weekly_minutes(timeline: Timeline, weeks: int) -> np.ndarray:
    """Minutes per (week, category code) of `timeline`, intervals cut at week boundaries."""
    bounds = np.arange(weeks + 1, dtype=np.int64) * WEEK
    cuts = cut_points(timeline.starts, timeline.ends, bounds)
    cuts = cuts[(cuts >= 0) & (cuts <= bounds[-1])]
    seg, lengths = cuts[:-1], np.diff(cuts)
    codes = timeline.categories[np.searchsorted(timeline.starts, seg, side="right") - 1]
    cells = (seg // WEEK) * len(CATEGORIES) + codes  # whole minutes: the sums are exact
    out = np.bincount(cells, weights=lengths, minlength=weeks * len(CATEGORIES))
    return out.reshape(weeks, len(CATEGORIES))
