"""Travel and coordination networks: travel times, accessibility, locating legevakt."""

from simulator.network.travel import TravelNetwork, UnreachableError

__all__ = ["TravelNetwork", "UnreachableError"]
