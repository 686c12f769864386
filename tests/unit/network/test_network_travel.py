"""Travel times and distances against hand-computed small graphs."""

from __future__ import annotations

import math

import pytest

from simulator.network.travel import TravelNetwork, UnreachableError

from .builders import link, place, scenario

ONE_DEGREE_KM = 2 * math.pi * 6371.0088 / 360  # one degree of a great circle


def test_listed_road_links_give_fastest_minutes_and_their_km() -> None:
    net = TravelNetwork.from_scenario(
        scenario(
            [place("a", 69.0, 18.0), place("b", 69.1, 18.0), place("c", 69.05, 18.1)],
            [
                link("a", "b", minutes=50, km=30),
                link("a", "c", minutes=10, km=15),
                link("c", "b", minutes=10, km=20),
            ],
        )
    )
    assert net.minutes("a", "b") == pytest.approx(20.0)
    assert net.km("a", "b") == pytest.approx(35.0)  # longer in km, but faster
    assert net.minutes("b", "a") == pytest.approx(20.0)
    assert net.minutes("a", "a") == 0.0


def test_road_leg_estimated_from_coordinates() -> None:
    net = TravelNetwork.from_scenario(
        scenario([place("a", 60.0, 10.0), place("b", 61.0, 10.0)], [link("a", "b")])
    )
    km = ONE_DEGREE_KM * 1.3  # default detour factor
    assert net.km("a", "b") == pytest.approx(km)
    assert net.minutes("a", "b") == pytest.approx(km / 60.0 * 60.0)  # default 60 km/h


def test_road_minutes_from_km_at_road_speed() -> None:
    net = TravelNetwork.from_scenario(
        scenario([place("a", 60.0, 10.0), place("b", 60.2, 10.0)], [link("a", "b", km=40)])
    )
    assert net.minutes("a", "b") == pytest.approx(40.0)


def test_ferry_at_effective_speed() -> None:
    net = TravelNetwork.from_scenario(
        scenario(
            [place("a", 60.0, 5.0), place("b", 60.1, 5.0)],
            [link("a", "b", mode="ferry", km=12.3)],
        )
    )
    assert net.minutes("a", "b") == pytest.approx(60.0)  # 12.3 km at 12.3 km/h


def test_ferry_with_departures_adds_half_the_interval() -> None:
    net = TravelNetwork.from_scenario(
        scenario(
            [place("a", 60.0, 5.0), place("b", 60.1, 5.0), place("c", 60.2, 5.0)],
            [
                link("a", "b", mode="ferry", minutes=20, departures_per_day=9),
                link("b", "c", mode="ferry", km=11, departures_per_day=18),
            ],
        )
    )
    assert net.minutes("a", "b") == pytest.approx(20 + 120 / 2)  # 18 h / 9 = 120 min apart
    assert net.minutes("b", "c") == pytest.approx(11 / 22 * 60 + 60 / 2)  # sailing at 22 km/h


def test_parallel_links_keep_the_fastest() -> None:
    net = TravelNetwork.from_scenario(
        scenario(
            [place("a", 60.0, 5.0), place("b", 60.1, 5.0)],
            [link("a", "b", minutes=30, km=20), link("b", "a", mode="ferry", minutes=25, km=5)],
        )
    )
    assert (net.minutes("a", "b"), net.km("a", "b")) == pytest.approx((25.0, 5.0))


def test_matrix_matches_pairs() -> None:
    net = TravelNetwork.from_scenario(
        scenario(
            [place("a", 69.0, 18.0), place("b", 69.1, 18.0), place("c", 69.2, 18.0)],
            [link("a", "b", minutes=10, km=8), link("b", "c", minutes=15, km=12)],
        )
    )
    minutes, km = net.matrix(["c", "a", "b"])
    assert minutes.tolist() == [[0, 25, 15], [25, 0, 10], [15, 10, 0]]
    assert km.tolist() == [[0, 20, 12], [20, 0, 8], [12, 8, 0]]


def test_unreachable_place_is_named() -> None:
    net = TravelNetwork.from_scenario(
        scenario(
            [place("a", 60.0, 5.0), place("b", 60.1, 5.0), place("island", 60.3, 4.8)],
            [link("a", "b", minutes=10)],
        )
    )
    with pytest.raises(UnreachableError, match="no route from 'a' to 'island'"):
        net.minutes("a", "island")
    with pytest.raises(UnreachableError, match="'island' to 'a'"):
        net.matrix(["a", "island"])


def test_unknown_place_is_an_error() -> None:
    net = TravelNetwork.from_scenario(scenario([place("a", 60.0, 5.0)]))
    with pytest.raises(ValueError, match="'nowhere' is not a place"):
        net.minutes("a", "nowhere")


def test_nearest_joins_unlinked_places_and_keeps_ferry_islands_linked() -> None:
    """Mainland places have no links; the island is reached only by its listed ferry."""
    net = TravelNetwork.from_scenario(
        scenario(
            [
                place("town", 60.0, 5.0),
                place("village", 60.05, 5.1),
                place("farm", 60.1, 5.0),
                place("quay", 60.1, 4.9, kind="ferry_quay"),
                place("island", 60.1, 4.7),
            ],
            [link("quay", "island", mode="ferry", minutes=40, km=10)],
            connect="nearest",
        )
    )
    assert net.graph.edges["quay", "island"]["origin"] == "link"
    assert not net.graph.has_edge("farm", "island")
    assert net.minutes("farm", "island") == pytest.approx(net.minutes("farm", "quay") + 40)
    assert set(net.graph["town"]) == {"village", "farm", "quay"}  # its three nearest


def test_nearest_joins_distant_clusters() -> None:
    """Two clusters far apart are joined by one estimated leg between their nearest places."""
    north = [place(f"n{i}", 69.0 + 0.01 * i, 18.0) for i in range(4)]
    south = [place(f"s{i}", 60.0 + 0.01 * i, 10.0) for i in range(4)]
    net = TravelNetwork.from_scenario(scenario(north + south, connect="nearest"))
    assert net.graph.has_edge("s3", "n0")
    assert math.isfinite(net.minutes("s0", "n3"))


def test_between_gives_rectangular_matrices() -> None:
    net = TravelNetwork.from_scenario(
        scenario(
            [place("a", 69.0, 18.0), place("b", 69.1, 18.0), place("c", 69.2, 18.0)],
            [link("a", "b", minutes=10, km=8), link("b", "c", minutes=15, km=12)],
        )
    )
    minutes, km = net.between(["a"], ["b", "c", "a"])
    assert minutes.tolist() == [[10, 25, 0]]
    assert km.tolist() == [[8, 20, 0]]


def test_co_located_places_are_zero_minutes_apart() -> None:
    net = TravelNetwork.from_scenario(
        scenario(
            [place("town", 60.0, 5.0), place("office", 60.0, 5.0), place("quay", 60.1, 5.0)],
            connect="nearest",
        )
    )
    assert net.minutes("office", "town") == 0.0
    assert net.minutes("office", "quay") == pytest.approx(net.minutes("town", "quay"))


def test_nearest_reaches_a_ferry_island_through_its_quay() -> None:
    """Rule 2: the unlinked mainland cluster is joined to the nearest place outside it, the
    quay; the island is reached by its listed ferry, never by an estimated road."""
    mainland = [place(f"v{i}", 60.0 + 0.01 * i, 5.0) for i in range(5)]
    net = TravelNetwork.from_scenario(
        scenario(
            [*mainland, place("quay", 60.2, 5.0), place("island", 60.25, 4.8)],
            [link("quay", "island", mode="ferry", minutes=30, km=12)],
            connect="nearest",
        )
    )
    assert net.graph.edges["v4", "quay"]["origin"] == "nearest"
    assert set(net.graph["island"]) == {"quay"}
    assert net.minutes("v0", "island") == pytest.approx(net.minutes("v0", "quay") + 30)


def test_the_last_scenarios_network_is_kept_and_its_rows_do_not_depend_on_order() -> None:
    places = [place("a", 69.0, 18.0), place("b", 69.1, 18.0), place("c", 69.05, 18.1)]
    links = [link("a", "b", minutes=50, km=30), link("a", "c", minutes=10), link("c", "b")]
    first, second = scenario(places, links), scenario(places, links)
    kept = TravelNetwork.for_scenario(first)
    assert TravelNetwork.for_scenario(first) is kept
    kept.matrix(["c", "b"])  # rows computed in another order than the fresh network's
    fresh = TravelNetwork.from_scenario(first)
    assert (kept.matrix(["a", "b", "c"])[1] == fresh.matrix(["a", "b", "c"])[1]).all()
    assert TravelNetwork.for_scenario(second) is not kept
