"""Vacation as planned: given weeks kept, the others staggered across offices and pools."""

from __future__ import annotations

from collections import Counter

from simulator.rules.duty import pools
from simulator.scenario import Scenario
from simulator.vacation import SUMMER_WEEKS, scenario_vacations
from tests.unit.rota.builders import doctor, scenario


def _five_from_two_offices(share: float | None = None, **first: object) -> Scenario:
    """A pool of five: three GPs of A's office and two of B's who take A's shifts."""
    doctors = [doctor(i, vacation_weeks=5) for i in range(3)]
    doctors += [doctor(i, office="b-lk", legevakt=["lv"], vacation_weeks=5) for i in (3, 4)]
    doctors[0].update(first)
    staffing = {} if share is None else {"staffing": {"vacation_max_away_share": share}}
    return scenario(doctors, extra_municipality=True, legevakt=staffing)


def _away_per_week(s: Scenario) -> Counter[int]:
    away: Counter[int] = Counter()
    for weeks in scenario_vacations(s, pools(s)).values():
        away.update(weeks)
    return away


def test_a_five_doctor_pool_never_has_three_away_in_one_week() -> None:
    s = _five_from_two_offices()
    assert len(pools(s)["lv"]) == 5
    vacations = scenario_vacations(s, pools(s))
    assert all(len(weeks) == 5 for weeks in vacations.values())
    assert max(_away_per_week(s).values()) == 2  # 40 % of five
    for weeks in vacations.values():  # three summer weeks together, in June–September
        summer = sorted(w for w in weeks if w in SUMMER_WEEKS)
        assert len(summer) == 3 and summer[-1] - summer[0] == 2


def test_the_stated_share_limits_the_pool() -> None:
    assert max(_away_per_week(_five_from_two_offices(share=0.2)).values()) == 1
    assert max(_away_per_week(_five_from_two_offices(share=0.6)).values()) == 3


def test_planned_weeks_are_kept_and_the_others_plan_around_them() -> None:
    s = _five_from_two_offices(vacation_plan=[27, 28, 29, 8])
    vacations = scenario_vacations(s, pools(s))
    assert vacations["gp00"] == {27, 28, 29, 8}
    assert max(_away_per_week(s).values()) == 2
