"""Calendar, demand profiles, named streams and arrivals."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from simulator.engine.arrivals import in_office_hours, office_hours
from simulator.engine.calendar import Calendar, DayType
from simulator.engine.demand import Contact, DemandModel, load_profile, poisson_arrivals
from simulator.engine.streams import Streams
from simulator.scenario.settings import Demand

START = dt.date(2026, 1, 5)


def test_holidays_close_offices_and_count_as_sundays():
    calendar = Calendar.for_horizon(START, 52, 0)
    good_friday = (dt.date(2026, 4, 3) - START).days
    assert not calendar.is_working_day(good_friday)
    assert calendar.day_type(good_friday) is DayType.sunday
    assert calendar.is_working_day(good_friday - 2)  # Wednesday before Easter
    assert calendar.day_type(5) is DayType.saturday


def test_office_hours_of_many_minutes_are_those_of_each_minute_alone():
    """Working days 08-16, holidays closed, at once: the same as minute by minute, also at the
    edges of the hours and the days and before and after the horizon."""
    calendar = Calendar.for_horizon(START, 16, 0)  # Easter 2026 inside
    edges = [d * 1440 + h * 60 + e for d in range(-2, 115) for h in (0, 8, 16) for e in (-1, 0)]
    rng = np.random.default_rng(5)
    minutes = np.concatenate((np.array(edges, float), rng.uniform(-3000, 170_000, 2000)))
    one_by_one = [
        calendar.is_working_day(int(day)) and 480 <= clock < 960
        for day, clock in (divmod(m, 1440) for m in minutes.tolist())
    ]
    assert office_hours(calendar, minutes).tolist() == one_by_one
    assert in_office_hours(calendar, 8 * 60) and not in_office_hours(calendar, 16 * 60)
    assert sum(one_by_one) > 500  # the test sees both answers


def test_calendar_refuses_a_start_that_is_not_a_monday():
    with pytest.raises(ValueError, match="Monday"):
        Calendar.for_horizon(dt.date(2026, 1, 6), 1, 0)


def test_national_profile_puts_over_80_percent_outside_office_hours():
    """The documented assumption (S55): over 80 % of legevakt contacts outside Mon–Fri 08–16."""
    shape = DemandModel.resolve(Demand()).hour_of_week
    office = shape[:5, 8:16].sum()
    assert office / shape.sum() < 0.2
    assert shape.mean() == pytest.approx(1.0)
    assert shape[5:, 10].mean() > shape[:5, 10].mean()  # weekends busier in daytime


def test_scenario_overrides_the_profile():
    demand = Demand(
        rates={"home_visit": 30}, hour_of_week=[1.0] * 167 + [2.0], distance_decay_half_km=10
    )
    model = DemandModel.resolve(demand)
    assert model.rates_per_1000[Contact.home_visit] == 30
    profile = load_profile("national-2023")["rates_per_1000"]
    assert model.rates_per_1000[Contact.station_consultation] == profile["station_consultation"]
    assert model.hour_of_week[6, 23] == pytest.approx(2 * model.hour_of_week[0, 0])
    assert model.decay(Contact.station_consultation, 10) == pytest.approx(0.5)


def test_distance_decay_halves_face_to_face_at_43_km_but_not_phone():
    model = DemandModel.resolve(Demand())
    assert model.decay(Contact.station_consultation, 43) == pytest.approx(0.5)
    assert model.decay(Contact.doctor_phone, 200) == 1.0


def test_holiday_hours_take_the_sunday_shape():
    calendar = Calendar.for_horizon(START, 52, 0)
    model = DemandModel.resolve(Demand())
    weights = model.hourly_weights(calendar).reshape(-1, 24)
    christmas = (dt.date(2026, 12, 25) - START).days  # a Friday
    assert np.allclose(weights[christmas], model.hour_of_week[6])


def test_streams_depend_only_on_seed_and_name():
    a, b = Streams(7)("arrivals", "x"), Streams(7)("arrivals", "x")
    assert a.random() == b.random()
    assert Streams(7)("arrivals", "y").random() != Streams(7)("arrivals", "x").random()
    assert Streams(8)("arrivals", "x").random() != Streams(7)("arrivals", "x").random()


def test_poisson_arrivals_follow_the_hourly_rate():
    weights = np.tile([0.0, 3.0], 5000)  # alternate closed and busy hours
    times = poisson_arrivals(np.random.default_rng(1), 365.25 * 24 * 2, weights)
    hours = (times // 60).astype(int)
    assert (hours % 2 == 1).all()
    assert len(times) == pytest.approx(2 * 3 * 5000, rel=0.03)
    assert (np.diff(times) >= 0).all()
