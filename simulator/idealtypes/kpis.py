"""The KPIs an idealtype can move (MODEL.md §6), named once so that models/ and the docs use
the same words as the engine's reports."""

from __future__ import annotations

from enum import StrEnum


class Kpi(StrEnum):
    weekly_hours = "weekly_hours"
    office_clinical_hours = "office_clinical_hours"
    meeting_hours = "meeting_hours"
    training_hours = "training_hours"
    public_duty_hours = "public_duty_hours"
    kommuneoverlege_hours = "kommuneoverlege_hours"
    bed_work_hours = "bed_work_hours"
    on_call_hours = "on_call_hours"
    shifts_per_month = "shifts_per_month"
    legevakt_waiting_time = "legevakt_waiting_time"
    callout_response_time = "callout_response_time"
    population_beyond_40_60_min = "population_beyond_40_60_min"
    gp_waiting_days = "gp_waiting_days"
    share_within_5_days = "share_within_5_days"
    kad_occupancy = "kad_occupancy"
    hospital_transfers = "hospital_transfers"
    hospital_bed_days_avoided = "hospital_bed_days_avoided"
    travel_hours = "travel_hours"
    travel_km = "travel_km"
    cost_total = "cost_total"
    cost_per_municipality = "cost_per_municipality"
    coordination_density = "coordination_density"
    bridging_roles = "bridging_roles"
    path_length_to_kol = "path_length_to_kol"
    rule_findings = "rule_findings"


KPI_TEXT: dict[Kpi, str] = {
    Kpi.weekly_hours: "physicians' weekly working hours (mean, p90, max)",
    Kpi.office_clinical_hours: "GP hours in office clinical work (appointment capacity)",
    Kpi.meeting_hours: "physician hours in meetings (ledger category `meetings`)",
    Kpi.training_hours: "physician hours in training (ledger category `training`)",
    Kpi.public_duty_hours: "hours of other municipal tasks (the 7.5 h of § 32)",
    Kpi.kommuneoverlege_hours: "kommuneoverlege hours per municipality",
    Kpi.bed_work_hours: "physician hours of KAD and sykestue work",
    Kpi.on_call_hours: "legevakt and backup on-call hours per physician and week",
    Kpi.shifts_per_month: "legevakt shifts and nights per physician and month",
    Kpi.legevakt_waiting_time: "legevakt waiting time by urgency (median, p90)",
    Kpi.callout_response_time: "call-out response time (doctor on scene)",
    Kpi.population_beyond_40_60_min: "share of the population beyond 40/60 minutes of its legevakt",
    Kpi.gp_waiting_days: "GP waiting time in working days",
    Kpi.share_within_5_days: "share of GP appointments within 5 working days (§ 22)",
    Kpi.kad_occupancy: "KAD and sykestue bed occupancy and admissions",
    Kpi.hospital_transfers: "transfers to hospital",
    Kpi.hospital_bed_days_avoided: "hospital bed-days avoided",
    Kpi.travel_hours: "doctor travel hours",
    Kpi.travel_km: "doctor travel km",
    Kpi.cost_total: "total cost",
    Kpi.cost_per_municipality: "cost per municipality by the cost-sharing key",
    Kpi.coordination_density: "density of the coordination graph",
    Kpi.bridging_roles: "bridging roles in the coordination graph",
    Kpi.path_length_to_kol: "path length from each GP to the kommuneoverlege",
    Kpi.rule_findings: "rule findings (static checks of the plan)",
}
