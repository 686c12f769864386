"""Benchmark: build the national travel network and its travel-time matrices.

Run from the repository root:  .venv/bin/python -m benchmarks.network_matrix
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from benchmarks.national_scenario import national_scenario
from simulator.network.travel import TravelNetwork

T = TypeVar("T")


def timed(label: str, action: Callable[[], T]) -> T:
    """Run `action`, printing its wall-clock and CPU time (CPU time varies less when other
    processes share the cores)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<52} wall {wall:6.2f} s   cpu {cpu:6.2f} s")
    return result


def main() -> None:
    scenario = timed("validate synthetic national scenario", national_scenario)
    network = timed(
        "build travel graph (connect: nearest)", lambda: TravelNetwork.from_scenario(scenario)
    )
    graph = network.graph
    print(f"  {graph.number_of_nodes()} places, {graph.number_of_edges()} legs")
    settlements = [p.id for p in scenario.places if p.kind == "settlement"]
    stations = [p.id for p in scenario.places if p.kind != "settlement"]
    timed(
        f"matrix settlements+stations ({len(settlements) + len(stations)} places)",
        lambda: network.matrix(settlements + stations),
    )
    timed("same matrix again (cached)", lambda: network.matrix(settlements + stations))
    fresh = TravelNetwork.from_scenario(scenario)
    timed(f"matrix stations only ({len(stations)} places)", lambda: fresh.matrix(stations))


if __name__ == "__main__":
    main()
