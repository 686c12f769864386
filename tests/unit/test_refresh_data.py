"""The offline parts of scripts/refresh_data.py: geometry, JSON-stat parsing, row building."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).parents[2] / "scripts" / "refresh_data.py"


@pytest.fixture(scope="module")
def refresh() -> ModuleType:
    spec = importlib.util.spec_from_file_location("refresh_data", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SQUARE = [(10.0, 60.0), (10.2, 60.0), (10.2, 60.1), (10.0, 60.1)]
HOLE = [(10.05, 60.02), (10.15, 60.02), (10.15, 60.08), (10.05, 60.08)]


def test_centroid_and_area_of_a_square(refresh: ModuleType) -> None:
    lon, lat, area = refresh.centroid([[SQUARE]])
    assert lon == pytest.approx(10.1) and lat == pytest.approx(60.05)
    # 0.2° of longitude at about 60.05° N times 0.1° of latitude: about 123 km².
    assert area == pytest.approx(0.2 * 111.195 * 0.4993 * 0.1 * 111.195, rel=0.01)


def test_a_ring_shaped_municipality_has_its_centroid_outside(refresh: ModuleType) -> None:
    ring = [[SQUARE, HOLE]]
    lon, lat, _ = refresh.centroid(ring)
    assert not refresh.inside((lon, lat), ring)
    assert refresh.inside((10.01, 60.05), ring)


def test_population_is_read_from_json_stat2(
    refresh: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = {
        "dimension": {
            "Region": {"category": {"index": {"0": 0, "0301": 1, "4631": 2, "K-1201": 3}}},
            "Tid": {"category": {"index": {"2025": 0}}},
        },
        "value": [5_594_340, 720_000, 30_100, None],
    }
    sent: list[Any] = []
    monkeypatch.setattr(refresh, "fetch_json", lambda url, payload=None: sent.append(url) or answer)
    year, population = refresh.ssb_population()
    assert sent == [refresh.SSB_07459]
    assert (year, population) == ("2025", {"0301": 720_000, "4631": 30_100})


def test_rows_keep_columns_the_apis_lack_and_fall_back_to_the_inside_point(
    refresh: ModuleType, tmp_path: Path
) -> None:
    old = tmp_path / "kommuner-2024.csv"
    old.write_text("kommunenummer,adm_senter,areal_km2\n4631,Knarvik,664.0\n")
    municipality = {
        "number": "4631",
        "name": "Alver",
        "short_name": "Alver",
        "county": "46",
        "point": (10.01, 60.05),
        "polygons": [[SQUARE, HOLE]],
    }
    (row,) = refresh.municipality_rows([municipality], {"4631": 30_100}, "2025", old)
    assert (row["adm_senter"], row["areal_km2"], row["folketall_2025_01_01"]) == (
        "Knarvik",
        "664.0",
        "30100",
    )
    assert row["centroid_inside"] == "0"
    assert (row["punkt_lon"], row["punkt_lat"]) == ("10.01000", "60.05000")


def test_stale_numbers_in_the_hand_made_lists_are_reported(
    refresh: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "legevakter-2024.csv").write_text("navn,kommunenummer_betjent\nX,4631;1580\n")
    (tmp_path / "sykehus-2026.csv").write_text("navn,kommunenummer\nY,4601\n")
    problems = refresh.stale_links(tmp_path, {"4631", "4601"})
    assert problems == ["legevakter-2024.csv:2: kommunenummer 1580 no longer exists"]
