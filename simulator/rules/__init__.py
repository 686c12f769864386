"""Regulatory rules as dated data, and the checks that apply them."""

from simulator.rules.catalogue import Catalogue, Kind, NotInForce, Rule, Severity, load_catalogue

__all__ = ["Catalogue", "Kind", "NotInForce", "Rule", "Severity", "load_catalogue"]
