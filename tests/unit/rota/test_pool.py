"""Who is in a legevakt pool and who is exempt (fastlegeforskriften § 33)."""

from __future__ import annotations

import datetime as dt

from simulator.rota.pool import eligible, exemption_on, legevakt_by_id, pool
from tests.unit.rota.builders import doctor, scenario

DAY = dt.date(2026, 3, 2)


def test_served_gps_pool_takes_gps_of_served_municipalities_only() -> None:
    s = scenario(
        [
            doctor(1),
            doctor(2, office="b-lk"),
            doctor(3, role="kommuneoverlege"),
            doctor(4, office="b-lk", legevakt=["lv"]),
        ],
        extra_municipality=True,
    )
    ids = [p.id for p in pool(s, legevakt_by_id(s, "lv"))]
    assert ids == ["gp01", "gp04"]


def test_listed_pool_and_explicit_pool() -> None:
    s = scenario([doctor(1), doctor(2, legevakt=["lv"])], legevakt={"pool_rule": "listed"})
    assert [p.id for p in pool(s, legevakt_by_id(s, "lv"))] == ["gp02"]
    s = scenario([doctor(1), doctor(2)], legevakt={"pool": ["gp01"]})
    assert [p.id for p in pool(s, legevakt_by_id(s, "lv"))] == ["gp01"]


def test_age_right_to_exemption_unless_opted_in() -> None:
    s = scenario([doctor(1, age=60), doctor(2, age=60, opted_in=True), doctor(3, age=59)])
    old, willing, young = s.physicians
    assert not eligible(old, DAY) and "age 60" in (exemption_on(old, DAY) or "")
    assert eligible(willing, DAY)
    assert eligible(young, DAY)


def test_exemption_age_was_55_in_first_half_of_2013() -> None:
    s = scenario([doctor(1, age=56)])
    gp = s.physicians[0]
    assert not eligible(gp, dt.date(2013, 3, 1))
    assert eligible(gp, dt.date(2013, 8, 1))


def test_pregnancy_period_and_discretionary_exemptions() -> None:
    period = {"from": "2026-03-01", "to": "2026-05-31"}
    s = scenario(
        [
            doctor(1, exemptions=[{"kind": "pregnancy", "period": period}]),
            doctor(2, exemptions=[{"kind": "health", "granted": False}]),
            doctor(3, exemptions=[{"kind": "social"}], opted_in=True),
        ]
    )
    pregnant, refused, social = s.physicians
    assert not eligible(pregnant, DAY) and eligible(pregnant, dt.date(2026, 6, 1))
    assert eligible(refused, DAY)
    assert not eligible(social, DAY)  # a granted discretionary exemption is not waived
