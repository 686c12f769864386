"""Service-level rules checked on measured KPIs the engine reports: shares of calls answered
within 2 minutes, of appointments within 5 working days, of call-outs within 12/25 minutes."""

from __future__ import annotations

import datetime as dt

from simulator.rules.catalogue import Catalogue, Severity, load_catalogue
from simulator.rules.findings import Finding, finding

URBAN = "callout-response-urban"
RURAL = "callout-response-rural"


def check_kpi(
    rule_id: str,
    subject_id: str,
    share: float,
    on: dt.date,
    *,
    catalogue: Catalogue | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> Finding:
    """Compare a measured `share` with the minimum share of `rule_id` in force on `on`:
    information when met, the rule's breach severity when not."""
    catalogue = catalogue or load_catalogue()
    rule = catalogue.rule(rule_id)
    version = rule.version_on(on)
    minimum = version.parameters["min_share"]
    nb_within, en_within = _within(version.parameters)
    met = share >= minimum
    verdict_nb, verdict_en = ("oppfylt", "met") if met else ("ikke oppfylt", "not met")
    return finding(
        rule,
        version,
        subject_id,
        f"{share:.0%} {nb_within}, krav {minimum:.0%}: {verdict_nb}",
        f"{share:.0%} {en_within}, required {minimum:.0%}: {verdict_en}",
        severity=Severity.info if met else None,
        measured=round(share, 4),
        limit=minimum,
        unit="share",
        start=start,
        end=end,
    )


def callout_rule(population: int, on: dt.date, catalogue: Catalogue | None = None) -> str:
    """The response-time rule for an area of `population` inhabitants (urban from 10 000)."""
    catalogue = catalogue or load_catalogue()
    urban_from = catalogue.parameter(URBAN, "min_population", on)
    return URBAN if population >= urban_from else RURAL


def _within(parameters: dict) -> tuple[str, str]:
    if "within_working_days" in parameters:
        days = parameters["within_working_days"]
        return f"innen {days} arbeidsdager", f"within {days} working days"
    minutes = parameters["within_minutes"]
    return f"innen {minutes} minutter", f"within {minutes} minutes"
