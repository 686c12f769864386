"""Regulatory rules as dated data, and the checks that apply them (MODEL.md §5).

`check_scenario`, `check_rota` and `check_timelines` return findings for a plan, a rota and
simulated timelines; `check_kpi` compares a measured service level with its rule.
"""

from simulator.rules.catalogue import (
    Catalogue,
    Kind,
    NotInForce,
    Rule,
    Severity,
    Version,
    load_catalogue,
)
from simulator.rules.checks import check_rota, check_scenario, check_timelines
from simulator.rules.duty import excused, exemption_rules, pool
from simulator.rules.findings import Finding
from simulator.rules.kpi import callout_rule, check_kpi

__all__ = [
    "Catalogue",
    "Finding",
    "Kind",
    "NotInForce",
    "Rule",
    "Severity",
    "Version",
    "callout_rule",
    "check_kpi",
    "check_rota",
    "check_scenario",
    "check_timelines",
    "excused",
    "exemption_rules",
    "load_catalogue",
    "pool",
]
