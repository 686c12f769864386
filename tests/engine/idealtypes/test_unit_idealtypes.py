"""The idealtypes that are units of the scenario (legevakt, KAD, sykestue), each with and
without, through `simulate`. A municipal and an inter-municipal legevakt are the two sides of
one choice: `b` one hour from `a` runs its own station or is served from `a`'s."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.engine.telemedicine import CONFERENCE_MINUTES, TRANSFER_SHARE, TRANSFERS_AVOIDED
from simulator.plan.timeline import Category

from .region import COSTS, FTE_HOURS_PER_YEAR, WEEKS_PER_YEAR, gp, hours_per_week, region, run

SHIFTS_PER_MONTH = 365.25 / 12  # one home-call shift a day
SHIFTS = [
    {
        "id": "kveld",
        "days": ["mon", "tue", "wed", "thu", "fri"],
        "start": "16:00",
        "end": "08:00",
        "mode": "home_call",
    },
    {"id": "helg", "days": ["sat", "sun"], "start": "08:00", "hours": 24, "mode": "home_call"},
]
SHARED = {
    "type": "intermunicipal_legevakt",
    "id": "felles",
    "host": "a",
    "members": ["b"],
    "legevakt": "lv",
    "head_fte": 0.6,
    "admin_fte": 2.0,
}


def _legevakt(id_: str, station: str, municipalities: list[str]) -> dict[str, Any]:
    return {
        "id": id_,
        "name": id_,
        "station": station,
        "municipalities": municipalities,
        "shifts": SHIFTS,
    }


def _two_gps_in_b() -> dict[str, Any]:
    data = region()
    data["physicians"].append(gp("b2", "lk-b", 800))
    return data


def _own() -> dict[str, Any]:
    return {
        **_two_gps_in_b(),
        "legevakt": [_legevakt("lv-a", "ca", ["a"]), _legevakt("lv-b", "cb", ["b"])],
    }


def _shared() -> dict[str, Any]:
    return {**_two_gps_in_b(), "legevakt": [_legevakt("lv", "ca", ["a", "b"])]}


@pytest.fixture(scope="module")
def own():
    return run(
        _own(),
        {"type": "municipal_legevakt", "id": "a-lv", "host": "a", "legevakt": "lv-a"},
        {"type": "municipal_legevakt", "id": "b-lv", "host": "b", "legevakt": "lv-b"},
    )


@pytest.fixture(scope="module")
def shared():
    return run(_shared(), SHARED)


def test_a_municipal_legevakt_brings_the_station_close_at_the_cost_of_more_shifts(own, shared):
    b_own, b_shared = own.by_municipality["b"], shared.by_municipality["b"]
    assert b_own["legevakt.population_beyond_40_min"] == 0
    assert b_shared["legevakt.population_beyond_40_min"] == 1  # an hour to the shared station
    assert b_own["legevakt.callout_response_minutes.median"] < 5
    assert b_shared["legevakt.callout_response_minutes.median"] >= 60
    # b's two GPs share all of b's shifts: half a month's each instead of a fifth
    assert own.kpis["physician.shifts_per_month.max"] == pytest.approx(
        SHIFTS_PER_MONTH / 2, rel=0.1
    )
    assert b_own["gp.wait_days.mean"] > b_shared["gp.wait_days.mean"]  # rest after nights


def test_an_intermunicipal_legevakt_shares_the_rota_and_adds_its_management(own, shared):
    assert shared.kpis["physician.shifts_per_month.mean"] == pytest.approx(
        SHIFTS_PER_MONTH / 5, rel=0.1
    )
    assert shared.kpis["physician.on_call_hours_per_week.max"] < (
        own.kpis["physician.on_call_hours_per_week.max"] / 2
    )
    assert shared.kpis["legevakt.population_beyond_40_min"] == pytest.approx(2000 / 8000)
    without_entry = run(_shared())
    years = shared.weeks / WEEKS_PER_YEAR
    management = 2.6 * FTE_HOURS_PER_YEAR * COSTS.nurse_hour_nok * years
    added = shared.kpis["cost.total_nok"] - without_entry.kpis["cost.total_nok"]
    assert added == pytest.approx(management)


def _bed_unit(kind: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": kind,
        "name": kind,
        "place": "ca",
        "municipalities": ["a", "b"],
        "host": "a",
        "admissions_per_1000": 20,
        **fields,
    }


def test_kad_beds_take_admissions_and_legevakt_doctor_time():
    weeks = 12
    without = run(_shared(), SHARED, weeks=weeks)
    data = {**_shared(), "kad": [_bed_unit("kad", beds=3, cover="legevakt", legevakt="lv")]}
    with_ = run(
        data, SHARED, {"type": "kad_unit", "id": "k", "host": "a", "kad": "kad"}, weeks=weeks
    )
    k = with_.kpis
    expected_arrivals = 20 * 8000 / 1000 * weeks / WEEKS_PER_YEAR  # 37 in 12 weeks
    assert k["beds.admissions"] + k["beds.transfers"] == pytest.approx(expected_arrivals, rel=0.35)
    bed_days = k["beds.hospital_bed_days_avoided"]
    assert bed_days == pytest.approx(k["beds.kad.occupied_mean"] * weeks * 7, rel=0.05)
    # 45 minutes an admission and 15 a patient-day, done by the legevakt doctors on duty
    work = k["beds.admissions"] * 45 / 60 + bed_days * 15 / 60
    doctors = len(data["physicians"])
    assert k["physician.weekly_hours.bed_work.mean"] * doctors * weeks == pytest.approx(
        work, rel=0.1
    )
    assert without.kpis["physician.weekly_hours.bed_work.mean"] == 0
    beds_cost = bed_days * COSTS.bed_day_nok + k["beds.transfers"] * COSTS.hospital_transfer_nok
    added = k["cost.total_nok"] - without.kpis["cost.total_nok"]
    assert added == pytest.approx(beds_cost, rel=0.1)


def test_a_physician_led_sykestue_takes_its_doctors_time_and_saves_hospital_bed_days():
    weeks = 12
    without = run(region(), weeks=weeks)
    unit = _bed_unit(
        "sykestue",
        beds=2,
        physician="a1",
        physician_led=True,
        chemotherapy=True,
        chemo_treatments_per_year=50,
        hospital_bed_days_saved_per_treatment=1.5,
    )
    data = {**region(), "sykestuer": [unit]}
    with_ = run(
        data, {"type": "sykestue", "id": "s", "host": "a", "sykestue": "sykestue"}, weeks=weeks
    )
    k = with_.kpis
    stays = k["beds.sykestue.occupied_mean"] * weeks * 7
    chemo = 50 * 1.5 * weeks / WEEKS_PER_YEAR
    assert k["beds.hospital_bed_days_avoided"] == pytest.approx(stays + chemo, rel=0.05)
    assert without.kpis["beds.hospital_bed_days_avoided"] == 0
    work = k["beds.admissions"] * 45 / 60 + stays * 15 / 60
    assert hours_per_week(with_, "a1", Category.bed_work) * weeks == pytest.approx(work, rel=0.1)
    assert hours_per_week(with_, "a2", Category.bed_work) == 0
    assert (
        with_.by_municipality["a"]["gp.wait_days.mean"]
        >= without.by_municipality["a"]["gp.wait_days.mean"]
    )


def test_vake_takes_the_doctors_time_for_red_patients_and_avoids_transfers(shared):
    vake = run(_shared(), {**SHARED, "type": "video_emergency_conference_vake"})
    without, with_ = shared.kpis, vake.kpis
    # the same red patients (common random numbers): transfers fall by the avoided share
    red_seen = without["legevakt.hospital_transfers"] / TRANSFER_SHARE
    assert red_seen > 0
    assert with_["legevakt.hospital_transfers"] == pytest.approx(
        red_seen * TRANSFER_SHARE * (1 - TRANSFERS_AVOIDED)
    )
    # each of them took a conference more of the doctors' active legevakt time
    active = "physician.weekly_hours.legevakt_active.mean"
    added_hours = (with_[active] - without[active]) * 5 * vake.weeks  # five physicians
    assert added_hours == pytest.approx(red_seen * CONFERENCE_MINUTES / 60, rel=0.25)
    # no price of its own: only the conference minutes, paid as active legevakt hours (0.1 %)
    assert with_["cost.total_nok"] == pytest.approx(without["cost.total_nok"], rel=2e-3)


def test_team_training_during_shift_takes_the_doctor_on_duty_not_office_days(shared):
    training = {
        "type": "emergency_team_training",
        "id": "teamtrening",
        "host": "a",
        "members": ["b"],
        "interval_weeks": 2,
        "duration_hours": 2,
        "during_shift": True,
    }
    on_shift = run(_shared(), SHARED, training)
    off_shift = run(_shared(), SHARED, {**training, "during_shift": False})
    # five GPs, 2 h every second week each: all held on shift; off shift, a session that falls
    # on a GP's rest after a night on call is lost
    hours = "physician.weekly_hours.training.mean"
    assert on_shift.kpis[hours] == pytest.approx(2 / 2)
    assert 0 < off_shift.kpis[hours] <= on_shift.kpis[hours]
    # on shift they leave the office days alone and keep the doctor on duty from patients
    office = "physician.weekly_hours.office_clinical.mean"
    assert on_shift.kpis[office] == pytest.approx(shared.kpis[office])
    assert off_shift.kpis[office] < shared.kpis[office]
    wait = "legevakt.wait_minutes.green.p90"
    assert on_shift.kpis[wait] > shared.kpis[wait]
    assert off_shift.kpis[wait] == pytest.approx(shared.kpis[wait], rel=0.1)
    # where no legevakt serves the participants, they train in office time, not never
    no_station = run(_two_gps_in_b(), training)
    assert no_station.kpis[hours] > 0
    assert no_station.kpis[office] < run(_two_gps_in_b()).kpis[office]
