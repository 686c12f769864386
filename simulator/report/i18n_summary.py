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
    "headline.travel.doctor_hours": "Legers reisetid",
    "headline.cost.per_inhabitant_nok": "Kostnad per innbygger",
    "headline.staffing.unstaffed_shifts": "Vakter uten lege",
    "headline.staffing.locum_shifts": "Vakter tatt av vikar",
    "headline.staffing.locum_hours": "Vikartimer",
    "headline.staffing.locum_cost_nok": "Kostnad til vikarer",
    "headline.staffing.neighbour_shifts": "Vakter tatt av nabokommunens lege",
    "headline.gp.weekly_hours.total.mean": "Fastlegens arbeidsuke",
    "headline.gp.share_above_48h": "Fastleger over 48 timer i uka",
    "headline.rules.breaches": "Regelbrudd per replikasjon",
    "banner.title": "Planen kan ikke gjennomføres lovlig slik den står",
    "banner.no_legal_rota": "ingen lovlig turnus for {periods} fireukersperiode(r).",
    "banner.empty_rota_file": "turnusfilen setter ingen lege på vakt i perioden.",
    "banner.plan_breaches": "Plansjekken: {rules} regel(er) brutt, først {first}.",
    "banner.simulated_breaches": "Simuleringen: {rules} regel(er) brutt, først {first}.",
    "and": "og",
    "banner.see": "Alle funn og varsler står i",
    "findings.plan_level": "plansjekk",
    "network.office_doctors": "{name} ({count} lege(r))",
    "red.free": "venter på ledig lege",
    "red.travel": "legens reise",
    "caption.red_parts": (
        "Rød respons: gjennomsnittlig ventetid fra henvendelsen kommer i legenes kø til legen "
        "begynner, delt i tiden pasienten venter på en ledig lege og legens reise dit."
    ),
    "beds.no_transfers": "Ingen pasienter ble overført til sykehus, i noen plan eller replikasjon.",
    "beds.never_occupied": "{variant}: ingen seng var belagt i noen replikasjon.",
    "excel.summary": "Sammendrag",
    "excel.kpis": "Nøkkeltall",
    "excel.differences": "Forskjeller",
    "excel.municipalities": "Per kommune",
    "excel.mean": "Snitt",
    "excel.low": "Nedre 95 %",
    "excel.high": "Øvre 95 %",
    "excel.replications": "Replikasjoner",
    "excel.difference": "Forskjell",
    "run.excel_in": "Excel-fil: {where}",
    "compare.same_id": (
        "Flere filer har samme scenario.id ({ids}); planene heter derfor etter filnavnene."
    ),
    "findings.terminal_title": "Regelfunn: {shown} brudd og advarsler, {quiet} til informasjon",
    "decision.single_title": "Sammendrag: én replikasjon, uten intervall",
    "run.results_in": "Resultater i {where}",
    "run.not_converged": (
        "-n auto: ikke alle nøkkeltall nådde ±{precision} innen {replications} replikasjoner"
    ),
    "run.report_in": "Rapport: {where}",
    "decision.terminal_title": "Sammendrag: snitt over {n} replikasjoner (95 % KI)",
    "decision.all_kpis": "Alle nøkkeltall for hele regionen",
    "warnings.kept": (
        "{count} varsler fra turnusplanleggingen (på engelsk) står i {where} og i rapporten."
    ),
    "warnings.english": (
        "{count} varsler fra turnusplanleggingen er skrevet på engelsk; se dem med --lang en."
    ),
    "findings.warnings": "Varsler fra turnusplanleggingen (på engelsk, slik de ble skrevet ut)",
    "funit.hours/week": "t/uke",
    "funit.minutes": "min",
    "funit.weeks": "uker",
    "funit.share": "andel",
    "funit.years": "år",
    "funit.persons": "personer",
    "funit.h": "t",
    "funit.visits/month": "besøk/måned",
    "funit.h/week": "t/uke",
    "funit.hours/session": "t/økt",
    "funit.nights/month": "netter/måned",
    "funit.min/h": "min/t",
    "funit.min": "min",
    "funit.h/week uncovered": "t/uke udekket",
    "funit.h/holiday uncovered": "t/helligdag udekket",
    "funit.h without rest": "t uten hvile",
    "funit.doctors on duty": "leger på vakt",
    "funit.days": "dager",
    "funit.prescriptions/year": "resepter/år",
    "funit.patients": "pasienter",
    "funit.hours/week per doctor": "t/uke per lege",
    "funit.hours/phone": "t/telefon",
    "funit.hours/meeting": "t/møte",
    "funit.hours": "timer",
    "col.municipality": "Kommune",
    "banner.cover.locum_shifts": "{shifts} vakter på {weeks} uker tas av vikarer.",
    "banner.cover.neighbour_shifts": "{shifts} vakter på {weeks} uker tas av nabolegevakten.",
    "banner.cover.unstaffed_shifts": "{shifts} vakter på {weeks} uker står uten lege.",
    "banner.each": "hver",
    "decision.period": "{label}, {weeks} uker",
    "unit.points_words": "{value} prosentpoeng",
    "decision.municipal_note": (
        "Per kommune, snitt. Fet: verdien en signifikant forskjell av praktisk størrelse er i "
        "favør av."
    ),
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
    "headline.travel.doctor_hours": "Doctors' travel time",
    "headline.cost.per_inhabitant_nok": "Cost per inhabitant",
    "headline.staffing.unstaffed_shifts": "Shifts without a doctor",
    "headline.staffing.locum_shifts": "Shifts taken by locums",
    "headline.staffing.locum_hours": "Locum hours",
    "headline.staffing.locum_cost_nok": "Cost of locums",
    "headline.staffing.neighbour_shifts": "Shifts taken by a neighbour's doctor",
    "headline.gp.weekly_hours.total.mean": "GP's working week",
    "headline.gp.share_above_48h": "GPs above 48 hours a week",
    "headline.rules.breaches": "Rule breaches per replication",
    "banner.title": "The plan cannot be carried out legally as it stands",
    "banner.no_legal_rota": "no legal rota for {periods} four-week period(s).",
    "banner.empty_rota_file": "the rota file puts no doctor on duty in the period.",
    "banner.plan_breaches": "Plan check: {rules} rule(s) broken, first {first}.",
    "banner.simulated_breaches": "Simulation: {rules} rule(s) broken, first {first}.",
    "and": "and",
    "banner.see": "Every finding and warning is listed in",
    "findings.plan_level": "plan check",
    "network.office_doctors": "{name} ({count} doctor(s))",
    "red.free": "waiting for a free doctor",
    "red.travel": "the doctor's travel",
    "caption.red_parts": (
        "Red response: mean wait from joining the doctors' queue to the doctor starting, split "
        "into the wait for a free doctor and the doctor's travel to the patient."
    ),
    "beds.no_transfers": "No patient was transferred to hospital, in any plan or replication.",
    "beds.never_occupied": "{variant}: no bed was occupied in any replication.",
    "excel.summary": "Summary",
    "excel.kpis": "Key figures",
    "excel.differences": "Differences",
    "excel.municipalities": "By municipality",
    "excel.mean": "Mean",
    "excel.low": "Lower 95 %",
    "excel.high": "Upper 95 %",
    "excel.replications": "Replications",
    "excel.difference": "Difference",
    "run.excel_in": "Excel file: {where}",
    "compare.same_id": (
        "Several files share a scenario.id ({ids}); the plans are named by their file names."
    ),
    "findings.terminal_title": (
        "Rule findings: {shown} breaches and warnings, {quiet} for information"
    ),
    "decision.single_title": "Summary: one replication, no interval",
    "run.results_in": "Results in {where}",
    "run.not_converged": (
        "-n auto: not every KPI reached ±{precision} within {replications} replications"
    ),
    "run.report_in": "Report: {where}",
    "decision.terminal_title": "Summary: mean over {n} replications (95 % CI)",
    "decision.all_kpis": "Every key figure for the whole region",
    "warnings.kept": "{count} warnings in all; every one is in {where} and in the report.",
    "warnings.english": "{count} warnings in all.",
    "findings.warnings": "Warnings from rota planning (in English, as they were printed)",
    "funit.hours/week": "hours/week",
    "funit.minutes": "minutes",
    "funit.weeks": "weeks",
    "funit.share": "share",
    "funit.years": "years",
    "funit.persons": "persons",
    "funit.h": "h",
    "funit.visits/month": "visits/month",
    "funit.h/week": "h/week",
    "funit.hours/session": "hours/session",
    "funit.nights/month": "nights/month",
    "funit.min/h": "min/h",
    "funit.min": "min",
    "funit.h/week uncovered": "h/week uncovered",
    "funit.h/holiday uncovered": "h/holiday uncovered",
    "funit.h without rest": "h without rest",
    "funit.doctors on duty": "doctors on duty",
    "funit.days": "days",
    "funit.prescriptions/year": "prescriptions/year",
    "funit.patients": "patients",
    "funit.hours/week per doctor": "hours/week per doctor",
    "funit.hours/phone": "hours/phone",
    "funit.hours/meeting": "hours/meeting",
    "funit.hours": "hours",
    "col.municipality": "Municipality",
    "banner.cover.locum_shifts": "{shifts} shifts in {weeks} weeks are taken by locums.",
    "banner.cover.neighbour_shifts": (
        "{shifts} shifts in {weeks} weeks are taken by the neighbouring legevakt."
    ),
    "banner.cover.unstaffed_shifts": "{shifts} shifts in {weeks} weeks are left without a doctor.",
    "banner.each": "each",
    "decision.period": "{label}, {weeks} weeks",
    "unit.points_words": "{value} percentage points",
    "decision.municipal_note": (
        "By municipality, means. Bold: the value a significant difference of practical size "
        "favours."
    ),
}
