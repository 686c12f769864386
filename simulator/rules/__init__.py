"""Regulatory rules as dated data, and the checks that apply them (MODEL.md §5).

`check_scenario`, `check_rota` and `check_timelines` return findings for a plan, a rota and
simulated timelines; `check_kpi` compares a measured service level with its rule.

Each name is imported from its module on first use (PEP 562): `samsim validate` needs only the
catalogue, and the checks would bring numpy with the timelines.
"""

from importlib import import_module
from typing import Any

_MODULES = {
    "catalogue": (
        "Catalogue",
        "Kind",
        "NotInForce",
        "Rule",
        "Severity",
        "Version",
        "load_catalogue",
    ),
    "checks": ("check_rota", "check_scenario", "check_timelines"),
    "duty": ("excused", "exemption_rules", "needs_bakvakt", "pool"),
    "findings": ("Finding",),
    "kpi": ("callout_rule", "check_kpi"),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value
