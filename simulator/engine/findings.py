"""Rule findings of a replication: the timeline rules on every physician's simulated time,
and the service-level rules on the measured KPIs (MODEL.md §5, check point 3)."""

from __future__ import annotations

import datetime as dt

from simulator.engine.rule_tasks import timeline_findings
from simulator.engine.run import Run
from simulator.engine.stats import Histogram
from simulator.rules import Finding, callout_rule, check_kpi, load_catalogue
from simulator.rules.coverage import unstaffed


def run_findings(run: Run) -> list[Finding]:
    scenario = run.plan.scenario
    on = scenario.scenario.effective_rules_date
    catalogue = load_catalogue()
    start = run.calendar.origin + dt.timedelta(minutes=run.calendar.warmup)
    end = run.calendar.origin + dt.timedelta(minutes=run.calendar.horizon)
    window = {"catalogue": catalogue, "start": start, "end": end}
    found = timeline_findings(run, on)
    found += unstaffed(scenario, run.rota, on, catalogue)
    for lv_id, centre in sorted(run.call_centres.items()):
        if centre.waits.n:
            share = centre.within_target / centre.waits.n
            found.append(check_kpi("legevaktsentral-answer", lv_id, share, on, **window))
    offices = run.offices
    for office, asked in sorted(offices.office_asked.items()):
        if asked:
            share = offices.office_within[office] / asked
            found.append(check_kpi("gp-appointment-5-days", office, share, on, **window))
    for office, staff in run.office_staff.items():
        found.append(check_kpi("gp-phone-answer", office, staff.phone_within_target, on, **window))
    municipalities = scenario.by_id("municipalities")
    for muni, hist in sorted(_responses(run).items()):
        rule = callout_rule(municipalities[muni].population, on, catalogue)
        minutes = catalogue.parameter(rule, "within_minutes", on)
        share = hist.share_at_most(minutes + 1)  # bins are whole minutes: ≤ minutes
        found.append(check_kpi(rule, muni, share, on, **window))
    return found


def _responses(run: Run) -> dict[str, Histogram]:
    merged: dict[str, Histogram] = {}
    for station in run.stations.values():
        for muni, hist in station.kpis.response.items():
            merged.setdefault(muni, Histogram()).merge(hist)
    return merged
