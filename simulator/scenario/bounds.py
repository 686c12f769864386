"""Upper bounds on the sizes that drive a run's memory and time (docs/scenario.md, "Limits").

Each is far above anything real, so no plan meets it; a value past it is a typing mistake
that would otherwise run for hours, exhaust memory or overflow (a population of 10^12 makes
10^12 arrivals). Weeks are bounded where they are defined (`ScenarioMeta.weeks`, 520)."""

from __future__ import annotations

# Oslo, the largest municipality, had 717 710 inhabitants on 1 January 2024 (SSB, in
# simulator/data/kommuner-2024.csv); Norway 5 550 203.
MAX_POPULATION = 1_000_000
# Norway had 5 391 fastleger on 1 May 2024 (Helsedirektoratet [S75]); a national scenario
# with every GP, LIS1 and locum stays below this.
MAX_PHYSICIANS = 20_000
# The road from Lindesnes to Nordkapp is about 2 500 km; no leg of a travel network is longer
# or takes more than two days.
MAX_LINK_KM = 3_000.0
MAX_LINK_MINUTES = 3_000.0
