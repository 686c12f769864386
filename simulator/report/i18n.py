"""Every word the report prints, in Norwegian bokmål and English.

One catalogue per language with the same keys (a test checks it); messages are
`str.format` templates. KPI names are labelled word by word through the `word.*` entries.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from simulator.errors import InputError, Sentence
from simulator.report import i18n_commands, i18n_summary

LANGUAGES = ("nb", "en")

_WORDS_NB = {
    "breaches": "brudd",
    "free": "ledig",
    "locum": "vikar",
    "neighbour": "nabo",
    "rules": "regler",
    "staffing": "bemanning",
    "unstaffed": "ubemannet",
    "active": "aktiv",
    "admissions": "innleggelser",
    "all": "alle",
    "answered": "besvart",
    "arrivals": "henvendelser",
    "backup": "bakvakt",
    "bed": "seng",
    "beds": "senger",
    "beyond": "utover",
    "by": "etter",
    "call": "vakt",
    "calls": "anrop",
    "callout": "utrykning",
    "class": "klasse",
    "consultations": "konsultasjoner",
    "cost": "kostnad",
    "day": "dag",
    "days": "dager",
    "doctor": "lege",
    "gp": "fastlege",
    "green": "grønn",
    "home": "hjemme",
    "hospital": "sykehus",
    "hour": "time",
    "hours": "timer",
    "kad": "KAD",
    "km": "km",
    "legevakt": "legevakt",
    "max": "maks",
    "mean": "snitt",
    "median": "median",
    "min": "min",
    "minutes": "minutter",
    "month": "måned",
    "nights": "netter",
    "nok": "kr",
    "occupancy": "belegg",
    "of": "av",
    "on": "på",
    "orange": "oransje",
    "p90": "p90",
    "passive": "passiv",
    "per": "per",
    "physician": "lege",
    "physicians": "leger",
    "population": "befolkning",
    "red": "rød",
    "requests": "forespørsler",
    "moved": "flyttet",
    "response": "responstid",
    "share": "andel",
    "shifts": "vakter",
    "time": "tid",
    "total": "totalt",
    "transfers": "overføringer",
    "travel": "reise",
    "unmet": "uinnfridd",
    "visits": "besøk",
    "wait": "ventetid",
    "waiting": "venting",
    "week": "uke",
    "weeks": "uker",
    "within": "innen",
    "working": "virke",
    "yellow": "gul",
    "year": "år",
    "inhabitant": "innbygger",
    "to": "til",
    "sykestue": "sykestue",
    "weekly": "ukentlig",
    "blocking": "blokkering (andel avvist)",
    "occupied": "belagt",
    "patient": "pasient",
    "centre": "sentral",
    "queue": "kø",
    "on_call": "vakt",
    "call_centre": "legevaktsentral",
    "call_centre_nurse": "sykepleier i legevaktsentralen",
    "shift_nurse": "sykepleier på vakt",
    "nurse": "sykepleier",
    "nurses": "sykepleiere",
    "commute": "reise til og fra vakt",
    "wait_minutes": "ventetid (min)",
    "weekly_hours": "timer per uke",
    "queue_length": "kølengde",
    "arrival_rate": "ankomstrate",
    "per_minute": "per minutt",
    "little_wait": "tid i legekøen",
    "waiting_at_end": "venter ved slutt",
    "patient_travel_minutes": "pasientreise (min)",
    "population_beyond": "andel innbyggere lenger unna enn",
    "callout_response_minutes": "responstid ved utrykning (min)",
    "hospital_bed_days_avoided": "sykehusdøgn spart",
    "mean_stay_minutes": "liggetid (min)",
    "admission_rate": "innleggelsesrate",
    "occupied_mean": "belagte senger, snitt",
    "list_work": "listearbeid",
    "owner_admin": "eier- og arbeidsgiverarbeid",
    "clinical": "pasienter",
    "meetings_training": "møter og opplæring",
    "regular": "ordinær praksis",
    "self_employed": "næringsdrivende",
    "salaried": "fastlønnet",
    "face_to_face_share": "andel ansikt til ansikt",
    "above": "over",
    "48h": "48 t",
    "60h": "60 t",
    "p75": "øvre kvartil",
    "office": "legekontor",
    "phone_answered_within_2min": "telefon besvart innen 2 min",
    "work_left_at_end_hours": "arbeid som gjenstår ved slutt (timer)",
    "active_minutes_per_on_call_hour": "aktive minutter per vakttime",
    "on_call_class": "vaktklasse",
    "on_call_hours_per_week": "vakttimer per uke",
    "doctor_hours": "legetimer",
    "doctor_km": "lege-km",
    "total_nok": "totalt (kr)",
    "per_inhabitant_nok": "per innbygger (kr)",
    "patient_km": "pasient-km",
    "answered_within_2_min": "besvart innen 2 min",
    "wait_mean": "ventetid, snitt",
    "office_clinical": "kontor: pasienter",
    "office_admin": "kontor: administrasjon",
    "public_duties": "offentlige oppgaver",
    "kommuneoverlege": "kommuneoverlege",
    "legevakt_active": "legevakt, aktiv",
    "legevakt_on_call": "legevakt, passiv vakt",
    "backup_on_call": "bakvakt",
    "bed_work": "KAD og sykestue",
    "rest_after_duty": "hvile etter vakt",
    "off": "fri",
    "meetings": "møter",
    "training": "opplæring",
}
PHRASE_WORDS = max(len(phrase.split("_")) for phrase in _WORDS_NB)
_WORDS_EN = {word: word.replace("_", " ") for word in _WORDS_NB} | {
    "blocking": "blocking (share turned away)",
    "call_centre": "call centre",
    "wait_minutes": "waiting time (min)",
    "little_wait": "time in the doctors' queue",
    "patient_travel_minutes": "patient travel (min)",
    "population_beyond": "share of people beyond",
    "callout_response_minutes": "call-out response (min)",
    "hospital_bed_days_avoided": "hospital bed-days avoided",
    "mean_stay_minutes": "stay (min)",
    "occupied_mean": "occupied beds, mean",
    "total_nok": "total (NOK)",
    "per_inhabitant_nok": "per inhabitant (NOK)",
    "wait_mean": "wait, mean",
    "office_clinical": "office: patients",
    "office_admin": "office: administration",
    "legevakt_active": "legevakt, active",
    "legevakt_on_call": "legevakt, passive on call",
    "backup_on_call": "backup",
    "bed_work": "KAD and sykestue",
    "off": "time off",
    "on_call": "on call",
    "gp": "GP",
    "kad": "KAD",
    "nok": "NOK",
    "p90": "p90",
    "min": "min",
}

NB: dict[str, str] = {
    "report.title": "Simuleringsrapport: {title}",
    "report.subtitle": "samsim {version} · {kind} · {replications} replikasjoner · frø {seed}",
    "report.contents": "Innhold",
    "report.generated_from": "Laget fra resultatmappen {root}.",
    "report.provenance": (
        "Fingeravtrykk {fingerprint}. Regelverk per {rules}. Kjørt {started} på {machine}."
    ),
    "report.not_converged": (
        "Merk: antallet replikasjoner nådde ikke ønsket presisjon for alle indikatorer."
    ),
    "kind.trial": "Én plan ble simulert gjentatte ganger (et forsøk med replikasjoner).",
    "kind.compare": (
        "{variants} planer ble simulert med de samme tilfeldige tallene og sammenlignet parvis."
    ),
    "kind.sweep": "Én plan ble simulert i {variants} varianter med ulike parameterverdier.",
    "kind.label.trial": "forsøk",
    "sweep.points": "Variantene (innstillingene som ble endret)",
    "kind.label.compare": "sammenligning",
    "kind.label.sweep": "parameterstudie",
    "section.scenario": "Hva ble simulert",
    "section.kpis": "Nøkkeltall med 95 % konfidensintervall",
    "section.differences": "Forskjeller mellom planene",
    "section.workload": "Arbeidsbelastning per lege",
    "section.legevakt": "Legevakt: belastning og ventetid",
    "section.beds": "KAD-senger og overføringer til sykehus",
    "section.map": "Kart",
    "section.network": "Samarbeidsnettverket",
    "section.findings": "Regelfunn med rettskilde",
    "scenario.run": (
        "Simulert i {weeks} uker fra {start} etter {warmup} ukers innsvinging; {replications} "
        "replikasjoner, frø {seed}; regelverket slik det gjaldt {rules}."
    ),
    "entity.municipalities": "{count} kommune(r): {names}; {population} innbyggere.",
    "entity.offices": "{count} legekontor og {branches} utekontor.",
    "entity.physicians": "{count} leger, {fte} årsverk, {listed} personer på fastlegelister.",
    "entity.legevakt": "{name} betjener {serves}. Vakter: {shifts}.",
    "entity.shift": "{start}–{end} ({days}) {mode}, {doctors} lege(r)",
    "entity.beds": "{name}: {beds} senger, legedekning: {cover}.",
    "entity.collaboration": "Samarbeid etter idealtypen «{idealtype}» ({count}).",
    "assume.title": "Forutsetninger",
    "assume.demand": (
        "Etterspørsel: profilen {profile}; rater per 1 000 innbyggere per år: {rates}."
    ),
    "assume.profile_rates": "profilens standardverdier (kalibrert til nasjonal statistikk)",
    "assume.travel": (
        "Reise: {speed} km/t på vei, omveisfaktor {detour}, ferje {ferry} km/t medregnet "
        "venting; {links} oppgitte strekninger, resten anslått fra koordinatene."
    ),
    "assume.passive": "Passiv vakttid regnes som arbeidstid etter: {weighting}.",
    "assume.rest": "Minst {hours} timers hvile mellom arbeidsperioder (SFS 2305 § 7.4).",
    "assume.los": "Median liggetid i sengeenhetene: {days} døgn.",
    "assume.frequency": "Lokal praksis: høyst én legevakt per {days} dager per lege.",
    "scope.in": "Modellen tar med",
    "scope.out": "Modellen tar ikke med",
    "in.gp_offices": "Fastlegekontorenes timebok dag for dag: forespørsler, kapasitet, ventetid.",
    "in.ledger": "Hvert minutt av hver leges tid, fordelt på kategorier (kontor, vakt, reise …).",
    "in.travel": "Reisetid over veinettet og ferjer, som arbeidstid for den som reiser.",
    "in.legevakt": "Legevakthenvendelser minutt for minutt etter hastegrad, avstand og ukedag.",
    "in.call_centre": "Legevaktsentralen som besvarer telefoner (116 117).",
    "in.beds": "KAD-senger og sykestuer: innleggelser, liggetid, overføring når sengene er fulle.",
    "in.branch_offices": "Utekontor bemannet fra hovedkontoret på faste ukedager.",
    "in.collaborations": "Samarbeidsmodellene: møter, felles enheter, delte stillinger.",
    "in.rules": "Regelsjekk av planen og av den simulerte tiden, med rettskilde.",
    "out.1": "Kapasiteten på sykehuset: overføringer telles, men sykehuset er aldri fullt.",
    "out.2": (
        "Ambulansene: en utrykning tar legens tid, men ambulansens tilgjengelighet modelleres ikke."
    ),
    "out.3": "Sykefravær, vakanser og rekruttering: legene er de samme gjennom hele perioden.",
    "out.4": "Vær, stengte veier og innstilte ferjer.",
    "out.5": "Helseutfall for pasientene: modellen måler tid og belastning, ikke helsegevinst.",
    "out.6": "Sykepleiernes arbeid ut over legevaktsentralen.",
    "kpis.intro": (
        "Gjennomsnitt over {n} replikasjoner, med 95 % konfidensintervall i parentes (t-fordeling)."
    ),
    "kpis.total": "Hele regionen",
    "kpis.by_scope": "Per kommune, legevakt, sengeenhet og kontor",
    "differences.intro": (
        "Hver plan er sammenlignet med {baseline}, replikasjon for replikasjon med de samme "
        "tilfeldige tallene. Forskjellen er planen minus {baseline}; den er signifikant når "
        "intervallet ikke inneholder 0."
    ),
    "differences.headline": "Det viktigste",
    "differences.none": "Ingen forskjell for hele regionen er statistisk signifikant.",
    "differences.lower": (
        "{kpi}: {variant} er {amount} lavere enn {baseline} (95 % KI {low} til {high})"
    ),
    "differences.higher": (
        "{kpi}: {variant} er {amount} høyere enn {baseline} (95 % KI {low} til {high})"
    ),
    "differences.favours": " – i favør av {variant}",
    "differences.more": "{rest} signifikante forskjeller til står i tabellen under.",
    "differences.caption": "Parvise forskjeller; uthevede rader er signifikante.",
    "col.kpi": "Nøkkeltall",
    "col.scope": "Gjelder",
    "col.variant": "Plan",
    "col.difference": "Forskjell (95 % KI)",
    "col.significant": "Signifikant",
    "col.favours": "I favør av",
    "col.mean_ci": "Snitt (95 % KI)",
    "col.severity": "Alvorlighet",
    "col.rule": "Regel",
    "col.source": "Rettskilde",
    "col.kind": "Type",
    "col.subject": "Gjelder hvem",
    "col.measured": "Målt (spenn) / grense",
    "col.share_of_replications": "Andel replikasjoner",
    "interval": "{low} til {high}",
    "yes": "Ja",
    "no": "Nei",
    "scope.all": "Alle",
    "group.office_clinical": "Kontor: pasienter",
    "group.office_admin": "Kontor: eier- og arbeidsgiverarbeid",
    "group.public": "Offentlige oppgaver og kommuneoverlege",
    "group.legevakt_active": "Legevakt, aktiv, og KAD og sykestue",
    "group.on_call": "Vakt, passiv (hjemme- og bakvakt)",
    "group.travel": "Reise",
    "group.meetings": "Møter og opplæring",
    "group.list_work": "Kontor: listearbeid",
    "category.off": "fri",
    "category.rest_after_duty": "hvile etter vakt",
    "workload.title": "Timer per uke per lege – {variant}",
    "workload.per_month": "Vakter og netter per måned",
    "axis.hours_per_week": "timer per uke (snitt)",
    "axis.on_call_hours": "legevakttimer per uke (aktiv + passiv)",
    "axis.hour_of_day": "klokkeslett",
    "axis.arrivals": "henvendelser",
    "axis.minutes": "minutter",
    "axis.patients": "pasienter",
    "axis.day": "dag",
    "caption.workload": (
        "Hver stolpe er én lege i {variant}: gjennomsnittlig antall timer per uke, fordelt på "
        "hva tiden går til (fri og hvile er utelatt)."
    ),
    "caption.on_call": (
        "Fordelingen av legevaktbelastning mellom legene: hvert punkt er én lege, boksen viser "
        "midtre halvdel ({excluded} er ikke med)."
    ),
    "caption.per_month": "Legevakter og nattevakter per måned for hver lege, fordelt per plan.",
    "legevakt.heat_title": "Henvendelser per time i uka – {variant}",
    "caption.heat_map": (
        "Når legevakten ({stations}) får henvendelser i {variant}: mørk er rolig, lys er travelt; "
        "snitt over replikasjonene."
    ),
    "caption.waits": (
        "Ventetid på legevakten etter hastegrad for hver plan; strekene viser 95 % "
        "konfidensintervall."
    ),
    "urgency.red": "rød",
    "urgency.orange": "oransje",
    "urgency.yellow": "gul",
    "urgency.green": "grønn",
    "beds.capacity": "{beds} senger",
    "caption.occupancy": (
        "Belagte senger dag for dag i {variant}: linjen er snittet, feltet spenner fra "
        "{low}. til {high}. persentil over replikasjonene, stiplet linje er antall senger."
    ),
    "caption.transfers": "Overføringer til sykehus per plan, med 95 % konfidensintervall.",
    "caption.map": (
        "Skjematisk kart over {variant}: bosteder (størrelse etter folketall), kontor, legevakt, "
        "senger og sykehus; strekene er reiseveier med minutter (stiplet: ferje)."
    ),
    "map.minutes": "{minutes} min",
    "map.settlement": "bosted",
    "map.office": "legekontor",
    "map.branch_office": "utekontor",
    "map.legevakt": "legevakt",
    "map.beds": "KAD/sykestue",
    "map.hospital": "sykehus",
    "map.off_map": "{name} (utenfor kartet)",
    "network.intro": (
        "Hvem som arbeider med hvem: leger, kontor, kommuner, legevakt, sengeenheter, "
        "samarbeid, helseforetak og NAV er punkter; en strek er en fast forbindelse, tegnet "
        "etter slag: samvirke, koordinering eller medvirkning (KS/Norut-rapporten), eller "
        "innenfor én organisasjon."
    ),
    "caption.network": (
        "Samarbeidsnettverket i {variant}: {nodes} punkter og {edges} forbindelser "
        "(tetthet {density})."
    ),
    "network.bridging": "Leger som binder nettverket sammen (betweenness-sentralitet): {names}.",
    "network.bridge": "{name} ({betweenness})",
    "network.cut_vertex": ", uten denne legen faller nettverket fra hverandre",
    "node.municipality": "kommune",
    "node.office": "legekontor",
    "node.physician": "lege",
    "node.kommuneoverlege": "kommuneoverlegerolle",
    "node.legevakt": "legevakt",
    "node.kad": "KAD",
    "node.sykestue": "sykestue",
    "node.collaboration": "samarbeid",
    "node.hospital_trust": "helseforetak",
    "node.nav": "NAV",
    "relation.hierarchy": "innenfor én organisasjon",
    "relation.cooperation": "samvirke",
    "relation.coordination": "koordinering",
    "relation.collaboration": "medvirkning",
    "findings.intro": ("{groups} regelfunn (regel og plan) over {n} replikasjoner; brudd først."),
    "findings.more": "{rest} funn til står i findings.csv.",
    "findings.more_subjects": " og {rest} til",
    "findings.measured": "{measured} / {limit} {unit}",
    "findings.unverified": "Regelversjonen er ikke fullt verifisert.",
    "severity.breach": "Brudd",
    "severity.warning": "Advarsel",
    "severity.info": "Informasjon",
    "rulekind.law": "lov/forskrift",
    "rulekind.tariff_agreement": "avtale",
    "rulekind.guidance": "veileder",
    "rulekind.non_binding_target": "veiledende mål",
    "rulekind.local_policy": "lokal praksis",
    "absent.kpis": "Resultatene har ingen nøkkeltall.",
    "absent.differences": "Bare én plan ble simulert, så det er ingen forskjeller å vise.",
    "absent.workload": "Resultatene har ingen tall per lege.",
    "absent.on_call": "Resultatene har ingen legevakttimer per lege.",
    "absent.per_month": "Resultatene har ingen tall for vakter og netter per måned.",
    "absent.gp_week": "Resultatene har ingen timetall for fastlegenes uke.",
    "gp_week.title": "Fastlegenes arbeidsuke mot tidsbruksundersøkelsen 2018",
    "gp_week.survey": "Undersøkelsen 2018",
    "gp_week.mean": "Snitt",
    "gp_week.median": "Median",
    "gp_week.p75": "Øvre kvartil",
    "gp_week.share_above_48h": "Andel fastleger over 48 t",
    "gp_week.share_above_60h": "Andel fastleger over 60 t",
    "caption.gp_week": (
        "Timer per vanlig arbeidsuke (uten ferieuker) for fastlegene i hver plan, med passiv "
        "vakt vektet som i planen, mot 1 876 fastleger i 2018 (Morken mfl. 2019); stiplet: "
        "48 timer."
    ),
    "absent.arrivals": "Resultatene for {variant} har ingen legevakthenvendelser per time.",
    "absent.waits": "Resultatene har ingen ventetider etter hastegrad for hele regionen.",
    "absent.occupancy": "Resultatene for {variant} har ingen daglig sengebelegg.",
    "absent.transfers": "Resultatene har ingen overføringer til sykehus for hele regionen.",
    "absent.map": "Scenarioet {variant} har for få steder med koordinater til et kart.",
    "absent.network": "Scenarioet {variant} har ingen samarbeidsforbindelser.",
    "absent.findings": "Ingen regelfunn i de simulerte replikasjonene.",
    "absent.variants": "Kartene og figurene per plan viser de {count} første planene.",
    "shift.hours": "+{hours} t",
    "days.all": "alle dager",
    "days.workdays": "man–fre",
    "day.mon": "man",
    "day.tue": "tir",
    "day.wed": "ons",
    "day.thu": "tor",
    "day.fri": "fre",
    "day.sat": "lør",
    "day.sun": "søn",
    "mode.on_site": "tilstedevakt",
    "mode.home_call": "hjemmevakt",
    "mode.backup": "bakvakt",
    "cover.dedicated": "egen lege",
    "cover.legevakt": "legevaktlegen",
    "cover.gp_on_duty": "fastlegene etter tur",
    "contact.nurse_phone": "sykepleierråd på telefon",
    "contact.doctor_phone": "legeråd på telefon",
    "contact.station_consultation": "konsultasjon på legevakten",
    "contact.home_visit": "sykebesøk",
    "contact.red_response": "rød respons",
    "passive.aml_one_seventh": "minst 1/7 (arbeidsmiljøloven § 10-4 (3))",
    "passive.sfs2305_classes": "vaktklasse etter aktiv tid per time (SFS 2305 § 8.3)",
    "passive.one_quarter": "1/4 (Legeforeningens krav 2020)",
    "passive.custom": "egen faktor",
} | {f"word.{w}": text for w, text in _WORDS_NB.items()}

EN: dict[str, str] = {
    "report.title": "Simulation report: {title}",
    "report.subtitle": "samsim {version} · {kind} · {replications} replications · seed {seed}",
    "report.contents": "Contents",
    "report.generated_from": "Made from the result directory {root}.",
    "report.provenance": (
        "Fingerprint {fingerprint}. Rules as of {rules}. Run {started} on {machine}."
    ),
    "report.not_converged": (
        "Note: the number of replications did not reach the requested precision for every KPI."
    ),
    "kind.trial": "One plan was simulated repeatedly (a trial of replications).",
    "kind.compare": (
        "{variants} plans were simulated with the same random numbers and compared in pairs."
    ),
    "kind.sweep": "One plan was simulated in {variants} variants with different parameter values.",
    "kind.label.trial": "trial",
    "sweep.points": "The variants (the settings that were changed)",
    "kind.label.compare": "comparison",
    "kind.label.sweep": "sweep",
    "section.scenario": "What was simulated",
    "section.kpis": "Key figures with 95 % confidence intervals",
    "section.differences": "Differences between the plans",
    "section.workload": "Workload per physician",
    "section.legevakt": "Legevakt: load and waiting times",
    "section.beds": "KAD beds and transfers to hospital",
    "section.map": "Map",
    "section.network": "The coordination network",
    "section.findings": "Rule findings with their legal sources",
    "scenario.run": (
        "Simulated for {weeks} weeks from {start} after a {warmup}-week warm-up; {replications} "
        "replications, seed {seed}; rules as in force on {rules}."
    ),
    "entity.municipalities": "{count} municipality(ies): {names}; {population} inhabitants.",
    "entity.offices": "{count} GP offices and {branches} branch offices (utekontor).",
    "entity.physicians": "{count} physicians, {fte} FTE, {listed} persons on GP lists.",
    "entity.legevakt": "{name} serves {serves}. Shifts: {shifts}.",
    "entity.shift": "{start}–{end} ({days}) {mode}, {doctors} doctor(s)",
    "entity.beds": "{name}: {beds} beds, physician cover: {cover}.",
    "entity.collaboration": "Collaboration of the idealtype “{idealtype}” ({count}).",
    "assume.title": "Assumptions",
    "assume.demand": "Demand: profile {profile}; rates per 1,000 inhabitants per year: {rates}.",
    "assume.profile_rates": "the profile's defaults (calibrated to national statistics)",
    "assume.travel": (
        "Travel: {speed} km/h on roads, detour factor {detour}, ferries {ferry} km/h including "
        "waiting; {links} listed links, the rest estimated from coordinates."
    ),
    "assume.passive": "Passive on-call time counts as working time by: {weighting}.",
    "assume.rest": "At least {hours} hours of rest between work periods (SFS 2305 § 7.4).",
    "assume.los": "Median length of stay in the bed units: {days} days.",
    "assume.frequency": "Local policy: at most one legevakt shift per {days} days per doctor.",
    "scope.in": "What the model includes",
    "scope.out": "What the model leaves out",
    "in.gp_offices": "The GP offices' appointment book day by day: requests, capacity, waits.",
    "in.ledger": "Every minute of every physician's time, by category (office, on call, travel …).",
    "in.travel": "Travel time over roads and ferries, as working time of the traveller.",
    "in.legevakt": "Legevakt contacts minute by minute by urgency, distance and weekday.",
    "in.call_centre": "The legevakt call centre answering the phone (116 117).",
    "in.beds": "KAD beds and sykestuer: admissions, length of stay, transfer when beds are full.",
    "in.branch_offices": "Branch offices staffed from the main office on fixed weekdays.",
    "in.collaborations": "The collaboration models: meetings, shared units, shared positions.",
    "in.rules": "Rule checks of the plan and of the simulated time, with legal sources.",
    "out.1": "Hospital capacity: transfers are counted, but the hospital is never full.",
    "out.2": (
        "Ambulances: a call-out takes the doctor's time; ambulance availability is not modelled."
    ),
    "out.3": "Sick leave, vacancies and recruitment: the doctors stay the same all period.",
    "out.4": "Weather, closed roads and cancelled ferries.",
    "out.5": "Patients' health outcomes: the model measures time and load, not health gain.",
    "out.6": "Nurses' work beyond the call centre.",
    "kpis.intro": (
        "Means over {n} replications, with the 95 % confidence interval in brackets "
        "(t-distribution)."
    ),
    "kpis.total": "The whole region",
    "kpis.by_scope": "By municipality, legevakt, bed unit and office",
    "differences.intro": (
        "Each plan is compared with {baseline}, replication by replication with the same random "
        "numbers. The difference is the plan minus {baseline}; it is significant when its "
        "interval excludes 0."
    ),
    "differences.headline": "The main points",
    "differences.none": "No difference for the whole region is statistically significant.",
    "differences.lower": (
        "{kpi}: {variant} is {amount} lower than {baseline} (95 % CI {low} to {high})"
    ),
    "differences.higher": (
        "{kpi}: {variant} is {amount} higher than {baseline} (95 % CI {low} to {high})"
    ),
    "differences.favours": " – in favour of {variant}",
    "differences.more": "{rest} more significant differences are in the table below.",
    "differences.caption": "Paired differences; highlighted rows are significant.",
    "col.kpi": "Key figure",
    "col.scope": "Applies to",
    "col.variant": "Plan",
    "col.difference": "Difference (95 % CI)",
    "col.significant": "Significant",
    "col.favours": "In favour of",
    "col.mean_ci": "Mean (95 % CI)",
    "col.severity": "Severity",
    "col.rule": "Rule",
    "col.source": "Legal source",
    "col.kind": "Kind",
    "col.subject": "Concerns",
    "col.measured": "Measured (range) / limit",
    "col.share_of_replications": "Share of replications",
    "interval": "{low} to {high}",
    "yes": "Yes",
    "no": "No",
    "scope.all": "All",
    "group.office_clinical": "Office: patients",
    "group.office_admin": "Office: owner's and employer's work",
    "group.public": "Public duties and kommuneoverlege",
    "group.legevakt_active": "Legevakt, active, and KAD and sykestue",
    "group.on_call": "On call, passive (home call and backup)",
    "group.travel": "Travel",
    "group.meetings": "Meetings and training",
    "group.list_work": "Office: list work",
    "category.off": "time off",
    "category.rest_after_duty": "rest after duty",
    "workload.title": "Hours per week per physician – {variant}",
    "workload.per_month": "Shifts and nights per month",
    "axis.hours_per_week": "hours per week (mean)",
    "axis.on_call_hours": "legevakt hours per week (active + passive)",
    "axis.hour_of_day": "hour of day",
    "axis.arrivals": "contacts",
    "axis.minutes": "minutes",
    "axis.patients": "patients",
    "axis.day": "day",
    "caption.workload": (
        "Each bar is one physician in {variant}: mean hours per week, split by what the time is "
        "spent on (time off and rest are left out)."
    ),
    "caption.on_call": (
        "How the legevakt load is spread between doctors: each dot is one doctor, the box is the "
        "middle half ({excluded} not included)."
    ),
    "caption.per_month": "Legevakt shifts and night shifts per month for each doctor, per plan.",
    "legevakt.heat_title": "Contacts per hour of the week – {variant}",
    "caption.heat_map": (
        "When the legevakt ({stations}) is contacted in {variant}: dark is quiet, light is busy; "
        "mean over replications."
    ),
    "caption.waits": (
        "Legevakt waiting time by urgency for each plan; the whiskers are 95 % confidence "
        "intervals."
    ),
    "urgency.red": "red",
    "urgency.orange": "orange",
    "urgency.yellow": "yellow",
    "urgency.green": "green",
    "beds.capacity": "{beds} beds",
    "caption.occupancy": (
        "Occupied beds day by day in {variant}: the line is the mean, the band spans the {low}th "
        "to {high}th percentile over replications, the dashed line is the number of beds."
    ),
    "caption.transfers": "Transfers to hospital per plan, with 95 % confidence intervals.",
    "caption.map": (
        "Schematic map of {variant}: settlements (sized by population), offices, legevakt, beds "
        "and hospitals; lines are travel links with minutes (dashed: ferry)."
    ),
    "map.minutes": "{minutes} min",
    "map.settlement": "settlement",
    "map.office": "GP office",
    "map.branch_office": "branch office",
    "map.legevakt": "legevakt",
    "map.beds": "KAD/sykestue",
    "map.hospital": "hospital",
    "map.off_map": "{name} (off the map)",
    "network.intro": (
        "Who works with whom: physicians, offices, municipalities, legevakt, bed units, "
        "collaborations, the hospital trust and NAV are points; a line is a standing tie, drawn "
        "by its kind: cooperation, coordination or collaboration (the KS/Norut report), or "
        "within one organisation."
    ),
    "caption.network": (
        "The coordination network of {variant}: {nodes} points and {edges} links "
        "(density {density})."
    ),
    "network.bridging": "Physicians who hold the network together (betweenness centrality): "
    "{names}.",
    "network.bridge": "{name} ({betweenness})",
    "network.cut_vertex": ", without whom the network falls apart",
    "node.municipality": "municipality",
    "node.office": "GP office",
    "node.physician": "physician",
    "node.kommuneoverlege": "kommuneoverlege role",
    "node.legevakt": "legevakt",
    "node.kad": "KAD",
    "node.sykestue": "sykestue",
    "node.collaboration": "collaboration",
    "node.hospital_trust": "hospital trust",
    "node.nav": "NAV",
    "relation.hierarchy": "within one organisation",
    "relation.cooperation": "cooperation",
    "relation.coordination": "coordination",
    "relation.collaboration": "collaboration",
    "findings.intro": (
        "{groups} rule findings (rule and plan) over {n} replications; breaches first."
    ),
    "findings.more": "{rest} more findings are in findings.csv.",
    "findings.more_subjects": " and {rest} more",
    "findings.measured": "{measured} / {limit} {unit}",
    "findings.unverified": "This rule version is not fully verified.",
    "severity.breach": "Breach",
    "severity.warning": "Warning",
    "severity.info": "Information",
    "rulekind.law": "law/regulation",
    "rulekind.tariff_agreement": "agreement",
    "rulekind.guidance": "guidance",
    "rulekind.non_binding_target": "non-binding target",
    "rulekind.local_policy": "local policy",
    "absent.kpis": "The results hold no key figures.",
    "absent.differences": "Only one plan was simulated, so there are no differences to show.",
    "absent.workload": "The results hold no figures per physician.",
    "absent.on_call": "The results hold no legevakt hours per physician.",
    "absent.per_month": "The results hold no figures for shifts and nights per month.",
    "absent.gp_week": "The results hold no weekly hours of the GPs.",
    "gp_week.title": "The GPs' working week against the 2018 time-use survey",
    "gp_week.survey": "Survey 2018",
    "gp_week.mean": "Mean",
    "gp_week.median": "Median",
    "gp_week.p75": "Upper quartile",
    "gp_week.share_above_48h": "Share of GPs above 48 h",
    "gp_week.share_above_60h": "Share of GPs above 60 h",
    "caption.gp_week": (
        "Hours per ordinary working week (vacation weeks left out) of the GPs in each plan, "
        "passive on-call time weighted as the plan says, against 1 876 GPs in 2018 (Morken et "
        "al. 2019); dashed: 48 hours."
    ),
    "absent.arrivals": "The results of {variant} hold no legevakt contacts by hour.",
    "absent.waits": "The results hold no waiting times by urgency for the whole region.",
    "absent.occupancy": "The results of {variant} hold no daily bed occupancy.",
    "absent.transfers": "The results hold no transfers to hospital for the whole region.",
    "absent.map": "The scenario {variant} has too few places with coordinates for a map.",
    "absent.network": "The scenario {variant} has no coordination links.",
    "absent.findings": "No rule findings in the simulated replications.",
    "absent.variants": "The maps and per-plan charts show the first {count} plans.",
    "shift.hours": "+{hours} h",
    "days.all": "every day",
    "days.workdays": "Mon–Fri",
    "day.mon": "Mon",
    "day.tue": "Tue",
    "day.wed": "Wed",
    "day.thu": "Thu",
    "day.fri": "Fri",
    "day.sat": "Sat",
    "day.sun": "Sun",
    "mode.on_site": "on site",
    "mode.home_call": "home call",
    "mode.backup": "backup",
    "cover.dedicated": "a dedicated doctor",
    "cover.legevakt": "the legevakt doctor",
    "cover.gp_on_duty": "the GPs in turn",
    "contact.nurse_phone": "nurse phone advice",
    "contact.doctor_phone": "doctor phone advice",
    "contact.station_consultation": "station consultation",
    "contact.home_visit": "home visit",
    "contact.red_response": "red response",
    "passive.aml_one_seventh": "at least 1/7 (Working Environment Act § 10-4 (3))",
    "passive.sfs2305_classes": "on-call class by active minutes per hour (SFS 2305 § 8.3)",
    "passive.one_quarter": "1/4 (Norwegian Medical Association's demand 2020)",
    "passive.custom": "a custom factor",
} | {f"word.{w}": text for w, text in _WORDS_EN.items()}

CATALOGUES = {
    "nb": NB | i18n_summary.NB | i18n_commands.NB,
    "en": EN | i18n_summary.EN | i18n_commands.EN,
}


class UnknownLanguage(InputError, ValueError):
    """A language without a catalogue: bad input (`--lang`; a scenario's `lang` is checked by
    its schema), refused like any other with exit 2."""


@dataclass(frozen=True)
class Translator:
    lang: str

    def __post_init__(self) -> None:
        if self.lang not in CATALOGUES:
            raise UnknownLanguage(
                f"--lang: unknown language '{self.lang}'; use one of {', '.join(LANGUAGES)}"
            )

    def __call__(self, key: str, **values: object) -> str:
        return CATALOGUES[self.lang][key].format(**values)

    def has(self, key: str) -> bool:
        return key in CATALOGUES[self.lang]

    def said(self, sentence: Sentence) -> str:
        """A library's sentence in this language (a value given per language, as
        {language: text}, in this one)."""
        values = sentence.values.items()
        return self(
            sentence.key, **{k: v[self.lang] if isinstance(v, Mapping) else v for k, v in values}
        )

    def word(self, word: str) -> str:
        """One word of a KPI name; an unknown word is shown as it is."""
        return CATALOGUES[self.lang].get(f"word.{word}", word)

    def phrase(self, words: list[str]) -> str:
        """Words of a KPI name, taking the longest known phrase first (`on_call` → "vakt",
        not "på vakt"); unknown words are shown as they are."""
        out, i = [], 0
        while i < len(words):
            for size in range(min(PHRASE_WORDS, len(words) - i), 0, -1):
                key = f"word.{'_'.join(words[i : i + size])}"
                if key in CATALOGUES[self.lang] or size == 1:
                    out.append(CATALOGUES[self.lang].get(key, words[i]))
                    i += size
                    break
        return " ".join(out)

    def number(self, value: float, digits: int = 1) -> str:
        """Grouped digits and the decimal mark of the language; – for a missing value."""
        if math.isnan(value):
            return "–"
        if math.isinf(value):
            return "∞" if value > 0 else "−∞"
        text = f"{value:,.{digits}f}"
        if self.lang == "nb":
            text = text.replace(",", "\u00a0").replace(".", ",")
        return text.replace("-", "−")

    def join(self, names: list[str]) -> str:
        """`a, b og c` in the language."""
        if len(names) < 2:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self('and')} {names[-1]}"

    def integer(self, value: int) -> str:
        return self.number(value, 0)
