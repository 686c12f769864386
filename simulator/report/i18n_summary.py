"""Messages of the decision summary, the feasibility banner, units and the terminal tables,
in bokmål and English; `simulator.report.i18n` merges them into its catalogues (same keys
and placeholders in both languages, checked by the catalogue tests)."""

from __future__ import annotations

NB: dict[str, str] = {
    "section.decision": "Sammendrag for beslutning",
    "decision.intro": (
        "De viktigste nøkkeltallene, snitt over {n} replikasjoner med 95 % konfidensintervall."
    ),
    "decision.intro_compare": (
        "De viktigste nøkkeltallene, snitt over {n} replikasjoner med 95 % konfidensintervall; "
        "forskjellene er parvise mot {baseline} (samme tilfeldige tall)."
    ),
    "decision.difference": "{plan} − {baseline}",
    "decision.baseline": "utgangspunkt",
    "decision.bootstrap": (
        "Der et t-intervall ville gått under null for en størrelse som ikke kan være negativ, "
        "er intervallet et persentil-bootstrap-intervall."
    ),
    "col.verdict": "Vurdering",
    "col.point": "Punkt",
    "verdict.uncertain": "ingen sikker forskjell",
    "verdict.no_practical": "ingen praktisk forskjell",
    "verdict.favours": "i favør av {plan}",
    "verdict.differs": "forskjellig, uten retning",
    "unit.share": "{value} %",
    "unit.points": "{value} %-poeng",
    "unit.nok": "{value} kr",
    "unit.minutes": "{value} min",
    "unit.hours": "{value} t",
    "unit.days": "{value} dager",
    "unit.km": "{value} km",
    "unit.count": "{value}",
    "headline.physician.on_call_hours_per_week.mean": "Vakttimer per uke per lege, snitt",
    "headline.physician.on_call_hours_per_week.max": "Vakttimer per uke, mest belastede lege",
    "headline.physician.nights_per_month.max": "Netter per måned, mest belastede lege",
    "headline.gp.within_5_days": "Fastlege innen 5 virkedager (forskrift § 22)",
    "headline.gp.wait_days.mean": "Ventetid hos fastlege (virkedager)",
    "headline.legevakt.patient_travel_minutes.mean": "Reisetid til legevakt",
    "headline.legevakt.population_beyond_40_min": "Innbyggere over 40 min fra legevakt",
    "headline.legevakt.population_beyond_60_min": "Innbyggere over 60 min fra legevakt",
    "headline.legevakt.wait_minutes.red.p90": "Rød respons: ventetid, p90",
    "headline.beds.doctor_wait_minutes.p90": "Sengearbeid som venter på lege, p90",
    "headline.travel.doctor_hours": "Legers reisetid i simulert periode",
    "headline.cost.per_inhabitant_nok": "Kostnad per innbygger",
    "headline.staffing.unstaffed_shifts": "Vakter uten lege",
    "headline.staffing.locum_shifts": "Vakter tatt av vikar",
    "headline.staffing.locum_hours": "Vikartimer",
    "headline.staffing.locum_cost_nok": "Kostnad til vikarer",
    "headline.staffing.neighbour_shifts": "Vakter tatt av nabokommunens lege",
    "headline.rules.breaches": "Regelbrudd per replikasjon",
    "banner.title": "Planen kan ikke gjennomføres lovlig slik den står",
    "banner.no_legal_rota": "ingen lovlig turnus for {periods} fireukersperiode(r).",
    "banner.short": "{short} av {shifts} vakter står uten lege hver.",
    "banner.plan_breaches": "Plansjekken: {rules} regel(er) brutt, først {first}.",
    "banner.simulated_breaches": "Simuleringen: {rules} regel(er) brutt, først {first}.",
    "and": "og",
    "banner.see": "Alle funn og varsler står i",
    "findings.plan_level": "plansjekk",
    "findings.warnings": "Varsler fra turnusplanleggingen (på engelsk, slik de ble skrevet ut)",
}


EN: dict[str, str] = {
    "section.decision": "Summary for decision",
    "decision.intro": "The key figures that decide, mean over {n} replications with 95 % CI.",
    "decision.intro_compare": (
        "The key figures that decide, mean over {n} replications with 95 % CI; differences are "
        "paired against {baseline} (the same random numbers)."
    ),
    "decision.difference": "{plan} − {baseline}",
    "decision.baseline": "baseline",
    "decision.bootstrap": (
        "Where a t-interval would reach below zero for a quantity that cannot be negative, the "
        "interval is a percentile bootstrap interval."
    ),
    "col.verdict": "Verdict",
    "col.point": "Point",
    "verdict.uncertain": "no clear difference",
    "verdict.no_practical": "no practical difference",
    "verdict.favours": "in favour of {plan}",
    "verdict.differs": "different, no direction",
    "unit.share": "{value} %",
    "unit.points": "{value} pp",
    "unit.nok": "{value} NOK",
    "unit.minutes": "{value} min",
    "unit.hours": "{value} h",
    "unit.days": "{value} days",
    "unit.km": "{value} km",
    "unit.count": "{value}",
    "headline.physician.on_call_hours_per_week.mean": "On-call hours a week per doctor, mean",
    "headline.physician.on_call_hours_per_week.max": "On-call hours a week, most burdened doctor",
    "headline.physician.nights_per_month.max": "Nights a month, most burdened doctor",
    "headline.gp.within_5_days": "GP within 5 working days (regulation § 22)",
    "headline.gp.wait_days.mean": "GP waiting time (working days)",
    "headline.legevakt.patient_travel_minutes.mean": "Travel time to the legevakt",
    "headline.legevakt.population_beyond_40_min": "Inhabitants beyond 40 min from legevakt",
    "headline.legevakt.population_beyond_60_min": "Inhabitants beyond 60 min from legevakt",
    "headline.legevakt.wait_minutes.red.p90": "Red response: waiting time, p90",
    "headline.beds.doctor_wait_minutes.p90": "Bed work waiting for a doctor, p90",
    "headline.travel.doctor_hours": "Doctors' travel time over the simulated period",
    "headline.cost.per_inhabitant_nok": "Cost per inhabitant",
    "headline.staffing.unstaffed_shifts": "Shifts without a doctor",
    "headline.staffing.locum_shifts": "Shifts taken by locums",
    "headline.staffing.locum_hours": "Locum hours",
    "headline.staffing.locum_cost_nok": "Cost of locums",
    "headline.staffing.neighbour_shifts": "Shifts taken by a neighbour's doctor",
    "headline.rules.breaches": "Rule breaches per replication",
    "banner.title": "The plan cannot be carried out legally as it stands",
    "banner.no_legal_rota": "no legal rota for {periods} four-week period(s).",
    "banner.short": "{short} of {shifts} shifts left without a doctor in each.",
    "banner.plan_breaches": "Plan check: {rules} rule(s) broken, first {first}.",
    "banner.simulated_breaches": "Simulation: {rules} rule(s) broken, first {first}.",
    "and": "and",
    "banner.see": "Every finding and warning is listed in",
    "findings.plan_level": "plan check",
    "findings.warnings": "Warnings from rota planning (in English, as they were printed)",
}
