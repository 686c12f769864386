"""The load-time reachability check finds the travel network's connected parts from the legs
alone, without NetworkX: on random networks its parts are NetworkX's components of the graph
the travel times are computed on."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.network.travel import build_graph
from simulator.preflight.reachability import connected_parts

from .builders import link, place, scenario


@st.composite
def networks(draw: st.DrawFn) -> tuple[list[dict], list[dict]]:
    """Places and any links between them, connected or not (at most one link per pair)."""
    n = draw(st.integers(1, 8))
    coords = st.tuples(st.floats(60.0, 61.0), st.floats(5.0, 6.0))
    places = [place(f"p{i}", *draw(coords)) for i in range(n)]
    pairs = [(a, b) for a in range(n) for b in range(a + 1, n)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
    modes = st.sampled_from([{}, {"mode": "ferry", "km": 5.0}])
    return places, [link(f"p{a}", f"p{b}", **draw(modes)) for a, b in chosen]


@settings(max_examples=60, deadline=None)
@given(networks(), st.sampled_from(["links_only", "nearest"]))
def test_the_parts_are_the_travel_graphs_components(network: tuple, connect: str) -> None:
    places, links = network
    plan = scenario(places, links, connect=connect)
    expected = sorted(map(sorted, nx.connected_components(build_graph(plan))))
    assert sorted(map(sorted, connected_parts(plan))) == expected
