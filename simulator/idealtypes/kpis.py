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
    gp_requests = "gp_requests"
    kad_occupancy = "kad_occupancy"
    hospital_transfers = "hospital_transfers"
    legevakt_hospital_transfers = "legevakt_hospital_transfers"
    legevakt_active_hours = "legevakt_active_hours"
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
    Kpi.weekly_hours: "physicians' weekly working hours (`physician.weekly_hours.{mean,p90,max}`)",
    Kpi.office_clinical_hours: "GP hours in office clinical work, the appointment capacity "
    "(`physician.weekly_hours.office_clinical.mean`)",
    Kpi.meeting_hours: "physician hours in meetings (`physician.weekly_hours.meetings.mean`)",
    Kpi.training_hours: "physician hours in training (`physician.weekly_hours.training.mean`)",
    Kpi.public_duty_hours: "hours of other municipal tasks, the 7.5 h of § 32 "
    "(`physician.weekly_hours.public_duties.mean`)",
    Kpi.kommuneoverlege_hours: "kommuneoverlege hours "
    "(`physician.weekly_hours.kommuneoverlege.mean`; per municipality through its cost)",
    Kpi.bed_work_hours: "physician hours of KAD and sykestue work "
    "(`physician.weekly_hours.bed_work.mean`)",
    Kpi.on_call_hours: "legevakt and backup on-call hours per physician and week "
    "(`physician.on_call_hours_per_week.*`)",
    Kpi.shifts_per_month: "legevakt shifts and nights per physician and month "
    "(`physician.shifts_per_month.*`, `physician.nights_per_month.*`)",
    Kpi.legevakt_waiting_time: "legevakt waiting time by urgency "
    "(`legevakt.wait_minutes.<urgency>.{median,p90}`)",
    Kpi.callout_response_time: "call-out response time, doctor on scene "
    "(`legevakt.callout_response_minutes.*`)",
    Kpi.population_beyond_40_60_min: "share of the population beyond 40/60 minutes of its "
    "legevakt (`legevakt.population_beyond_{40,60}_min`)",
    Kpi.gp_waiting_days: "GP waiting time in working days (`gp.wait_days.mean`)",
    Kpi.share_within_5_days: "share of GP appointments within 5 working days, § 22 "
    "(`gp.within_5_days`)",
    Kpi.gp_requests: "GP appointment requests, and those others take over "
    "(`gp.requests`, `gp.requests_moved`)",
    Kpi.kad_occupancy: "KAD and sykestue bed occupancy and admissions "
    "(`beds.occupancy`, `beds.admissions`)",
    Kpi.hospital_transfers: "transfers to hospital (`beds.transfers`)",
    Kpi.legevakt_hospital_transfers: "expected transfers to hospital of the red patients the "
    "legevakt doctors saw (`legevakt.hospital_transfers`)",
    Kpi.legevakt_active_hours: "physician hours of active legevakt work "
    "(`physician.weekly_hours.legevakt_active.mean`)",
    Kpi.hospital_bed_days_avoided: "hospital bed-days avoided (`beds.hospital_bed_days_avoided`)",
    Kpi.travel_hours: "doctor travel hours (`travel.doctor_hours`)",
    Kpi.travel_km: "doctor travel km (`travel.doctor_km`)",
    Kpi.cost_total: "total cost (`cost.total_nok`)",
    Kpi.cost_per_municipality: "cost per municipality by the cost-sharing key "
    "(`cost.total_nok` per municipality)",
    Kpi.coordination_density: "density of the coordination graph (`samsim network`)",
    Kpi.bridging_roles: "bridging roles in the coordination graph (`samsim network`)",
    Kpi.path_length_to_kol: "path length from each GP to the kommuneoverlege (`samsim network`)",
    Kpi.rule_findings: "rule findings, static checks of the plan "
    "(`samsim check`, a run's `findings`)",
}
