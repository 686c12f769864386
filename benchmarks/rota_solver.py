"""Benchmark: a 25-doctor legevakt pool (like Nordhordland's 25-delt vakt) over 52 weeks.

Reports build and solve times, the solver status, objective, bound and optimality gap, the
fairness spread and the rules engine's verdict. Run from the repository root:

    .venv/bin/python -m benchmarks.rota_solver [--time-limit 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import time

from simulator.rota.fairness import Kind, fair_shares
from simulator.rota.problem import OfficeRest, build_problem
from simulator.rota.rotafile import rota_csv
from simulator.rota.solver import SolveResult, SolverSettings, solve
from simulator.rules import Severity, check_rota
from simulator.scenario import Scenario, load_scenario_text

START = dt.date(2026, 1, 5)
FTES = (1.0, 1.0, 0.8, 1.0, 0.6)
COMPETENT = {"specialist_general_practice": True, "legevakt_courses": True}
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
WEEKEND = ["sat", "sun"]
SHIFTS = [
    {"id": "evening-night", "days": WEEKDAYS, "start": "16:00", "end": "08:00"},
    {"id": "weekend", "days": WEEKEND, "start": "08:00", "hours": 24},
    {"id": "bakvakt", "days": WEEKDAYS, "start": "16:00", "end": "08:00", "mode": "backup"},
    {"id": "weekend-bakvakt", "days": WEEKEND, "start": "08:00", "hours": 24, "mode": "backup"},
]


def _doctor(i: int) -> dict:
    gp = {
        "id": f"gp{i:02d}",
        "office": "lk",
        "age": 61 if i in (3, 17) else 35 + i,
        "fte": FTES[i % len(FTES)],
        "opted_in": i == 17,
        "competence": COMPETENT,
        "vacation_weeks": 0,  # the solver on the same problem as before vacations were known
    }
    if i in (20, 21):
        gp |= {"role": "lis1", "competence": {"legevakt_courses": True}}
    if i == 9:
        period = {"from": "2026-05-01", "to": "2026-08-31"}
        gp["exemptions"] = [{"kind": "pregnancy", "period": period}]
    return gp


def pool_scenario() -> Scenario:
    """25 GPs at one office: weekday evening-night and 24-hour weekend shifts, each with a
    bakvakt; at most one shift in 5 days and 4 nights a month; two doctors over 60 (one opted
    in), one pregnant from May to August and two LIS1 without § 3a competence."""
    data = {
        "scenario": {"id": "bench", "title": "25-delt vakt", "start_date": str(START)},
        "municipalities": [
            {"id": "m", "number": "4631", "name": "M", "population": 30000, "centre": "p"}
        ],
        "places": [{"id": "p", "name": "P", "lat": 60.6, "lon": 5.1}],
        "offices": [{"id": "lk", "name": "Legekontor", "place": "p", "municipality": "m"}],
        "physicians": [_doctor(i) for i in range(25)],
        "legevakt": [
            {
                "id": "lv",
                "name": "Legevakt",
                "station": "p",
                "municipalities": ["m"],
                "shifts": SHIFTS,
            }
        ],
        "policy": {"max_shift_frequency_days": 5, "max_nights_per_month": 4},
    }
    return load_scenario_text(json.dumps(data), "benchmark")


def report(scenario: Scenario, result: SolveResult) -> None:
    print(
        f"status: {result.status}, objective: {result.objective}, bound: {result.bound}, "
        f"gap: {100 * (result.gap or 0):.2f} %"
    )
    if result.staffing is None:
        return
    burdens = result.staffing.burdens()
    for kind in Kind:
        shares = fair_shares(result.staffing.problem, kind)
        off = [abs(b.count(kind) - share) for b, share in zip(burdens, shares, strict=True)]
        print(f"{kind}: largest deviation from the fair share {max(off):.2f}")
    assignments = result.staffing.assignments()
    findings = check_rota(scenario, assignments)
    print(f"rules engine breaches: {sum(f.severity is Severity.breach for f in findings)}")
    digest = hashlib.sha256(rota_csv(assignments).encode()).hexdigest()[:12]
    print(f"rota fingerprint (same on every run): {digest}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--time-limit", type=float, default=SolverSettings().time_limit)
    args = parser.parse_args()
    scenario = pool_scenario()
    began = time.perf_counter()
    problem = build_problem(scenario, "lv", START, 52, office_rest=OfficeRest.free_office)
    built = time.perf_counter() - began
    result = solve(problem, SolverSettings(time_limit=args.time_limit))
    total = time.perf_counter() - began
    variables = len(problem.shifts) * len(problem.doctors) - len(problem.blocked)
    print(f"shifts: {len(problem.shifts)}, doctors: {len(problem.doctors)}, vars: {variables}")
    print(f"build: {built:.1f} s, solve: {result.seconds:.1f} s, total: {total:.1f} s")
    report(scenario, result)


if __name__ == "__main__":
    main()
