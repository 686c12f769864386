"""Starting scenarios from the shipped data: valid for every municipality and any selection."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.data_sources import load_legevakt_stations, load_municipalities
from simulator.scenario import Scenario, load_scenario_text
from simulator.scenario.geography import PlaceKind
from simulator.starter.build import Request, build_scenario, municipality_ids
from simulator.starter.districts import Layout
from simulator.starter.yaml_text import plain, render

START = dt.date(2027, 1, 4)
SMALL = sorted(n for n, r in load_municipalities().items() if r.population < 30_000)


def _build(numbers: tuple[str, ...], layout: Layout = Layout.as_today) -> Scenario:
    document = build_scenario(Request(numbers, layout, START, "test", "Test"))
    return Scenario.model_validate(plain(document))


def _text(numbers: tuple[str, ...], layout: Layout) -> tuple[str, Scenario]:
    document = build_scenario(Request(numbers, layout, START, "test", "Test"))
    return render(document, []), Scenario.model_validate(plain(document))


def test_every_municipality_gives_a_valid_scenario_with_its_own_figures() -> None:
    for number, record in load_municipalities().items():
        scenario = _build((number,))
        (municipality,) = scenario.municipalities
        assert (municipality.number, municipality.population) == (number, record.population)
        assert sum(p.list_size for p in scenario.physicians) == record.population
        kinds = Counter(p.kind for p in scenario.places)
        assert kinds[PlaceKind.hospital] == 1 and kinds[PlaceKind.legevakt] == 1


def test_as_today_uses_the_2024_station_and_all_its_chosen_members() -> None:
    nordhordland = next(s for s in load_legevakt_stations() if "Nordhordland" in s.name)
    scenario = _build(nordhordland.served)
    (legevakt,) = scenario.legevakt
    assert legevakt.name == nordhordland.name
    ids = municipality_ids()
    assert set(legevakt.municipalities) == {ids[n] for n in nordhordland.served}
    station = scenario.by_id("places")[legevakt.station]
    assert (station.lat, station.lon) == (nordhordland.lat, nordhordland.lon)


def test_layouts_give_one_station_each_or_one_shared_at_the_largest() -> None:
    numbers = ("4631", "4630", "4629")  # Alver, Osterøy, Modalen
    assert len(_build(numbers, Layout.per_municipality).legevakt) == 3
    (shared,) = _build(numbers, Layout.shared).legevakt
    largest = max(numbers, key=lambda n: load_municipalities()[n].population)
    assert shared.municipalities[0] == shared.host == municipality_ids()[largest]


def test_a_municipality_in_no_2024_station_gets_its_own_estimated_station() -> None:
    scenario = _build(("1580",))  # Haram
    (legevakt,) = scenario.legevakt
    assert legevakt.municipalities == ["haram"]
    assert scenario.by_id("places")[legevakt.station].municipality == "haram"


ESTIMATED_KEYS = ("beds:", "nurses:", "mode:", "list_size:", "road_speed_kmh:", "share:")


def test_estimated_numbers_are_marked_in_the_text() -> None:
    text, _ = _text(("5530", "5601"), Layout.as_today)
    section = ""
    for line in text.splitlines():
        if not line.startswith((" ", "#")):
            section = line.rstrip(":")
        if _estimated(section, line):
            assert "# ESTIMATE:" in line, line


def _estimated(section: str, line: str) -> bool:
    listed = section in ("offices", "physicians") and line.lstrip().startswith("- ")
    return listed or any(key in line for key in ESTIMATED_KEYS)


@settings(max_examples=12, deadline=None)
@given(
    st.lists(st.sampled_from(SMALL), min_size=1, max_size=4, unique=True),
    st.sampled_from(list(Layout)),
)
def test_any_selection_renders_to_a_file_that_loads(numbers: list[str], layout: Layout) -> None:
    text, expected = _text(tuple(numbers), layout)
    scenario = load_scenario_text(text, "new.yaml")
    assert scenario == expected
    served = Counter(m for lv in scenario.legevakt for m in lv.municipalities)
    assert served == Counter(municipality_ids()[n] for n in numbers)


def test_one_shared_station_for_the_whole_country_stays_within_schema_limits() -> None:
    (shared,) = _build(tuple(load_municipalities()), Layout.shared).legevakt
    assert shared.host == "oslo"
    assert max(s.doctors for s in shared.shifts) == 20
