"""Bokmål for every field description of the scenario schema, keyed by the English text the
schema carries (docs/scenario.schema.json), so that the app shows a form wholly in one
language. tests/unit/test_field_texts.py walks the whole schema: a field without an English
description or without its bokmål here fails it, and so does an entry no field uses."""

from __future__ import annotations

DESCRIPTIONS_NB: dict[str, str] = {
    # the sections of a scenario file
    "Title, period and seed of the plan.": "Tittel, periode og frø for planen.",
    "The municipalities of the plan.": "Kommunene i planen.",
    "Places: settlements, offices, stations, hospitals, quays.": (
        "Steder: tettsteder, legekontor, legevaktstasjoner, sykehus og kaier."
    ),
    "How travel times between places are found.": "Hvordan reisetiden mellom steder finnes.",
    "GP offices.": "Legekontor.",
    "The physicians.": "Legene.",
    "Legevakt stations and their rotas.": "Legevaktstasjoner og turnusene deres.",
    "KAD units (kommunale akutte døgnplasser).": "KAD-enheter (kommunale akutte døgnplasser).",
    "Sykestuer (small bed units in remote areas).": (
        "Sykestuer (små sengeposter i grisgrendte strøk)."
    ),
    "Collaboration models from the idealtype library.": (
        "Samarbeidsmodeller fra idealtypebiblioteket."
    ),
    "How many patients come, and when.": "Hvor mange pasienter som kommer, og når.",
    "Prices and wages the costs are computed from.": "Priser og lønn som kostnadene regnes ut fra.",
    "Rules the rotas must keep.": "Regler turnusene må holde.",
    "Base files merged under this one (paths relative to this file).": (
        "Grunnfiler som flettes inn under denne (stier relative til denne filen)."
    ),
    # shared building blocks
    "Identifier: lower-case letters, digits, '-' and '_' (a slug).": (
        "Id: små bokstaver, sifre, «-» og «_»."
    ),
    "Name shown in the report.": "Navnet som vises i rapporten.",
    "Time of day, HH:MM.": "Klokkeslett, TT:MM.",
    "First day.": "Første dag.",
    "Last day; open means no end.": "Siste dag; tom betyr uten slutt.",
    # municipalities and places
    "First age in the band (inclusive).": "Laveste alder i gruppen (med).",
    "Age the band ends before (exclusive).": "Alderen gruppen slutter før (ikke med).",
    "Inhabitants in the band.": "Innbyggere i gruppen.",
    "Four-digit kommunenummer (SSB KLASS 131).": "Firesifret kommunenummer (SSB KLASS 131).",
    "Name of the municipality.": "Kommunens navn.",
    "Inhabitants.": "Innbyggere.",
    "Optional split of the population by age.": "Valgfri fordeling av folketallet etter alder.",
    "Where the inhabitants live; empty means one settlement at the centre place.": (
        "Hvor innbyggerne bor; tom betyr ett tettsted i kommunesenteret."
    ),
    "The administrative centre; default settlement when none are given.": (
        "Kommunesenteret; tettstedet som brukes når ingen er oppgitt."
    ),
    "The place of the settlement.": "Tettstedets sted.",
    "Share of the population.": "Andel av folketallet.",
    "Name of the place.": "Stedets navn.",
    "Latitude, WGS84 degrees.": "Breddegrad, WGS84-grader.",
    "Longitude, WGS84 degrees.": "Lengdegrad, WGS84-grader.",
    "The municipality the place lies in.": "Kommunen stedet ligger i.",
    "What the place is (settlement, office, legevakt, hospital, ...).": (
        "Hva stedet er (tettsted, legekontor, legevakt, sykehus, …)."
    ),
    # travel
    "Place the link starts at.": "Stedet forbindelsen begynner.",
    "Place the link ends at.": "Stedet forbindelsen slutter.",
    "road or ferry.": "vei (road) eller ferge (ferry).",
    "Travel time in minutes.": "Reisetid i minutter.",
    "Distance in km.": "Avstand i km.",
    "Ferry departures per day (between 06 and 24); adds half the interval.": (
        "Fergeavganger per døgn (mellom 06 og 24); legger til halve intervallet."
    ),
    "Average road speed (km/h) for legs estimated from coordinates.": (
        "Gjennomsnittsfart på vei (km/t) for strekninger anslått fra koordinater."
    ),
    "Road km per great-circle km for legs estimated from coordinates.": (
        "Veikilometer per luftlinjekilometer for strekninger anslått fra koordinater."
    ),
    "Effective ferry speed incl. waiting (km/h); SSB drive-time method (S68).": (
        "Effektiv fergefart medregnet venting (km/t); SSBs metode for kjøretid (S68)."
    ),
    "`nearest`: places without explicit links are joined to their nearest neighbours by "
    "estimated road legs; `links_only`: only the listed links exist.": (
        "`nearest`: steder uten oppgitte forbindelser knyttes til sine nærmeste naboer med "
        "anslåtte veistrekninger; `links_only`: bare de oppgitte forbindelsene finnes."
    ),
    "Road and ferry links between places.": "Vei- og fergeforbindelser mellom steder.",
    # offices
    "Name of the office.": "Legekontorets navn.",
    "Where the office is.": "Hvor legekontoret ligger.",
    "The municipality of the office.": "Kommunen legekontoret ligger i.",
    "municipal or private.": "kommunalt (municipal) eller privat (private).",
    "Opening days and hours.": "Åpningsdager og åpningstid.",
    "Opening days.": "Åpningsdager.",
    "Makes this a branch office (utekontor) staffed from the main office.": (
        "Gjør dette til et utekontor som bemannes fra hovedkontoret."
    ),
    "Admin staff FTE: answer the phone (fastlegeforskriften § 16), support the GPs' patient "
    "work and, with the time left, take over the owners' work; default 0.6 per GP with a list "
    "at the office (an estimate).": (
        "Årsverk for merkantilt personale: svarer telefonen (fastlegeforskriften § 16), "
        "støtter legenes pasientarbeid og tar med resten av tiden over eiernes arbeid; "
        "standard 0,6 per fastlege med liste ved kontoret (et anslag)."
    ),
    "ISO weeks a branch office is closed (Senjalegen closes branches in summer).": (
        "ISO-uker et utekontor er stengt (Senjalegen stenger utekontorene om sommeren)."
    ),
    # physicians
    "Name shown in the report and calendars.": "Navnet som vises i rapporten og kalenderne.",
    "Home office; none for e.g. hospital staff.": "Eget legekontor; ingen for f.eks. sykehusleger.",
    "gp, lis1, locum, kommuneoverlege, nursing_home, legevakt or hospital.": (
        "fastlege (gp), lis1, vikar (locum), kommuneoverlege, sykehjemslege (nursing_home), "
        "legevaktlege (legevakt) eller sykehuslege (hospital)."
    ),
    "self_employed (næringsdrivende) or employed.": (
        "næringsdrivende (self_employed) eller fastlønnet (employed)."
    ),
    "Age in whole years.": "Alder i hele år.",
    "Optional; makes age-based rules change exactly at the birthday.": (
        "Valgfri; gjør at aldersbaserte regler slår inn nøyaktig på fødselsdagen."
    ),
    "f or m.": "f (kvinne) eller m (mann).",
    "Full-time equivalents, (0, 1.2].": "Stillingsandel i årsverk, (0, 1,2].",
    "Patients on the GP list.": "Pasienter på fastlegelisten.",
    "Agreed ceiling of the list; none: no ceiling.": "Avtalt listetak; ingen: uten listetak.",
    "A ceiling below 500 is agreed with the kommune (fastlegeforskriften § 10).": (
        "Et listetak under 500 er avtalt med kommunen (fastlegeforskriften § 10)."
    ),
    "Where the listed patients live; default: the office's municipality.": (
        "Hvor listepasientene bor; standard: kontorets kommune."
    ),
    "Share of the listed patients living in each municipality, for a GP who serves a branch "
    "office in another municipality; empty: all in list_municipality.": (
        "Andelen av listepasientene som bor i hver kommune, for en fastlege som betjener et "
        "utekontor i en annen kommune; tom: alle i list_municipality."
    ),
    "Days at branch offices of the home office.": "Dager ved utekontorene til eget legekontor.",
    "The branch office.": "Utekontoret.",
    "Weekdays at the branch office.": "Ukedager ved utekontoret.",
    "Public duties (offentlige allmennlegeoppgaver).": "Offentlige allmennlegeoppgaver.",
    "e.g. nursing_home, health_station, school_health, prison.": (
        "f.eks. nursing_home (sykehjem), health_station (helsestasjon), school_health "
        "(skolehelsetjeneste), prison (fengsel)."
    ),
    "Hours a week.": "Timer i uken.",
    "Where the duty is done.": "Hvor oppgaven utføres.",
    "Weekdays the duty is done; empty spreads it evenly.": (
        "Ukedager oppgaven utføres; tom fordeler den jevnt."
    ),
    "Kommuneoverlege shares held.": "Andeler av kommuneoverlegestilling.",
    "The municipality served.": "Kommunen som betjenes.",
    "Share of a full-time position.": "Andel av en hel stilling.",
    "Legevakt rotas the doctor is in; empty: decided by the legevakt's pool rule.": (
        "Legevaktturnusene legen går i; tom: avgjøres av legevaktens pool_rule."
    ),
    "Exemptions from legevakt.": "Fritak fra legevakt.",
    "The ground for the exemption.": "Grunnlaget for fritaket.",
    "When it applies; open means always.": "Når det gjelder; tom betyr alltid.",
    "For discretionary grounds (health, social): has the kommune granted it.": (
        "For skjønnsmessige grunner (helse, sosiale forhold): har kommunen innvilget det."
    ),
    "Takes legevakt despite a right to exemption (fastlegeforskriften § 33).": (
        "Tar legevakt til tross for rett til fritak (fastlegeforskriften § 33)."
    ),
    "Qualifications for working alone on legevakt.": "Kompetanse for å ha legevakt alene.",
    "Specialist in general practice.": "Spesialist i allmennmedisin.",
    "In specialist training in general practice.": "I spesialistutdanning i allmennmedisin.",
    "Approved allmennlege (older approval).": "Godkjent allmennlege (eldre godkjenning).",
    "Has completed LIS1.": "Har fullført LIS1.",
    "Acute-medicine and violence/abuse courses (akuttmedisinforskriften § 8).": (
        "Kurs i akuttmedisin og i volds- og overgrepshåndtering (akuttmedisinforskriften § 8)."
    ),
    "Where the doctor lives (home-call travel).": "Hvor legen bor (reise ved hjemmevakt).",
    "Weeks of vacation per year (ferieloven 4 weeks + 1 by agreement).": (
        "Ferieuker per år (ferieloven 4 uker + 1 etter avtale)."
    ),
    "Other regular non-clinical work (admin, PKO) in hours per week.": (
        "Annet fast ikke-klinisk arbeid (administrasjon, PKO) i timer per uke."
    ),
    # legevakt
    "The place of the legevakt station.": "Stedet der legevaktstasjonen ligger.",
    "The municipalities the legevakt serves.": "Kommunene legevakten betjener.",
    "Vertskommune; default: the first.": "Vertskommune; standard: den første.",
    "Who takes acute demand in office hours: gp_offices or legevakt.": (
        "Hvem som tar øyeblikkelig hjelp i kontortiden: legekontorene (gp_offices) eller "
        "legevakten (legevakt)."
    ),
    "The shift templates of the rota.": "Vaktmalene i turnusen.",
    "The legevaktsentral (116 117) answering calls.": (
        "Legevaktsentralen (116 117) som svarer på telefoner."
    ),
    "Nurses answering calls at any time; 0 routes calls to the doctor on duty.": (
        "Sykepleiere som svarer på telefoner til enhver tid; 0 sender samtalene til vakthavende "
        "lege."
    ),
    "Mean call-handling time (minutes); an estimate, no national figure.": (
        "Gjennomsnittlig samtaletid (minutter); et anslag, uten nasjonalt tall."
    ),
    "Call-outs with the ambulance and home visits.": "Utrykning med ambulanse og sykebesøk.",
    "Share of red responses that start with a doctor call-out with the ambulance; Zakariassen "
    "et al. 2009 (S57).": (
        "Andelen røde responser der legen rykker ut med ambulansen; Zakariassen mfl. 2009 (S57)."
    ),
    "Ambulance at the station; descriptive: the engine does not simulate the ambulance, so it "
    "changes no result.": (
        "Ambulansen holder til ved stasjonen; beskrivende: motoren simulerer ikke ambulansen, "
        "så feltet endrer ikke resultatet."
    ),
    "Minutes at the scene of an emergency call-out.": "Minutter på stedet ved en utrykning.",
    "Minutes a home visit takes on the spot.": "Minutter et sykebesøk tar på stedet.",
    "Video conference (VAKe) with the hospital.": "Videokonferanse (VAKe) med sykehuset.",
    "Physicians in the rota; empty: decided by pool_rule.": (
        "Legene i turnusen; tom: avgjøres av pool_rule."
    ),
    "Who is in the rota when pool is empty: served_gps or listed.": (
        "Hvem som går i turnusen når pool er tom: fastlegene i kommunene som betjenes "
        "(served_gps) eller legene som har oppgitt legevakten (listed)."
    ),
    "A rota CSV (relative to the scenario file); none means generated.": (
        "En turnus som CSV (relativt til scenariofilen); ingen betyr at den lages."
    ),
    "Cost of a nurse hour, NOK; none: the costs section's.": (
        "Kostnad per sykepleiertime, kr; ingen: den i costs."
    ),
    "What fills a shift the pool cannot staff.": (
        "Hva som dekker en vakt turnusen ikke kan bemanne."
    ),
    "`locum` (hired doctors under the same rest rules), `neighbour` (the `neighbour` legevakt "
    "takes the shift) or `unstaffed` (the bare gap, a breach).": (
        "`locum` (innleide vikarer under de samme hvilereglene), `neighbour` "
        "(`neighbour`-legevakten tar vakten) eller `unstaffed` (hullet står åpent, et brudd)."
    ),
    "The legevakt that takes the shifts with `gaps: neighbour`.": (
        "Legevakten som tar vaktene med `gaps: neighbour`."
    ),
    "Price of a locum per shift of up to 24 h (agency, VG 2017; an estimate).": (
        "Pris for en vikar per vakt på inntil 24 t (byrå, VG 2017; et anslag)."
    ),
    "Weekdays the shift runs.": "Ukedagene vakten går.",
    "When the shift ends (HH:MM); or give hours.": "Når vakten slutter (TT:MM); eller oppgi hours.",
    "Length in hours, instead of `end` (e.g. 24 for a day-and-night shift, 168 for a week of "
    "home call).": (
        "Lengde i timer, i stedet for `end` (f.eks. 24 for en døgnvakt, 168 for en uke med "
        "hjemmevakt)."
    ),
    "on_site, home_call or backup (bakvakt).": (
        "på stasjonen (on_site), hjemmevakt (home_call) eller bakvakt (backup)."
    ),
    "Doctors on the shift.": "Leger på vakten.",
    "Nurses on the shift.": "Sykepleiere på vakten.",
    "`replaced`: GPs take turns on the shift instead of their office hours (a daytime "
    "legevakt); `kept`: on call from the office (a bakvakt carried alongside office work; not "
    "for on-site shifts).": (
        "`replaced`: fastlegene tar vakten etter tur i stedet for kontortiden (dagtidslegevakt); "
        "`kept`: på vakt fra kontoret (en bakvakt ved siden av kontorarbeidet; ikke for vakter "
        "på stasjonen)."
    ),
    # KAD and sykestuer
    "Where the unit is.": "Hvor enheten ligger.",
    "Number of beds.": "Antall senger.",
    "The municipalities whose patients it takes.": "Kommunene den tar imot pasienter fra.",
    "The municipality that runs the unit.": "Kommunen som driver enheten.",
    "Who sees the patients: dedicated, legevakt or gp_on_duty.": (
        "Hvem som tilser pasientene: egen lege (dedicated), legevaktlegen (legevakt) eller "
        "fastlegene etter tur (gp_on_duty)."
    ),
    "The doctor for `cover: dedicated`.": "Legen ved `cover: dedicated`.",
    "The legevakt for `cover: legevakt`.": "Legevakten ved `cover: legevakt`.",
    "Admissions per 1 000 inhabitants per year; default from the demand profile (5.2, "
    "Helsedirektoratet ØHD status 2022, S78).": (
        "Innleggelser per 1 000 innbyggere per år; standard fra etterspørselsprofilen (5,2, "
        "Helsedirektoratet ØHD-status 2022, S78)."
    ),
    "How long patients stay, in days.": "Hvor lenge pasientene blir liggende, i døgn.",
    "Median length of stay; five municipal acute wards 2014–20 (S80).": (
        "Median liggetid; fem kommunale akuttavdelinger 2014–20 (S80)."
    ),
    "Spread of log length of stay; an estimate giving a mean of about 3.6 d.": (
        "Spredning i logaritmen av liggetiden; et anslag som gir et snitt på om lag 3,6 døgn."
    ),
    "Examination and admission note; an estimate (no national figure).": (
        "Undersøkelse og innkomstjournal; et anslag (uten nasjonalt tall)."
    ),
    "Daily round per patient; an estimate (no national figure).": (
        "Daglig visitt per pasient; et anslag (uten nasjonalt tall)."
    ),
    "Cost per occupied bed day, NOK; none: the costs section's.": (
        "Kostnad per belagt liggedøgn, kr; ingen: den i costs."
    ),
    "Also takes mental health and substance use patients (duty from 2017-01-01); the guidance "
    "builds this on the somatic units (S40).": (
        "Tar også imot pasienter innen psykisk helse og rus (plikt fra 2017-01-01); veilederen "
        "bygger dette på de somatiske enhetene (S40)."
    ),
    "Doctor-run (requires a salaried GP; KS/Norut report 3.6).": (
        "Legedrevet (krever en fastlønnet lege; KS/Norut-rapporten 3.6)."
    ),
    "Takes palliative patients.": "Tar imot palliative pasienter.",
    "Gives chemotherapy.": "Gir cellegift.",
    "Chemotherapy treatments given per year.": "Cellegiftbehandlinger per år.",
    "Hospital bed-days a local treatment saves; 1–2 in the report (3.7).": (
        "Liggedøgn i sykehus en lokal behandling sparer; 1–2 i rapporten (3.7)."
    ),
    "e.g. 'Lindring i Nord (UNN)' for palliative care (report 3.7).": (
        "f.eks. «Lindring i Nord (UNN)» for palliasjon (rapporten 3.7)."
    ),
    # demand
    "Named demand profile shipped with samsim.": (
        "Navngitt etterspørselsprofil som følger med samsim."
    ),
    "Legevakt contacts by kind; none: from the profile.": (
        "Legevaktkontakter etter type; ingen: fra profilen."
    ),
    "Nurse phone contacts per 1 000 inhabitants a year.": (
        "Telefonkontakter med sykepleier per 1 000 innbyggere per år."
    ),
    "Doctor phone contacts per 1 000 inhabitants a year.": (
        "Telefonkontakter med lege per 1 000 innbyggere per år."
    ),
    "Station consultations per 1 000 inhabitants a year.": (
        "Konsultasjoner på legevaktstasjonen per 1 000 innbyggere per år."
    ),
    "Home visits per 1 000 inhabitants a year.": "Sykebesøk per 1 000 innbyggere per år.",
    "Red responses per 1 000 inhabitants a year.": "Røde responser per 1 000 innbyggere per år.",
    "E-consultations per 1 000 inhabitants a year.": (
        "E-konsultasjoner per 1 000 innbyggere per år."
    ),
    "168 relative weights, Monday 00–01 first; replaces the profile's shape.": (
        "168 relative vekter, mandag 00–01 først; erstatter profilens fordeling over uken."
    ),
    "Demand on public holidays relative to a Sunday.": (
        "Etterspørselen på helligdager i forhold til en søndag."
    ),
    "Distance (km) at which face-to-face rates halve (43 km, S67).": (
        "Avstanden (km) der ratene for oppmøte halveres (43 km, S67)."
    ),
    "GP consultations per listed person per year (3.0 in 2023, S46).": (
        "Fastlegekonsultasjoner per listeinnbygger per år (3,0 i 2023, S46)."
    ),
    "Share of GP consultations wanted the same day.": (
        "Andelen fastlegekonsultasjoner som trengs samme dag."
    ),
    "KAD admissions per 1 000 inhabitants a year.": "KAD-innleggelser per 1 000 innbyggere per år.",
    # costs
    "Municipal GP work per hour, specialists, from 2024-07-01 (ASA 4310).": (
        "Kommunalt legearbeid per time, spesialister, fra 2024-07-01 (ASA 4310)."
    ),
    "Salaried GP cost per FTE-year incl. social costs; an estimate.": (
        "Kostnad for en fastlønnet fastlege per årsverk medregnet sosiale kostnader; et anslag."
    ),
    "Active legevakt hour, district I, 2021 (SFS 2305 § 9.1; layout unverified).": (
        "Aktiv legevakttime, distrikt I, 2021 (SFS 2305 § 9.1; oppsettet er ikke bekreftet)."
    ),
    "On-call allowance per hour by on-call class, weekdays 2021 (SFS 2305 § 8.3).": (
        "Vaktgodtgjøring per time etter vaktklasse, hverdager 2021 (SFS 2305 § 8.3)."
    ),
    "Bakvakt allowance per hour, weekdays 2021 (SFS 2305 § 8.5).": (
        "Bakvaktgodtgjøring per time, hverdager 2021 (SFS 2305 § 8.5)."
    ),
    "Nurse hour incl. social costs; est.": "Sykepleiertime medregnet sosiale kostnader; anslag.",
    "Car cost per km; an estimate.": "Bilkostnad per km; et anslag.",
    "KAD bed-day; an estimate.": "KAD-liggedøgn; et anslag.",
    "Hospital bed-day; estimate. Descriptive: bed-days avoided are reported in days, not priced.": (
        "Liggedøgn i sykehus; anslag. Beskrivende: sparte liggedøgn rapporteres i døgn, ikke "
        "i kroner."
    ),
    "Ambulance transfer; estimate.": "Ambulansetransport; anslag.",
    # policy
    "At most one legevakt shift in any N days for each doctor.": (
        "Høyst én legevaktvakt i løpet av N dager for hver lege."
    ),
    "Most night shifts a doctor takes per calendar month.": (
        "Høyst så mange nattevakter per kalendermåned for hver lege."
    ),
    "May a doctor work on-site night shifts on two days in a row? Common practice says no (a "
    "night awake on site, then the next night again); home call is not limited, so home-call "
    "weeks stay possible.": (
        "Kan en lege ha nattevakt på stasjonen to døgn på rad? Vanlig praksis sier nei (en "
        "våken natt på stasjonen, så neste natt igjen); hjemmevakt begrenses ikke, så "
        "hjemmevaktuker er fortsatt mulige."
    ),
    "May a doctor have legevakt shifts on two weekends in a row? False spreads them (at most "
    "every other weekend); fairness already evens their count.": (
        "Kan en lege ha legevakt to helger på rad? False sprer dem (høyst annenhver helg); "
        "rettferdig fordeling jevner allerede ut antallet."
    ),
    "At most N days in a row with a legevakt shift for each doctor (none: no limit beyond "
    "rest and frequency, so home-call weeks stay possible).": (
        "Høyst N dager på rad med legevakt for hver lege (ingen: ingen grense utover hvile og "
        "hyppighet, så hjemmevaktuker er fortsatt mulige)."
    ),
    "Hours off between two work periods (SFS 2305 § 7.4 main rule).": (
        "Timer fri mellom to arbeidsperioder (SFS 2305 § 7.4, hovedregelen)."
    ),
    "How passive on-call hours count as work.": "Hvordan passive vakttimer regnes som arbeidstid.",
    "The factor for `custom` weighting.": "Faktoren ved `custom`-vekting.",
    "Report aml ch. 10 limits on legevakt as breaches (local policy).": (
        "Rapporter grensene i aml. kap. 10 for legevakt som brudd (lokal praksis)."
    ),
    # scenario
    "Title of the plan.": "Planens tittel.",
    "What the plan is about.": "Hva planen handler om.",
    "A Monday; engine time 0 is 00:00 that day.": (
        "En mandag; motorens tid 0 er kl. 00:00 den dagen."
    ),
    "Horizon after warm-up.": "Antall uker etter innkjøringen.",
    "Weeks simulated before the results are counted.": (
        "Uker som simuleres før resultatene telles."
    ),
    "Seed of the random numbers: same seed, same result.": (
        "Frø for tilfeldige tall: samme frø, samme resultat."
    ),
    "Which version of each rule applies; default: start_date.": (
        "Hvilken versjon av hver regel som gjelder; standard: start_date."
    ),
    "Language of the report: nb or en.": "Rapportens språk: nb eller en.",
    # collaborations
    "Vertskommune, where there is one.": "Vertskommune, der det er en.",
    "Participating municipalities besides the host.": (
        "Deltakende kommuner i tillegg til vertskommunen."
    ),
    "How the costs are split: population, equal or host_pays.": (
        "Hvordan kostnadene deles: etter folketall (population), likt (equal) eller "
        "vertskommunen betaler (host_pays)."
    ),
    "The preset in models/ this instance was made from (e.g. weekly_interdisciplinary_meeting); "
    "its values are the defaults of this instance.": (
        "Forhåndsinnstillingen i models/ denne er laget fra (f.eks. "
        "weekly_interdisciplinary_meeting); verdiene der er standardverdiene her."
    ),
    "The idealtype, or a preset of it from the library (models/).": (
        "Idealtypen, eller en forhåndsinnstilling av den fra biblioteket (models/)."
    ),
    "These physicians attend.": "Disse legene deltar.",
    "All physicians with these roles attend.": "Alle leger med disse rollene deltar.",
    "All GPs of these municipalities attend.": "Alle fastleger i disse kommunene deltar.",
    "Place the team travels from.": "Stedet teamet reiser fra.",
    "The team's advisory GP.": "Teamets ressursfastlege.",
    "Hours a week of the team's resource GP.": "Timer i uken for teamets ressursfastlege.",
    "Team visits to member municipalities; an estimate (not in the report).": (
        "Teamets besøk i medlemskommunene; et anslag (ikke i rapporten)."
    ),
    "Time of the patient's GP per team visit; an estimate.": (
        "Tiden pasientens fastlege bruker per teambesøk; et anslag."
    ),
    "People going on each visit.": "Personer som drar på hvert besøk.",
    "The municipalities pay the team's travel (2.5); a hospital-trust team's travel is the "
    "trust's (3.1, 3.2).": (
        "Kommunene betaler teamets reiser (2.5); reisene til et team fra helseforetaket betaler "
        "helseforetaket (3.1, 3.2)."
    ),
    "The main office whose GPs staff the branches.": (
        "Hovedkontoret der fastlegene som bemanner utekontorene, holder til."
    ),
    "The branch offices it serves.": "Utekontorene det betjener.",
    "GPs who serve the branches; empty: the salaried GPs at the main office.": (
        "Fastlegene som betjener utekontorene; tom: de fastlønnede fastlegene ved hovedkontoret."
    ),
    "Days a week each GP spends at a branch office; 1–2 in the report.": (
        "Dager i uken hver fastlege er ved et utekontor; 1–2 i rapporten."
    ),
    "Supplement per branch-office GP (report 2.1).": (
        "Tillegg per fastlege ved utekontor (rapporten 2.1)."
    ),
    "Rental cars (report 2.1).": "Leiebiler (rapporten 2.1).",
    "Rental per car and year; an estimate.": "Leie per bil og år; et anslag.",
    "e.g. diabetes, dementia, lifestyle.": "f.eks. diabetes, demens, livsstil.",
    "Alta: about 600 (2.6).": "Alta: om lag 600 (2.6).",
    "Follow-up consultations per patient per year.": (
        "Oppfølgingskonsultasjoner per pasient per år."
    ),
    "Share of follow-up consultations the nurses take over; an estimate.": (
        "Andelen oppfølgingskonsultasjoner sykepleierne tar over; et anslag."
    ),
    "Alta: 0.8 (2.6).": "Alta: 0,8 (2.6).",
    "The GP responsible for the team.": "Fastlegen som har ansvaret for teamet.",
    "The medically responsible GP's time, about 2 h/week (2.6).": (
        "Tiden til den medisinskfaglig ansvarlige fastlegen, om lag 2 t/uke (2.6)."
    ),
    "Weeks between meetings: 1 for the onsdagsmøte, 13 for the ALU.": (
        "Uker mellom møtene: 1 for onsdagsmøtet, 13 for ALU."
    ),
    "Minutes per meeting; 'just under 45' for the onsdagsmøte (2.10).": (
        "Minutter per møte; «i underkant av 45» for onsdagsmøtet (2.10)."
    ),
    "Day of the week of the meetings.": "Ukedagen møtene holdes.",
    "daytime takes office time; evening adds hours after it.": (
        "daytime tar av kontortiden; evening legger til timer etter den."
    ),
    "Attendance is required.": "Oppmøte er påkrevd.",
    "About 0.5 for Stavanger's ALU (2.4).": "Om lag 0,5 for ALU i Stavanger (2.4).",
    "Who attends the meetings.": "Hvem som deltar på møtene.",
    "Meetings with the kommune count within the 7.5 h (fastlegeforskriften § 32).": (
        "Møter med kommunen teller innenfor de 7,5 timene (fastlegeforskriften § 32)."
    ),
    "Weeks between sessions per participant: 6 in Bjarkøy, 52 in Alta.": (
        "Uker mellom øktene for hver deltaker: 6 i Bjarkøy, 52 i Alta."
    ),
    "Hours per session: 2 in Bjarkøy, about 5 (one day) in Alta.": (
        "Timer per økt: 2 i Bjarkøy, om lag 5 (én dag) i Alta."
    ),
    "Who takes part in the training.": "Hvem som deltar i treningen.",
    "Trained while on duty (Alta), so the time is taken from legevakt.": (
        "Trener mens de har vakt (Alta), så tiden tas fra legevakten."
    ),
    "Allowance paid to the participants, NOK a year.": "Godtgjøring til deltakerne, kr per år.",
    "The shared legevakt.": "Den felles legevakten.",
    "VAKe video conference with the hospital.": "VAKe-videokonferanse med sykehuset.",
    "Legevakt head position (Nordhordland: 60 %, report 2.15).": (
        "Stilling som legevaktsjef (Nordhordland: 60 %, rapporten 2.15)."
    ),
    "Administrative staff (Nordhordland: 2 FTE, report 2.15).": (
        "Administrativt personale (Nordhordland: 2 årsverk, rapporten 2.15)."
    ),
    "The KAD unit.": "KAD-enheten.",
    "The municipality's own legevakt.": "Kommunens egen legevakt.",
    "shared_position: one shared position; split_among_gps: GPs hold shares.": (
        "shared_position: én felles stilling; split_among_gps: fastlegene har hver sin andel."
    ),
    "The physicians who hold the kommuneoverlege work.": "Legene som har kommuneoverlegearbeidet.",
    "KOL share of each physician: 20 % in Grong–Namsskogan, 30 % in Stavanger.": (
        "Hver leges andel som kommuneoverlege: 20 % i Grong–Namsskogan, 30 % i Stavanger."
    ),
    "Share of the KOL time per municipality; empty: by population.": (
        "Andelen av kommuneoverlegetiden per kommune; tom: etter folketall."
    ),
    "The sykestue.": "Sykestuen.",
    "Hours per week or per event for each attendee.": (
        "Timer per uke eller per hendelse for hver deltaker."
    ),
    "week: hours every week; event: hours per event.": (
        "week: timer hver uke; event: timer per hendelse."
    ),
    "Events per attendee and year; required with `per: event`.": (
        "Hendelser per deltaker og år; påkrevd med `per: event`."
    ),
    "Who spends the time.": "Hvem som bruker tiden.",
    "Where; none: at each attendee's office.": "Hvor; ingen: ved hver deltakers legekontor.",
    "The ledger category the time is charged to.": "Regnskapskategorien tiden føres på.",
    "Counts within the 7.5 h of other municipal tasks (§ 32).": (
        "Teller innenfor de 7,5 timene med andre kommunale oppgaver (§ 32)."
    ),
    # models (their docstrings describe them in the schema)
    "A plan for the physician services of one or more municipalities.": (
        "En plan for legetjenestene i én eller flere kommuner."
    ),
    "Inhabitants in an age band [from_age, to_age).": (
        "Innbyggere i en aldersgruppe [from_age, to_age)."
    ),
    "Who takes part: the listed physicians, or everyone with one of `roles` at an office in\n"
    "`municipalities` (default: the collaboration's host and members).": (
        "Hvem som deltar: legene som er oppført, eller alle med en av rollene i `roles` ved et "
        "legekontor i `municipalities` (standard: samarbeidets vertskommune og medlemmer)."
    ),
    "Legevaktsentral (116 117), staffed by nurses.": (
        "Legevaktsentral (116 117), bemannet med sykepleiere."
    ),
    "Doctor call-outs (utrykning) and home visits (sykebesøk).": (
        "Legens utrykninger og sykebesøk."
    ),
    "What kompetansekravforskriften § 3a asks of a doctor on duty without bakvakt.": (
        "Det kompetansekravforskriften § 3a krever av en lege på vakt uten bakvakt."
    ),
    "Legevakt contacts per 1 000 inhabitants per year; unset values come from the profile.": (
        "Legevaktkontakter per 1 000 innbyggere per år; verdier som ikke er satt, kommer fra "
        "profilen."
    ),
    "Prices in NOK. Defaults cite their source in docs/scenario.md.": (
        "Priser i kroner. Kilden til hver standardverdi står i docs/scenario.md."
    ),
    "Which doctor does the physician work of a bed unit.": (
        "Hvilken lege som gjør legearbeidet ved en sengeenhet."
    ),
    "A closed range of dates; `to` may be left open.": ("Et datointervall; `to` kan stå åpen."),
    "Who takes acute demand in office hours.": "Hvem som tar øyeblikkelig hjelp i kontortiden.",
    "Grounds for exemption from legevakt (fastlegeforskriften 2025 § 33).": (
        "Grunnlag for fritak fra legevakt (fastlegeforskriften 2025 § 33)."
    ),
    "Who takes the shifts the pool cannot staff legally (`staffing.gaps`).": (
        "Hvem som tar vaktene turnusen ikke kan bemanne lovlig (`staffing.gaps`)."
    ),
    "KAD / ø-hjelp døgnopphold (helse- og omsorgstjenesteloven § 3-5 third paragraph).": (
        "KAD / ø-hjelp døgnopphold (helse- og omsorgstjenesteloven § 3-5 tredje ledd)."
    ),
    "Lognormal length of stay, given by its median and the sigma of log-days.": (
        "Lognormal liggetid, gitt ved medianen og sigma for logaritmen av døgnene."
    ),
    "A travel leg between two places, usable in both directions.\n\nGive `minutes` (and "
    "`km`) from a route planner; otherwise they are estimated from the\ncoordinates. A "
    "ferry leg's time is its crossing plus the expected wait: half the interval\nbetween "
    "departures when `departures_per_day` is given, otherwise the crossing at the\n"
    "effective ferry speed (which already includes waiting, as in SSB's drive-time method).": (
        "En reisestrekning mellom to steder, som kan brukes begge veier. Oppgi `minutes` (og "
        "`km`) fra en ruteplanlegger; ellers anslås de fra koordinatene. Tiden for en "
        "fergestrekning er overfarten pluss forventet venting: halve intervallet mellom "
        "avgangene når `departures_per_day` er oppgitt, ellers overfarten med effektiv "
        "fergefart (som alt regner med venting, som i SSBs metode for kjøretid)."
    ),
    "What a shift does to the office days of the doctors who take it.": (
        "Hva en vakt gjør med kontordagene til legene som tar den."
    ),
    "How passive on-call hours count as work; no single legal factor exists (MODEL.md §4).": (
        "Hvordan passive vakttimer regnes som arbeidstid; det finnes ingen felles lovbestemt "
        "faktor (MODEL.md §4)."
    ),
    "Local choices that are not law.": "Lokale valg som ikke er lovpålagt.",
    "Who is in the doctor pool when `pool` does not list the doctors.": (
        "Hvem som går i legeturnusen når `pool` ikke lister opp legene."
    ),
    "Other municipal tasks (andre kommunale oppgaver, fastlegeforskriften § 32).": (
        "Andre kommunale oppgaver (fastlegeforskriften § 32)."
    ),
    "A place where a share of the municipality's inhabitants live (demand originates here).": (
        "Et sted der en andel av kommunens innbyggere bor (etterspørselen oppstår her)."
    ),
    "A shift that starts on each of `days` at `start` and lasts to `end` (or `hours`).\n\n"
    "An `end` at or before `start` ends the next day. Public holidays use the Sunday templates\n"
    "unless `on_holidays` says otherwise.": (
        "En vakt som begynner hver av dagene i `days` kl. `start` og varer til `end` (eller "
        "`hours`). En `end` ved eller før `start` slutter neste dag. Helligdager bruker "
        "søndagsmalene med mindre `on_holidays` sier noe annet."
    ),
    "A small municipal infirmary; may be physician-led and offer palliative care and chemo.": (
        "En liten kommunal sykestue; kan være legedrevet og gi palliasjon og cellegift."
    ),
    # demand by place, nurses, vacations and commuting
    "168 weights for the contacts from a municipality, instead of the shape of its legevakt or "
    "of the scenario (e.g. a tourist municipality's weekends).": (
        "168 vekter for henvendelsene fra en kommune, i stedet for formen til legevakten eller "
        "scenarioet (f.eks. helgene i en turistkommune)."
    ),
    "168 weights for the contacts of a legevakt's municipalities that have no shape of their "
    "own, instead of the scenario's.": (
        "168 vekter for henvendelsene fra de kommunene til en legevakt som ikke har sin egen "
        "form, i stedet for scenarioets."
    ),
    "Largest share of the pool's doctors on vacation in one week (at least one), where samsim "
    "chooses their weeks; an estimate (docs/scenario.md).": (
        "Største andel av legene i vaktlaget som har ferie samme uke (minst én), der samsim "
        "velger ukene; et anslag (docs/scenario.md)."
    ),
    "Legevakter where the doctor stays in the duty flat at the station while on duty: home call "
    "and bakvakt wait there, and the drive from home is made once each way.": (
        "Legevakter der legen bor i vaktleiligheten ved stasjonen mens vakten varer: "
        "hjemmevakt og bakvakt venter der, og kjøreturen hjemmefra gjøres én gang hver vei."
    ),
    "The ISO weeks the doctor is away, as planned; instead of `vacation_weeks` weeks chosen by "
    "samsim, staggered across the office and the legevakt pool.": (
        "ISO-ukene legen er borte, slik de er planlagt; i stedet for at samsim velger "
        "`vacation_weeks` uker, spredt over legekontoret og vaktlaget."
    ),
    "Count the drive between home and the legevakt station at the start and end of a duty as "
    "working time (local agreement; aml § 10-1 does not by default).": (
        "Regn kjøreturen mellom hjemmet og legevaktstasjonen ved starten og slutten av en vakt "
        "som arbeidstid (lokal avtale; aml. § 10-1 gjør det ikke som utgangspunkt)."
    ),
    "Share of the doctor's minutes on an orange or green station consultation that the shift's "
    "nurses take (triage, vital signs, wound care, simple contacts) while `nurses` is at least "
    "1; an estimate, no national figure (docs/engine.md).": (
        "Andelen av legens minutter på en oransje eller grønn konsultasjon på stasjonen som "
        "sykepleierne på vakten tar (triage, vitale tegn, sårstell, enkle henvendelser) når "
        "`nurses` er minst 1; et anslag, uten nasjonalt tall (docs/engine.md)."
    ),
    # legevakt coverage by the hour, pools per shift, bakvakt on demand, long duties
    "When a legevakt serves a municipality: from `start` on each of `days` to `end`.": (
        "Når en legevakt betjener en kommune: fra `start` på hver av dagene i `days` til `end`."
    ),
    "Weekdays the window starts.": "Ukedagene tidsrommet begynner.",
    "At or before `start`: the next day (equal to `start`: 24 hours).": (
        "Ved eller før `start`: neste dag (lik `start`: 24 timer)."
    ),
    "When the legevakt serves a municipality, as time windows per municipality (e.g. only "
    "nights and weekends); a municipality not named here is served at all hours. Public "
    "holidays follow the Sunday windows.": (
        "Når legevakten betjener en kommune, som tidsrom per kommune (f.eks. bare netter og "
        "helger); en kommune som ikke er nevnt her, betjenes hele døgnet. Helligdager følger "
        "søndagens tidsrom."
    ),
    "Some hours are served by no legevakt on purpose (validation refuses such hours otherwise; "
    "`check` still reports them under akuttmedisinforskriften § 6).": (
        "Noen timer betjenes med vilje av ingen legevakt (ellers avviser valideringen slike "
        "timer; `check` melder dem likevel etter akuttmedisinforskriften § 6)."
    ),
    "Whether a shift template starts on a public holiday.": (
        "Om en vaktmal begynner på en helligdag."
    ),
    "Only these doctors of the legevakt's pool may take the shift; empty: any.": (
        "Bare disse legene i legevaktens vaktlag kan ta vakten; tom: alle."
    ),
    "Only doctors of the legevakt's pool whose office is in these municipalities may take the "
    "shift (e.g. a municipality's own evenings, the neighbours' doctors only as bakvakt); "
    "empty: any.": (
        "Bare leger i legevaktens vaktlag med legekontor i disse kommunene kan ta vakten (f.eks. "
        "kommunens egne kvelder, nabokommunenes leger bare som bakvakt); tom: alle."
    ),
    "On a public holiday: `sunday` starts the template if its days include Sunday; `own_days` "
    "on its own days all the same (a week of home call that spans the holiday); `only` on "
    "public holidays only (a template of their own).": (
        "På en helligdag: `sunday` starter malen hvis dagene dens omfatter søndag; `own_days` "
        "på sine egne dager likevel (en uke med hjemmevakt som spenner over helligdagen); "
        "`only` bare på helligdager (en egen mal for dem)."
    ),
    "A bakvakt staffed only on the shifts whose front doctor lacks the competence of "
    "kompetansekravforskriften § 3a, the only ones akuttmedisinforskriften § 7 requires it for "
    "(`mode: backup` only).": (
        "En bakvakt som bemannes bare på vaktene der legen i forvakt mangler kompetansen i "
        "kompetansekravforskriften § 3a, de eneste akuttmedisinforskriften § 7 krever den for "
        "(bare `mode: backup`)."
    ),
}


def description(text: str, lang: str) -> str:
    """A field description of the schema (its English) in `lang`; text from elsewhere (an
    idealtype's own words, already in the app's language) is left as it is."""
    return DESCRIPTIONS_NB.get(text, text) if lang == "nb" else text
