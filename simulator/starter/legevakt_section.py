"""The legevakt and kad sections of a starting scenario: one of each per district."""

from __future__ import annotations

import datetime as dt
from typing import Any

from simulator.data_sources.municipalities import load_municipalities
from simulator.rota.pool import exemption_age
from simulator.scenario.beds import Kad
from simulator.starter import gp_section
from simulator.starter.districts import District, Layout
from simulator.starter.ids import municipality_ids, station_id
from simulator.starter.limits import schema_max
from simulator.starter.shifts import Staffing, call_centre_nurses, staffing
from simulator.starter.yaml_text import Commented, Flow, Note, estimate

KAD_BEDS_2022 = 688  # reported KAD beds, Helsedirektoratet ØHD status 2022 [S78]
MAX_BEDS = schema_max(Kad, "beds")


def notes(layout: Layout) -> dict[str, list[str]]:
    return {
        "legevakt": [
            f"Legevakt layout: {layout.value}. Shift staffing is an ESTIMATE from the expected "
            "contacts (docs/data.md):",
            "on site when at least one doctor contact an hour is expected, else from home.",
        ],
        "kad": ["ESTIMATE: one KAD unit per legevakt district, beds spread by population."],
    }


def legevakt(district: District, legevakt_id: str, layout: Layout, start: dt.date) -> Commented:
    ids = [municipality_ids()[m.number] for m in district.members]
    body = {
        "id": legevakt_id,
        "name": district.name,
        "station": station_id(legevakt_id),
        "municipalities": ids,
        **_host(district, ids[0]),
        "call_centre": {
            "nurses": estimate(call_centre_nurses(district.population), "calls at 70 % load")
        },
        "shifts": [_shift(s) for s in staffing(district.population)],
        **_pool(district, start),
        "staffing": Note(
            {"gaps": "locum"},
            "places the pool cannot staff within the rules go to locums (docs/scenario.md)",
        ),
    }
    return Commented(body, {"id": _origin(district, layout)})


def _pool(district: District, start: dt.date) -> dict[str, Any]:
    """The district's GPs as the pool, listed only when some have a right to exemption by age
    (fastlegeforskriften § 33 [L1]) and are left out, as they would be unless they opt in."""
    age = exemption_age(start)
    named = [(i, gp) for m in district.members for i, gp in gp_section.gps(m)]
    if all(gp.age < age for _, gp in named):
        return {}
    kept = [i for i, gp in named if gp.age < age]
    return {
        "pool": Note(
            kept,
            f"GPs aged {age} or more have a right to exemption and are left out",
        )
    }


def kad(district: District, legevakt_id: str) -> dict[str, Any]:
    """A KAD unit at the station with the district's share of the beds reported in 2022."""
    national = sum(m.population for m in load_municipalities().values())
    beds = min(MAX_BEDS, max(1, round(KAD_BEDS_2022 * district.population / national)))
    return {
        "id": f"{legevakt_id}-kad",
        "name": f"KAD, {district.name}",
        "place": station_id(legevakt_id),
        "beds": estimate(beds, f"{KAD_BEDS_2022} beds in 2022 (S78) spread by population"),
        "municipalities": [municipality_ids()[m.number] for m in district.members],
        "cover": estimate("legevakt", "the legevakt doctor covers the beds"),
        "legevakt": legevakt_id,
    }


def _host(district: District, host_id: str) -> dict[str, Any]:
    """The host, said only where there is a choice; for a station of the list it is a guess."""
    if len(district.members) == 1:
        return {}
    if district.registered:
        return {"host": estimate(host_id, "the member nearest the station")}
    return {"host": host_id}


def _origin(district: District, layout: Layout) -> list[str]:
    """Comment lines saying where the district comes from."""
    if district.registered:
        lines = ["As in the NKLM legevakt list 2024."]
        if district.also_serves:
            names = ", ".join(load_municipalities()[n].short_name for n in district.also_serves)
            lines.append(f"It also serves {names}: not in this scenario, so not in its demand.")
        return lines
    if layout is Layout.as_today:
        return [f"ESTIMATE: {district.host.short_name} is in no station of the 2024 list."]
    return [f"Layout {layout.value}: a station at the host's point (an ESTIMATE)."]


def _shift(s: Staffing) -> Note:
    shift = {
        "id": s.spec.id,
        "days": [d.value for d in s.spec.days],
        "start": s.spec.start,
        "end": s.spec.end,
        "mode": s.mode.value,
        "doctors": s.doctors,
        "nurses": s.nurses,
    }
    return estimate(Flow(shift), f"{s.contacts_per_hour:.2f} doctor contacts/h expected")
