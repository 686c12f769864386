"""Rota exports: CSV round trip, iCalendar files that calendar apps (and icalendar) read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from simulator.rota.csvinput import RotaInputError
from simulator.rota.ical import write_calendars
from simulator.rota.rotafile import read_rota, write_rota
from simulator.rota.rotation import rota_for
from tests.unit.rota.builders import EVENING_NIGHT, doctor, scenario

START = dt.date(2026, 3, 23)  # across the switch to summer time on 29 March


@pytest.fixture(scope="module")
def rota() -> list:
    s = scenario([doctor(i, fte=1.0 - 0.1 * i) for i in range(4)], shifts=[EVENING_NIGHT])
    return rota_for(s, "lv", START, 2)


def _events(path: Path) -> list:
    return Calendar.from_ical(path.read_bytes()).walk("VEVENT")


def test_calendars_parse_and_hold_every_shift(tmp_path: Path, rota: list) -> None:
    paths = write_calendars(tmp_path, "lv", rota)
    oslo = ZoneInfo("Europe/Oslo")
    whole = _events(paths[0])
    starts = sorted(e.decoded("dtstart") for e in whole)
    assert starts == sorted(a.start.replace(tzinfo=oslo) for a in rota)
    for path in paths[1:]:
        doctor_id = path.stem.removeprefix("lv-")
        own = [a for a in rota if a.physician == doctor_id]
        events = _events(path)
        assert len(events) == len(own) > 0
        assert {str(e["uid"]) for e in events} <= {str(e["uid"]) for e in whole}
    assert len(paths) == 1 + len({a.physician for a in rota})


def test_calendar_titles_use_the_names_of_the_legevakt_and_the_doctor(
    tmp_path: Path, rota: list
) -> None:
    doctor = rota[0].physician
    names = {"lv": "Namdal legevakt", doctor: "Kari Nordmann"}
    paths = write_calendars(tmp_path, "lv", rota, names)
    whole = Calendar.from_ical(paths[0].read_bytes())
    assert str(whole["x-wr-calname"]) == "Namdal legevakt"
    assert all(str(e["summary"]).startswith("Namdal legevakt: ") for e in _events(paths[0]))
    own = Calendar.from_ical((tmp_path / f"lv-{doctor}.ics").read_bytes())
    assert str(own["x-wr-calname"]) == "Namdal legevakt: Kari Nordmann"
    assert all("Kari Nordmann" in str(e["description"]) for e in own.walk("VEVENT"))


def test_csv_round_trip_and_located_errors(tmp_path: Path, rota: list) -> None:
    path = tmp_path / "rota.csv"
    write_rota(path, rota)
    assert read_rota(path) == rota
    lines = path.read_text().splitlines()
    lines[3] = lines[3].replace("home_call", "sofa")
    path.write_text("\n".join(lines))
    with pytest.raises(RotaInputError, match=r"rota.csv:4: mode 'sofa'"):
        read_rota(path)
    with pytest.raises(RotaInputError, match=r"rota.csv:2: unknown legevakt 'lv'"):
        read_rota(path, legevakts={"other"})
