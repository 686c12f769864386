"""A synthetic national scenario for benchmarks: 357 municipalities, a few thousand places.

Municipalities and populations are the real 1 January 2024 ones (simulator/data/kommuner-2024.csv),
legevakt stations and hospitals are the real ones (legevakter-2024.csv, sykehus-2026.csv).
The settlements are synthetic: the municipality's point plus `SETTLEMENTS - 1` places scattered
uniformly over a disc of the municipality's area, from a named random stream.
"""

from __future__ import annotations

import math
import zlib

import numpy as np

from simulator.data_sources.csvfile import read_rows
from simulator.scenario.model import Scenario

SETTLEMENTS = 8  # per municipality, equal shares (1/8 is exact in binary)
KM_PER_DEGREE_LAT = 111.195


def national_scenario(seed: int = 1) -> Scenario:
    municipalities, places = [], []
    for row in read_rows("kommuner-2024.csv"):
        mid = f"k{row['kommunenummer']}"
        ids = _settlements(row, mid, seed, places)
        municipalities.append(
            {
                "id": mid,
                "number": row["kommunenummer"],
                "name": row["kommunenavn"],
                "population": int(row["folketall_2024_01_01"]),
                "settlements": [{"place": i, "share": 1 / SETTLEMENTS} for i in ids],
            }
        )
    places += _stations("legevakter-2024.csv", "lv", "legevakt")
    places += _stations("sykehus-2026.csv", "hosp", "hospital")
    return Scenario.model_validate(
        {
            "scenario": {
                "id": "national",
                "title": "Synthetic national",
                "start_date": "2026-01-05",
            },
            "municipalities": municipalities,
            "places": places,
        }
    )


def _settlements(row: dict[str, str], mid: str, seed: int, places: list[dict]) -> list[str]:
    """The municipality's point and synthetic places within a disc of its area."""
    lat0, lon0 = float(row["punkt_lat"]), float(row["punkt_lon"])
    radius_km = math.sqrt(float(row["areal_km2"]) / math.pi)
    key = zlib.crc32(f"national/{row['kommunenummer']}".encode())
    rng = np.random.default_rng(np.random.SeedSequence([seed, key]))
    ids = []
    for n in range(SETTLEMENTS):
        r = 0.0 if n == 0 else radius_km * math.sqrt(rng.random())
        angle = 2 * math.pi * rng.random()
        lat = lat0 + r * math.sin(angle) / KM_PER_DEGREE_LAT
        lon = lon0 + r * math.cos(angle) / (KM_PER_DEGREE_LAT * math.cos(math.radians(lat0)))
        ids.append(f"{mid}-{n}")
        places.append(
            {
                "id": ids[-1],
                "name": f"{row['kommunenavn']} {n}",
                "lat": lat,
                "lon": lon,
                "municipality": mid,
            }
        )
    return ids


def _stations(name: str, prefix: str, kind: str) -> list[dict]:
    return [
        {
            "id": f"{prefix}{i}",
            "name": r["navn"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "kind": kind,
        }
        for i, r in enumerate(read_rows(name))
    ]
