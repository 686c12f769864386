"""Properties of fastest travel times on random small networks."""

from __future__ import annotations

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from simulator.network.travel import TravelNetwork

from .builders import link, place, scenario

EXAMPLES = settings(max_examples=40, deadline=None)


@st.composite
def networks(draw: st.DrawFn) -> tuple[list[dict], list[dict], list[dict]]:
    """Places, a spanning tree of road links (so all are reachable) and extra links."""
    n = draw(st.integers(3, 7))
    coords = st.tuples(st.floats(60.0, 60.5), st.floats(5.0, 5.5))
    places = [place(f"p{i}", *draw(coords)) for i in range(n)]
    tree = [
        link(f"p{draw(st.integers(0, i - 1))}", f"p{i}", minutes=draw(minutes), km=draw(kms))
        for i in range(1, n)
    ]
    extra = draw(st.lists(_extra_link(n), max_size=6))
    return places, tree, extra


minutes = st.floats(1.0, 120.0)
kms = st.floats(0.5, 100.0)


@st.composite
def _extra_link(draw: st.DrawFn, n: int) -> dict:
    a, b = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
    if draw(st.booleans()):
        return link(f"p{a}", f"p{b}", minutes=draw(minutes), km=draw(kms))
    departures = draw(st.none() | st.floats(1.0, 40.0))
    return link(f"p{a}", f"p{b}", mode="ferry", km=draw(kms), departures_per_day=departures)


def _matrix(places: list[dict], links: list[dict], connect: str = "links_only") -> np.ndarray:
    net = TravelNetwork.from_scenario(scenario(places, links, connect=connect))
    return net.matrix([p["id"] for p in places])[0]


@EXAMPLES
@given(networks(), st.sampled_from(["links_only", "nearest"]))
def test_triangle_inequality(network: tuple, connect: str) -> None:
    places, tree, extra = network
    m = _matrix(places, tree + extra, connect)
    through = m[:, :, None] + m[None, :, :]  # i -> j -> k
    assert np.all(m[:, None, :] <= through + 1e-9)


@EXAMPLES
@given(networks(), st.data())
def test_adding_a_link_never_lengthens(network: tuple, data: st.DataObject) -> None:
    places, tree, extra = network
    new = data.draw(_extra_link(len(places)))
    before = _matrix(places, tree + extra)
    after = _matrix(places, [*tree, *extra, new])
    assert np.all(after <= before + 1e-9)


@EXAMPLES
@given(networks(), st.data())
def test_removing_a_ferry_never_shortens(network: tuple, data: st.DataObject) -> None:
    places, tree, extra = network
    ferries = [i for i, e in enumerate(extra) if e.get("mode") == "ferry"]
    assume(ferries)
    removed = data.draw(st.sampled_from(ferries))
    before = _matrix(places, tree + extra)
    after = _matrix(places, tree + extra[:removed] + extra[removed + 1 :])
    assert np.all(after >= before - 1e-9)


@EXAMPLES
@given(
    st.lists(st.tuples(st.floats(60.0, 62.0), st.floats(5.0, 9.0)), min_size=2, max_size=12),
    st.booleans(),
)
def test_nearest_connects_every_place(coords: list[tuple[float, float]], ferry: bool) -> None:
    """Whatever the coordinates, `connect: nearest` leaves no place unreachable, with or
    without a listed ferry between two of them, and times stay symmetric and metric."""
    places = [place(f"p{i}", lat, lon) for i, (lat, lon) in enumerate(coords)]
    links = [link("p0", "p1", mode="ferry", km=5.0)] if ferry else []
    m = _matrix(places, links, connect="nearest")
    assert np.all(np.isfinite(m))
    assert np.allclose(m, m.T)
    assert np.all(m[:, None, :] <= m[:, :, None] + m[None, :, :] + 1e-9)
