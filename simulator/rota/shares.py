"""Why a doctor's count is off their fair share: the constraint that keeps it there.

A fair share is in proportion to FTE and to the part of the shifts the doctor may work at all
(`fairness.fair_shares`), not to which shifts those are. A doctor below it is kept out of
shifts others may take (the first reason each shift names: vacation, office days, exemption,
competence); a doctor above it works shifts most colleagues are kept out of, or the rest and
frequency rules leave the others no room.
"""

from __future__ import annotations

from collections import Counter

from simulator.rota.fairness import fair_shares
from simulator.rota.model import rule_of
from simulator.rota.shifts import Kind
from simulator.rota.staffing import Staffing

OFF_BY = 1.0  # shifts off the share before it needs a reason (counts are whole shifts)


def reasons_off_share(staffing: Staffing) -> dict[str, str]:
    """For each doctor whose shift count is at least `OFF_BY` off their fair share, why."""
    problem = staffing.problem
    shares = fair_shares(problem, Kind.shifts)
    worked: list[list[int]] = [[] for _ in problem.doctors]
    for s, team in enumerate(staffing.doctors):
        for d in team:
            worked[d].append(s)
    reasons = {}
    for d, doctor in enumerate(problem.doctors):
        gap = len(worked[d]) - shares[d]
        if gap <= -OFF_BY:
            reasons[doctor.id] = _below(staffing, d)
        elif gap >= OFF_BY:
            reasons[doctor.id] = _above(staffing, d, worked[d])
    return reasons


def _below(staffing: Staffing, d: int) -> str:
    problem = staffing.problem
    kept_out = Counter(
        rule_of(problem.blocked[(d, s)]).value
        for s in range(len(problem.shifts))
        if (d, s) in problem.blocked
    )
    if not kept_out:
        return "rest and frequency with the doctor's own shifts"
    return "kept out of " + _listed(kept_out)


def _above(staffing: Staffing, d: int, shifts: list[int]) -> str:
    problem = staffing.problem
    others_out = Counter(
        rule_of(problem.blocked[(e, s)]).value
        for s in shifts
        for e in range(len(problem.doctors))
        if e != d and (e, s) in problem.blocked
    )
    if not others_out:
        return "the others' rest and frequency leave the shifts to this doctor"
    return "on its shifts most others are kept out by " + _listed(others_out, per=len(shifts))


def _listed(counts: Counter[str], per: int = 0) -> str:
    """The two commonest reasons with their counts (per shift worked when `per` is given)."""
    parts = []
    for reason, n in counts.most_common(2):
        amount = f"{n / per:.1f} doctors a shift" if per else f"{n} shifts"
        parts.append(f"{reason} ({amount})")
    return "; ".join(parts)
