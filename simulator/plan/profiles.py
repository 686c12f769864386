"""Demand profiles: package data (`profiles/<name>.yaml`, every value with its citation) that a
scenario's `demand:` section overrides. The engine resolves the whole profile
(`engine.demand.DemandModel`); the GPs' routine demand is resolved here too, because the
chronic-care precondition compares it with what a team takes over, without running the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from simulator.scenario.settings import Demand


@cache
def load_profile(name: str) -> dict:
    """The raw profile shipped with samsim (ruamel.yaml imported here: `validate` never reads a
    profile and starts without it)."""
    from ruamel.yaml import YAML

    text = (resources.files("simulator.plan") / "profiles" / f"{name}.yaml").read_text("utf-8")
    return YAML(typ="safe").load(text)


def pick(override: float | None, default: float) -> float:
    """The scenario's value where it gives one, else the profile's."""
    return float(default if override is None else override)


@dataclass(frozen=True)
class GpDemand:
    """What listed patients ask of their GPs: consultations a person a year, and the share of
    them wanted the same day."""

    gp_consultations_per_person: float
    gp_same_day_share: float

    @classmethod
    def resolve(cls, demand: Demand) -> GpDemand:
        """The named profile's values with the scenario's overrides applied."""
        raw = load_profile(demand.profile)
        return cls(
            gp_consultations_per_person=pick(
                demand.gp_consultations_per_person, raw["gp_consultations_per_person"]
            ),
            gp_same_day_share=pick(demand.gp_same_day_share, raw["gp_same_day_share"]),
        )
