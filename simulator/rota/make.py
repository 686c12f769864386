"""Making a rota: explain by arithmetic first, then solve, then ask the solver why not."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from simulator.rota.bound import eligibility_bound
from simulator.rota.diagnosis import Diagnosis, diagnose
from simulator.rota.feasibility import Finding, explain
from simulator.rota.model import Rule
from simulator.rota.problem import RotaProblem
from simulator.rota.solver import SolveResult, SolverSettings, solve
from simulator.rota.staffing import Staffing


@dataclass(frozen=True)
class Outcome:
    """A staffed rota, or the reasons there is none (`findings` from counting, `diagnosis`
    from the solver)."""

    staffing: Staffing | None
    result: SolveResult | None = None
    findings: list[Finding] = field(default_factory=list)
    diagnosis: Diagnosis | None = None

    def binding(self) -> Rule | None:
        """The binding rule (the first one found), if one was named."""
        if self.findings:
            return self.findings[0].rule
        if self.diagnosis and self.diagnosis.core:
            return self.diagnosis.core[0][0]
        return None

    def why_not(self) -> list[str]:
        """The reasons in planner's words, binding rule and period first."""
        if self.findings:
            return [str(f) for f in self.findings]
        if self.diagnosis and self.diagnosis.core:
            return [
                f"{period}: the rules cannot all hold together [{rule.value}]"
                for rule, period in self.diagnosis.core
            ]
        if self.diagnosis:
            return [self.diagnosis.status]
        status = self.result.status if self.result else "not solved"
        return [f"no rota found within the time limit (solver status: {status})"]


def make_rota(problem: RotaProblem, settings: SolverSettings | None = None) -> Outcome:
    """The rota of `problem`, its optimality gap measured against the bound that knows who may
    work which shift (`bound.eligibility_bound`), or why there is none."""
    settings = settings or SolverSettings()
    findings = explain(problem)
    if findings:
        return Outcome(None, findings=findings)
    result = solve(problem, settings)
    if result.staffing is not None:
        bound = max(result.bound or 0.0, eligibility_bound(problem))
        return Outcome(result.staffing, replace(result, bound=bound))
    if result.status != "infeasible":
        return Outcome(None, result)
    part = result.infeasible_part or problem
    return Outcome(None, result, diagnosis=diagnose(part, settings.time_limit))
