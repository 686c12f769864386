"""What `samsim new` (and the app's starting plan) asks the starter for: the municipalities,
the legevakt layout, the start date and a title, and the header the written file opens with."""

from __future__ import annotations

import datetime as dt

from simulator.data_sources.municipalities import load_municipalities
from simulator.starter.build import Request
from simulator.starter.districts import Layout
from simulator.starter.ids import municipality_ids

HEADER = [
    "samsim scenario written by `samsim new` from public data shipped with samsim:",
    "SSB population 1 January 2024, Kartverket municipality borders (CC BY 4.0), the NKLM",
    "legevakt list 2024 and a list of main hospitals (sources and caveats: docs/data.md).",
    "Lines marked ESTIMATE are national averages or guesses: replace them with local figures.",
]
MAX_TITLE_NAMES = 4
NATIONAL_TITLE = "Norway, all municipalities 2024"


def request_for(
    numbers: tuple[str, ...], layout: Layout, start: dt.date, national: bool
) -> Request:
    """The request for `numbers` (or the whole country), titled by their names."""
    if national:
        return Request(numbers, layout, start, "national-2024", NATIONAL_TITLE)
    records = load_municipalities()
    names = [records[n].short_name for n in numbers]
    shown = names if len(names) <= MAX_TITLE_NAMES else [*names[:MAX_TITLE_NAMES], "..."]
    ids = [municipality_ids()[n] for n in numbers]
    scenario_id = ids[0] if len(ids) == 1 else f"{ids[0]}-and-{len(ids) - 1}-more"
    return Request(numbers, layout, start, scenario_id, ", ".join(shown))


def next_year_first_monday(today: dt.date) -> dt.date:
    """Monday of ISO week 1 of next year: a full planning year ahead."""
    return dt.date.fromisocalendar(today.year + 1, 1, 1)
