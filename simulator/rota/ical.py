"""iCalendar export: one calendar per doctor and one for the whole rota (RFC 5545), so a rota
opens in any calendar app. Times are local Norwegian time (Europe/Oslo)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from simulator.files import write_bytes_atomic
from simulator.plan.assignment import Assignment

OSLO = ZoneInfo("Europe/Oslo")
PRODUCT = "-//samsim//legevakt rota//EN"
MODE_NAMES = {"on_site": "tilstedevakt", "home_call": "hjemmevakt", "backup": "bakvakt"}


def calendar(
    assignments: list[Assignment], name: str, names: Mapping[str, str] | None = None
) -> Calendar:
    """A calendar with one event per assignment; `names` gives the legevakt's and the
    doctors' names by id for the titles (an id without a name is shown as it is)."""
    cal = Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    stamp = min((a.start for a in assignments), default=dt.datetime(2000, 1, 1))
    for a in assignments:
        cal.add_component(_event(a, stamp, names or {}))
    cal.add_missing_timezones()
    return cal


def _event(a: Assignment, stamp: dt.datetime, names: Mapping[str, str]) -> Event:
    event = Event()
    event.add("uid", f"{a.legevakt}-{a.shift}-{a.start:%Y%m%dT%H%M}-{a.physician}@samsim")
    event.add("dtstamp", stamp.replace(tzinfo=OSLO).astimezone(dt.UTC))  # fixed: reproducible
    event.add("dtstart", a.start.replace(tzinfo=OSLO))
    event.add("dtend", a.end.replace(tzinfo=OSLO))
    legevakt = names.get(a.legevakt, a.legevakt)
    event.add("summary", f"{legevakt}: {a.shift} ({MODE_NAMES[a.mode.value]})")
    event.add("description", f"{names.get(a.physician, a.physician)}, {a.hours:g} t")
    event.add("categories", ["legevakt", a.mode.value])
    return event


def write_calendars(
    directory: Path,
    legevakt: str,
    assignments: list[Assignment],
    names: Mapping[str, str] | None = None,
) -> list[Path]:
    """`<legevakt>.ics` with every shift and `<legevakt>-<doctor>.ics` per doctor, titled
    with the names in `names` (by id)."""
    named = names or {}
    title = named.get(legevakt, legevakt)
    paths = [directory / f"{legevakt}.ics"]
    write_bytes_atomic(paths[0], calendar(assignments, title, named).to_ical())
    for doctor in sorted({a.physician for a in assignments}):
        own = [a for a in assignments if a.physician == doctor]
        path = directory / f"{legevakt}-{doctor}.ics"
        own_title = f"{title}: {named.get(doctor, doctor)}"
        write_bytes_atomic(path, calendar(own, own_title, named).to_ical())
        paths.append(path)
    return paths
