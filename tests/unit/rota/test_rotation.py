"""rota_for: the generated or file-based rota the engine uses."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from pathlib import Path

import pytest

from simulator.rota.rotafile import write_rota
from simulator.rota.rotation import rota_for
from simulator.rota.shifts import expand
from tests.unit.rota.builders import DAY_24, EVENING_NIGHT, doctor, scenario

START = dt.date(2026, 3, 30)  # Easter week: Thursday, Friday and Sunday are holidays


def test_holidays_use_sunday_templates() -> None:
    weekday = {**EVENING_NIGHT, "days": ["mon", "tue", "wed", "thu", "fri"]}
    weekend = {**DAY_24, "id": "weekend", "days": ["sat", "sun"]}
    s = scenario([doctor(1)], shifts=[weekday, weekend])
    shifts = expand(s.legevakt[0], START, 1)
    by_day = {sh.day: sh.template for sh in shifts}
    assert by_day[dt.date(2026, 3, 31)] == "night"
    assert by_day[dt.date(2026, 4, 2)] == "weekend"  # skjærtorsdag
    holidays = {dt.date(2026, 4, 2), dt.date(2026, 4, 3), dt.date(2026, 4, 5)}
    assert {sh.day for sh in shifts if sh.holiday} == holidays


def test_generated_rota_covers_every_shift_with_rest_and_eligibility() -> None:
    s = scenario(
        [doctor(i, fte=0.5 + 0.25 * (i % 3)) for i in range(5)] + [doctor(9, age=64)],
        policy={"max_shift_frequency_days": 3},
    )
    rota = rota_for(s, "lv", START, 3)
    assert len(rota) == 21
    assert "gp09" not in {a.physician for a in rota}
    by_doctor: dict[str, list] = {}
    for a in rota:
        by_doctor.setdefault(a.physician, []).append(a)
    for shifts in by_doctor.values():
        for first, second in itertools.pairwise(shifts):
            assert (second.start.date() - first.start.date()).days >= 3
            assert second.start - first.end >= dt.timedelta(hours=8)
    assert rota == rota_for(s, "lv", START, 3)


def test_rota_file_is_read_and_cut_to_the_period(tmp_path: Path) -> None:
    s = scenario([doctor(1), doctor(2)], legevakt={"rota_file": str(tmp_path / "rota.csv")})
    generated = scenario([doctor(1), doctor(2)])
    rota = rota_for(generated, "lv", START, 2)
    write_rota(tmp_path / "rota.csv", rota)
    assert rota_for(s, "lv", START + dt.timedelta(days=7), 1) == rota[7:]


def test_without_a_legal_rota_the_engine_gets_the_greedy_rotation_and_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    s = scenario(
        [doctor(1, office=None)],
        policy={"rest_hours_after_duty": 11},
        legevakt={"pool": ["gp01"]},
    )
    with caplog.at_level(logging.WARNING):
        rota = rota_for(s, "lv", START, 1)
    assert "no legal rota" in caplog.text and "rest between work periods" in caplog.text
    assert caplog.text.count("short of doctors") == 1
    assert [a.start.day for a in rota] == [30, 1, 3, 5]  # every other night, rest kept


def test_an_empty_pool_gives_an_empty_rota_and_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    s = scenario([])  # no doctor at all in the served municipality
    with caplog.at_level(logging.WARNING):
        rota = rota_for(s, "lv", START, 1)
    assert rota == []
    assert "short of doctors" in caplog.text
