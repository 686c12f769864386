"""Benchmark: accessibility KPIs and legevakt location on the synthetic national scenario.

Run from the repository root:  .venv/bin/python -m benchmarks.network_location
"""

from __future__ import annotations

from benchmarks.national_scenario import national_scenario
from benchmarks.network_matrix import timed
from simulator.network.accessibility import settlement_access, summarise
from simulator.network.location import Objective, demand, locate
from simulator.network.travel import TravelNetwork


def main() -> None:
    scenario = national_scenario()
    network = TravelNetwork.from_scenario(scenario)
    candidates = [p.id for p in scenario.places if p.kind == "legevakt"]
    rows = timed(
        "accessibility, every settlement (no legevakt plan)",
        lambda: settlement_access(scenario, network),
    )
    hospital = summarise(rows).mean_minutes
    print(f"  mean minutes to the nearest hospital: {hospital['hospital']:.1f}")
    data = timed(
        f"travel times settlements x {len(candidates)} candidates",
        lambda: demand(scenario, network, candidates),
    )
    for k, objective, within in ((100, Objective.median, None), (100, Objective.cover, 40.0)):
        result = timed(
            f"locate k={k} {objective} ({len(data.municipalities)} municipalities)",
            lambda k=k, objective=objective, within=within: locate(
                data, candidates, k, objective, within
            ),
        )
        shares = ", ".join(
            f"{result.within[t] / result.population:.1%} within {t:.0f} min" for t in result.within
        )
        print(f"  mean {result.mean_minutes:.1f} min; {shares}")


if __name__ == "__main__":
    main()
