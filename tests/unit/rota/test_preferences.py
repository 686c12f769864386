"""Vacations and blocked dates are hard, wishes are honoured when fairness allows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from simulator.rota.preferences import read_preferences
from simulator.rota.problem import build_problem
from simulator.rota.solver import SolverSettings, solve
from tests.unit.rota.builders import EVENING_NIGHT, doctor, scenario

START = dt.date(2026, 1, 5)


def test_vacation_is_respected_and_a_wish_is_granted(tmp_path: Path) -> None:
    doctors = [doctor(i, office=None) for i in range(4)]
    s = scenario(doctors, shifts=[EVENING_NIGHT], legevakt={"pool": [d["id"] for d in doctors]})
    path = tmp_path / "prefs.csv"
    path.write_text(
        "physician,date,kind,to,weight\n"
        "gp00,2026-01-05,vacation,2026-01-11,\n"
        "gp01,2026-01-09,wish,,3\n"
    )
    prefs = read_preferences(path, {d["id"] for d in doctors})
    problem = build_problem(s, "lv", START, 2, prefs)
    result = solve(problem, SolverSettings(time_limit=5.0))
    assert result.staffing is not None
    rota = result.staffing.assignments()
    assert not [a for a in rota if a.physician == "gp00" and a.start.date() < dt.date(2026, 1, 12)]
    assert any(a.physician == "gp01" and a.start.date() == dt.date(2026, 1, 9) for a in rota)
