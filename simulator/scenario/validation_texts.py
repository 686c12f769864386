"""The wording of every validation message of a scenario: samsim's own, as (English, bokmål)
by code, and bokmål for Pydantic's built-in error types (their English is Pydantic's own).
Placeholders are the error's values; YAML keys stay as they are written in the file.
tests/unit/test_validation_texts.py fails on a message without both forms."""

from __future__ import annotations

OWN: dict[str, tuple[str, str]] = {
    # composed parts of other messages
    "with_hint": ("{text}{hint}", "{text}{hint}"),
    "did_you_mean": ("; did you mean '{word}'?", "; mente du «{word}»?"),
    "got": ("{message} (got {value}{hint})", "{message} (fikk {value}{hint})"),
    "either": ("{first} or {last}", "{first} eller {last}"),
    "field_type.List": ("List", "listen"),
    "field_type.Value": ("Value", "verdien"),
    "field_type.Dictionary": ("Dictionary", "tilordningen"),
    "field_type.Set": ("Set", "mengden"),
    "and_more": (" and {count} more", " og {count} til"),
    "none_defined": ("none defined", "ingen er definert"),
    "problems_found": ("{count} problems found", "{count} feil funnet"),
    "problem_found": ("1 problem found", "1 feil funnet"),
    # keys, ids and references (messages.py, references.py, consistency.py)
    "missing_key": ("missing required key '{key}'", "mangler den påkrevde nøkkelen «{key}»"),
    "unknown_key": (
        "unknown key '{key}'{hint} (allowed here: {allowed})",
        "ukjent nøkkel «{key}»{hint} (tillatt her: {allowed})",
    ),
    "unknown_key_see_docs": (
        "unknown key '{key}'; see docs/scenario.md",
        "ukjent nøkkel «{key}»; se docs/scenario.md",
    ),
    "unknown_tag": (
        "unknown {key} '{tag}'{hint} (one of: {known})",
        "ukjent {key} «{tag}»{hint} (en av: {known})",
    ),
    "duplicate_id": (
        "duplicate id '{ident}' in {section}",
        "id-en «{ident}» står to ganger i {section}",
    ),
    "unknown_id": (
        "unknown {section} id '{ident}'{hint} (known: {choices}{more})",
        "ukjent id «{ident}» i {section}{hint} (kjente: {choices}{more})",
    ),
    "own_branch": (
        "an office cannot be its own branch",
        "et legekontor kan ikke være sin egen filial",
    ),
    "branch_of_branch": (
        "'{parent}' is itself a branch of '{main}'; point branch_of at the main office '{main}'",
        "«{parent}» er selv en filial av «{main}»; la branch_of peke på hovedkontoret «{main}»",
    ),
    "not_a_branch": (
        "'{office}' is not a branch office (it has no branch_of)",
        "«{office}» er ikke et filialkontor (det har ingen branch_of)",
    ),
    "branch_of_other_office": (
        "'{office}' is a branch of '{main}', not of this doctor's office '{own}'",
        "«{office}» er en filial av «{main}», ikke av legens eget kontor «{own}»",
    ),
    "place_elsewhere": (
        "place '{place}' lies in '{lies_in}', not '{municipality}'",
        "stedet «{place}» ligger i «{lies_in}», ikke i «{municipality}»",
    ),
    "wrong_kind": (
        "expected {wanted}, not the {given} {value}{hint}",
        "forventet {wanted}, ikke {given} {value}{hint}",
    ),
    "kind.number": ("number", "tallet"),
    "kind.boolean": ("boolean", "sannhetsverdien"),
    "kind.text": ("text", "teksten"),
    "wanted.a number": ("a number", "et tall"),
    "wanted.true or false": ("true or false", "true eller false"),
    "wanted.a number or true or false": ("a number or true or false", "et tall, true eller false"),
    "remove_quotes": ("; remove the quotes", "; fjern anførselstegnene"),
    # values (base.py, settings.py, offices.py, geography.py)
    "clock_time": (
        "'{value}' is not a time of day; write it as HH:MM, e.g. '08:00'",
        "«{value}» er ikke et klokkeslett; skriv det som TT:MM, f.eks. «08:00»",
    ),
    "not_monday": (
        "start_date {value} is not a Monday; use {monday}",
        "start_date {value} er ikke en mandag; bruk {monday}",
    ),
    "hour_of_week_length": (
        "hour_of_week needs 168 values (one per hour), got {count}",
        "hour_of_week trenger 168 verdier (én per time), fikk {count}",
    ),
    "hour_of_week_zero": (
        "hour_of_week weights are all zero",
        "alle vektene i hour_of_week er null",
    ),
    "served_twice": (
        "'{first}' and '{second}' both serve '{municipality}' from {when}{holidays}: give each "
        "its own hours for '{municipality}' under `hours`",
        "«{first}» og «{second}» betjener begge «{municipality}» fra {when}{holidays}: gi hver "
        "sine egne timer for «{municipality}» under `hours`",
    ),
    "served_by_none": (
        "no legevakt serves '{municipality}' from {start} to {end}{holidays}; give a legevakt "
        "these hours under `hours`, or set `legevakt_gap_deliberate: true` on the municipality",
        "ingen legevakt betjener «{municipality}» fra {start} til {end}{holidays}; gi en "
        "legevakt disse timene under `hours`, eller sett `legevakt_gap_deliberate: true` på "
        "kommunen",
    ),
    "on_holiday": (" when {day} is a public holiday", " når {day} er en helligdag"),
    "on_holidays": (
        " when {first} and {second} are public holidays",
        " når {first} og {second} er helligdager",
    ),
    "when_needed_not_backup": (
        "`when_needed` is for bakvakt shifts: set `mode: backup` or remove it",
        "`when_needed` gjelder bakvakter: sett `mode: backup` eller fjern den",
    ),
    "hours_not_served": (
        "`hours` names {names}, not among `municipalities`: add them there",
        "`hours` nevner {names}, som ikke står i `municipalities`: legg dem til der",
    ),
    "place_hour_of_week_length": (
        "hour_of_week for {place} needs 168 values (one per hour), got {count}",
        "hour_of_week for {place} trenger 168 verdier (én per time), fikk {count}",
    ),
    "place_hour_of_week_zero": (
        "hour_of_week weights for {place} are all zero",
        "alle vektene i hour_of_week for {place} er null",
    ),
    "passive_weight": (
        "`passive_weight` is given exactly when passive_weighting is custom",
        "`passive_weight` skal oppgis når, og bare når, passive_weighting er custom",
    ),
    "opening_hours": (
        "opening hours end ({end}) must be after start ({start})",
        "åpningstiden må slutte ({end}) etter at den begynner ({start})",
    ),
    "settlement_shares": (
        "settlement shares sum to {total}, not 1; adjust the shares so they add up",
        "andelene for tettstedene summerer til {total}, ikke 1; juster dem så summen blir 1",
    ),
    "settlements_or_centre": (
        "give either `settlements` or a `centre` place",
        "oppgi enten `settlements` eller et `centre`-sted",
    ),
    "age_bands_population": (
        "age bands add up to {banded} inhabitants but population is {population}",
        "aldersgruppene summerer til {banded} innbyggere, men folketallet er {population}",
    ),
    "link_to_itself": (
        "a link from '{place}' to itself; remove it",
        "en forbindelse fra «{place}» til seg selv; fjern den",
    ),
    "departures_not_ferry": (
        "`departures_per_day` only applies to ferry links (mode: ferry)",
        "`departures_per_day` gjelder bare fergeforbindelser (mode: ferry)",
    ),
    # legevakt and beds (legevakt.py, gaps.py, beds.py)
    "end_or_hours": (
        "give exactly one of `end` and `hours`",
        "oppgi nøyaktig én av `end` og `hours`",
    ),
    "on_site_from_office": (
        "an on-site shift cannot be worked from the office: use `office_days: replaced` "
        "or mode `home_call`/`backup`",
        "en vakt på stasjonen kan ikke tas fra legekontoret: bruk `office_days: replaced` "
        "eller mode `home_call`/`backup`",
    ),
    "shift_no_length": (
        "the shift has no length: start and end are both {start}; "
        "for a 24-hour shift write `hours: 24` instead of `end`",
        "vakten har ingen lengde: start og end er begge {start}; "
        "for en døgnvakt skriv `hours: 24` i stedet for `end`",
    ),
    "shift_ids_repeat": ("shift ids repeat: {ids}", "vakt-id-er står flere ganger: {ids}"),
    "neighbour_itself": (
        "`staffing.neighbour` names this legevakt itself: name another one",
        "`staffing.neighbour` peker på denne legevakten selv: oppgi en annen",
    ),
    "neighbour_when_gaps": (
        "name a `neighbour` legevakt exactly when `gaps` is `neighbour`",
        "oppgi en `neighbour`-legevakt når, og bare når, `gaps` er `neighbour`",
    ),
    "dedicated_needs_physician": (
        "`cover: dedicated` needs a `physician`",
        "`cover: dedicated` krever en `physician`",
    ),
    "legevakt_cover_needs_legevakt": (
        "`cover: legevakt` needs a `legevakt`",
        "`cover: legevakt` krever en `legevakt`",
    ),
    # physicians (physicians.py)
    "list_age": (
        "a physician aged {age} cannot hold a GP list: the agreement ends at 70 and may be "
        "extended to {limit} at most (fastlegeforskriften § 12)",
        "en lege på {age} år kan ikke ha fastlegeliste: avtalen opphører ved 70 år og kan "
        "forlenges til høyst {limit} (fastlegeforskriften § 12)",
    ),
    "list_above_ceiling": (
        "list_size {size} is above list_ceiling {ceiling}; raise the ceiling or shorten the list",
        "list_size {size} er over list_ceiling {ceiling}; hev listetaket eller kort ned listen",
    ),
    "no_list_for_role": (
        "a {role} has no GP list; set list_size: 0 or role: gp",
        "rollen {role} har ingen fastlegeliste; sett list_size: 0 eller role: gp",
    ),
    "branch_days_office": (
        "branch_days need a home office (`office`)",
        "branch_days krever et eget legekontor (`office`)",
    ),
    "list_municipality_or_split": (
        "give either `list_municipality` or `list_split`, not both",
        "oppgi enten `list_municipality` eller `list_split`, ikke begge",
    ),
    "list_split_sum": (
        "list_split shares sum to {total}, not 1",
        "andelene i list_split summerer til {total}, ikke 1",
    ),
    # collaborations (idealtypes)
    "events_per_event": (
        "give `events_per_year` exactly when `per: event`",
        "oppgi `events_per_year` når, og bare når, `per: event`",
    ),
    "not_a_preset": (
        "'{preset}' is not a preset of '{base}'; its presets: {presets}",
        "«{preset}» er ikke en forhåndsinnstilling av «{base}»; dens forhåndsinnstillinger: "
        "{presets}",
    ),
    "parameter_default": (
        "parameter '{name}': give either `default` or `required: true`",
        "parameteren «{name}»: oppgi enten `default` eller `required: true`",
    ),
    # checks before a run (simulator/preflight)
    "before_coverage": (
        "{day} is before the rules catalogue's coverage; the earliest date with every rule in "
        "force is {earliest}",
        "{day} er før regelkatalogen begynner; første dato der alle reglene gjelder, er {earliest}",
    ),
    "after_coverage": (
        "the simulated period (warm-up and weeks) must end by {latest}, the end of the rules "
        "catalogue's coverage; start earlier or simulate fewer weeks",
        "den simulerte perioden (innkjøring og uker) må slutte senest {latest}, der "
        "regelkatalogen slutter; begynn tidligere eller simuler færre uker",
    ),
    "no_route": (
        "no route from '{place}' to '{anchor}' (the plan needs both): add a road or ferry link "
        "(travel.links) or use `travel.connect: nearest`",
        "ingen vei fra «{place}» til «{anchor}» (planen trenger begge): legg til en vei- eller "
        "fergeforbindelse (travel.links) eller bruk `travel.connect: nearest`",
    ),
    "rota_file": ("rota file {error}", "turnusfilen: {error}"),
    # reading the YAML file (yamlfile.py, yamlbuild.py, yamlscalars.py, includes.py, loading.py)
    "yaml_syntax": ("YAML syntax: {message}", "YAML-syntaks: {message}"),
    "yaml_tab": (
        " (a tab: YAML indents with spaces only)",
        " (en tabulator: YAML rykker inn bare med mellomrom)",
    ),
    "yaml_control_character": (
        "YAML syntax: {reason} (character #x{code}); remove it",
        "YAML-syntaks: {reason} (tegnet #x{code}); fjern det",
    ),
    "not_unicode": ("not valid Unicode text", "ikke gyldig Unicode-tekst"),
    "yaml_too_deep": ("YAML nesting is too deep", "YAML-strukturen er nøstet for dypt"),
    "yaml_bomb": (
        "the document expands to over {most} values through YAML aliases; refusing it "
        "(a 'billion laughs' file?)",
        "dokumentet vokser til over {most} verdier gjennom YAML-aliaser; det avvises "
        "(en «billion laughs»-fil?)",
    ),
    "yaml_tag": (
        "YAML tag {tag} is not allowed in scenarios (only plain values, lists and mappings)",
        "YAML-merket {tag} er ikke tillatt i scenarioer (bare enkle verdier, lister og "
        "tilordninger)",
    ),
    "yaml_complex_key": (
        "a mapping key must be a plain value, not a collection",
        "en nøkkel må være en enkel verdi, ikke en samling",
    ),
    "yaml_merge_list": (
        "expected a mapping or list of mappings for merging",
        "forventet en tilordning eller en liste av tilordninger å flette inn",
    ),
    "yaml_merge_item": (
        "expected a mapping for merging",
        "forventet en tilordning å flette inn",
    ),
    "yaml_second_document": (
        "expected a single document in the stream but found another document",
        "forventet ett dokument i filen, men fant et til",
    ),
    "yaml_version": (
        "scenarios are YAML 1.2; found a %YAML {version} directive",
        "scenarioer er YAML 1.2; fant et %YAML {version}-direktiv",
    ),
    "yaml_undefined_alias": (
        "found undefined alias '{anchor}'",
        "fant det udefinerte aliaset «{anchor}»",
    ),
    "yaml_duplicate_merge": (
        'found duplicate merge key "<<"',
        "fant flettenøkkelen «<<» to ganger",
    ),
    "yaml_duplicate_key": ('found duplicate key "{key}"', "fant nøkkelen «{key}» to ganger"),
    "cannot_read_scalar": ("cannot read {tag}: {reason}", "kan ikke lese {tag}: {reason}"),
    "not_bool": ("'{value}' is not true or false", "«{value}» er verken true eller false"),
    "not_mapping": (
        "a scenario file must be a mapping of sections",
        "en scenariofil må være en tilordning av seksjoner",
    ),
    "include_type": (
        "`include` takes a file name or a list of them",
        "`include` tar et filnavn eller en liste av filnavn",
    ),
    "include_cycle": ("include cycle: {cycle}", "include går i ring: {cycle}"),
    "include_missing": (
        "included file '{include}' does not exist",
        "den inkluderte filen «{include}» finnes ikke",
    ),
    "include_not_mapping": (
        "included file '{include}' is not a mapping of sections",
        "den inkluderte filen «{include}» er ikke en tilordning av seksjoner",
    ),
    "unreadable": ("{reason}", "filen kan ikke leses: {reason}"),
}

PYDANTIC_NB: dict[str, str] = {
    "no_such_attribute": "objektet har ingen egenskap «{attribute}»",
    "json_invalid": "ugyldig JSON: {error}",
    "json_type": "verdien må være en gyldig JSON-tekst",
    "needs_python_object": "verdien må være et Python-objekt",
    "recursion_loop": "rekursjonsfeil: en syklisk referanse ble funnet",
    "recursion_depth_exceeded": "verdien er nøstet for dypt",
    "missing": "feltet må fylles ut",
    "frozen_field": "feltet kan ikke endres",
    "frozen_instance": "objektet kan ikke endres",
    "extra_forbidden": "ekstra felt er ikke tillatt",
    "invalid_key": "nøkkelen må være en tekst",
    "get_attribute_error": "feil ved lesing av egenskap: {error}",
    "model_type": "verdien må være en tilordning (nøkler og verdier)",
    "model_attributes_type": "verdien må være en tilordning eller et objekt",
    "dataclass_type": "verdien må være en tilordning",
    "dataclass_exact_type": "verdien må være en instans av {class_name}",
    "named_tuple_type": "verdien må være en gyldig navngitt tuppel",
    "default_factory_not_called": "standardverdien kunne ikke lages",
    "none_required": "verdien må være tom (null)",
    "greater_than": "verdien må være større enn {gt}",
    "greater_than_equal": "verdien må være minst {ge}",
    "less_than": "verdien må være mindre enn {lt}",
    "less_than_equal": "verdien må være høyst {le}",
    "multiple_of": "verdien må være et multiplum av {multiple_of}",
    "finite_number": "verdien må være et endelig tall",
    "too_short": "for få elementer i {field_type}: minst {min_length}, men {actual_length}",
    "too_long": "for mange elementer i {field_type}: høyst {max_length}, men {actual_length}",
    "iterable_type": "verdien må være en liste",
    "iteration_error": "feil ved gjennomgang av verdien: {error}",
    "string_type": "verdien må være en tekst",
    "string_unicode": "verdien må være gyldig Unicode-tekst",
    "string_too_short": "teksten må ha minst {min_length} tegn",
    "string_too_long": "teksten kan ha høyst {max_length} tegn",
    "string_pattern_mismatch": "teksten må passe til mønsteret «{pattern}»",
    "string_not_ascii": "teksten kan bare inneholde ASCII-tegn",
    "enum": "verdien må være {expected}",
    "dict_type": "verdien må være en tilordning (nøkler og verdier)",
    "frozen_dict_type": "verdien må være en tilordning (nøkler og verdier)",
    "ordered_dict_type": "verdien må være en tilordning (nøkler og verdier)",
    "counter_type": "verdien må være en tilordning med tall",
    "mapping_type": "verdien må være en tilordning: {error}",
    "list_type": "verdien må være en liste",
    "deque_type": "verdien må være en liste",
    "tuple_type": "verdien må være en liste",
    "set_type": "verdien må være en mengde",
    "set_item_not_hashable": "elementet i mengden kan ikke sammenlignes",
    "bool_type": "verdien må være true eller false",
    "bool_parsing": "verdien må være true eller false",
    "int_type": "verdien må være et heltall",
    "int_parsing": "verdien må være et heltall",
    "int_parsing_size": "heltallet er for stort",
    "int_from_float": "verdien må være et heltall, uten desimaler",
    "float_type": "verdien må være et tall",
    "float_parsing": "verdien må være et tall",
    "bytes_type": "verdien må være bytes",
    "bytes_too_short": "verdien må ha minst {min_length} byte",
    "bytes_too_long": "verdien kan ha høyst {max_length} byte",
    "bytes_invalid_encoding": "verdien har ugyldig koding: {encoding_error}",
    "value_error": "ugyldig verdi: {error}",
    "assertion_error": "kontrollen feilet: {error}",
    "literal_error": "verdien må være {expected}",
    "missing_sentinel_error": "verdien må være MISSING",
    "ellipsis_error": "verdien må være ...",
    "date_type": "verdien må være en dato (ÅÅÅÅ-MM-DD)",
    "date_parsing": "verdien må være en dato (ÅÅÅÅ-MM-DD): {error}",
    "date_from_datetime_parsing": "verdien må være en dato (ÅÅÅÅ-MM-DD): {error}",
    "date_from_datetime_inexact": "datoen kan ikke ha klokkeslett",
    "date_past": "datoen må ligge i fortiden",
    "date_future": "datoen må ligge i fremtiden",
    "time_type": "verdien må være et klokkeslett (TT:MM)",
    "time_parsing": "verdien må være et klokkeslett (TT:MM): {error}",
    "datetime_type": "verdien må være et tidspunkt",
    "datetime_parsing": "verdien må være et tidspunkt: {error}",
    "datetime_object_invalid": "ugyldig tidspunkt: {error}",
    "datetime_from_date_parsing": "verdien må være et tidspunkt: {error}",
    "datetime_past": "tidspunktet må ligge i fortiden",
    "datetime_future": "tidspunktet må ligge i fremtiden",
    "timezone_naive": "tidspunktet kan ikke ha tidssone",
    "timezone_aware": "tidspunktet må ha tidssone",
    "timezone_offset": "tidssonen må være {tz_expected}, ikke {tz_actual}",
    "time_delta_type": "verdien må være en varighet",
    "time_delta_parsing": "verdien må være en varighet: {error}",
    "frozen_set_type": "verdien må være en mengde",
    "is_instance_of": "verdien må være en instans av {class}",
    "is_subclass_of": "verdien må være en underklasse av {class}",
    "callable_type": "verdien må være en funksjon",
    "union_tag_invalid": "{discriminator} {tag} er ikke en av {expected_tags}",
    "union_tag_not_found": "finner ikke nøkkelen {discriminator}",
    "arguments_type": "argumentene må være en liste eller en tilordning",
    "missing_argument": "argumentet mangler",
    "unexpected_keyword_argument": "uventet navngitt argument",
    "missing_keyword_only_argument": "det navngitte argumentet mangler",
    "unexpected_positional_argument": "uventet argument",
    "missing_positional_only_argument": "argumentet mangler",
    "multiple_argument_values": "argumentet er gitt flere ganger",
    "url_type": "verdien må være en URL",
    "url_parsing": "verdien må være en gyldig URL: {error}",
    "url_syntax_violation": "verdien må være en gyldig URL: {error}",
    "url_too_long": "URL-en kan ha høyst {max_length} tegn",
    "url_scheme": "URL-en må begynne med {expected_schemes}",
    "uuid_type": "verdien må være en UUID",
    "uuid_parsing": "verdien må være en gyldig UUID: {error}",
    "uuid_version": "UUID-en må være av versjon {expected_version}",
    "decimal_type": "verdien må være et desimaltall",
    "decimal_parsing": "verdien må være et gyldig desimaltall",
    "decimal_max_digits": "desimaltallet kan ha høyst {max_digits} sifre",
    "decimal_max_places": "desimaltallet kan ha høyst {decimal_places} desimaler",
    "decimal_whole_digits": "desimaltallet kan ha høyst {whole_digits} sifre foran komma",
    "fraction_type": "verdien må være en brøk",
    "fraction_parsing": "verdien må være en gyldig brøk",
    "complex_type": "verdien må være et komplekst tall",
    "complex_str_parsing": "verdien må være et gyldig komplekst tall",
}
