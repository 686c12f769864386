"""Rebuild simulator/data/kommuner-2024.csv from SSB and Kartverket (needs internet access).

    python scripts/refresh_data.py [--out simulator/data] [--dry-run]

Sources:
- Population: SSB table 07459 "Befolkning, etter region, alder, statistikkvariabel, år og
  kjønn" through the PxWeb API v0 (POST a JSON query, JSON-stat2 answer), the latest year
  (`top 1`), which is the population on 1 January of that year. Licence NLOD 2.0 / CC BY 4.0.
- Municipalities, names, counties, borders and a point inside each: Kartverket's open API for
  administrative units (kommuneinfo v1). Licence CC BY 4.0.

The point used for distances is computed as for the shipped file (docs/data.md): the
area-weighted centroid of all polygon parts in a local equirectangular projection when it lies
inside the municipality, otherwise Kartverket's `punktIOmrade`. Columns the APIs do not give
(administrative centre, official area) are kept from the current file for numbers that still
exist; a new municipality gets an empty administrative centre and its polygon area.

The legevakt and hospital lists have no open API (NKLM publishes a spreadsheet): the script only
reports their kommunenummer that no longer exist, so they can be updated by hand.

Not run in CI; the package ships the files as the offline default. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import os
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

SSB_07459 = "https://data.ssb.no/api/v0/no/table/07459/"
KOMMUNEINFO = "https://ws.geonorge.no/kommuneinfo/v1"
MUNICIPALITIES_FILE = "kommuner-2024.csv"
LINKED_FILES = {"legevakter-2024.csv": "kommunenummer_betjent", "sykehus-2026.csv": "kommunenummer"}
TIMEOUT_S = 60
KM_PER_DEGREE = 111.195  # mean Earth radius 6371 km × π / 180

Ring = list[tuple[float, float]]  # (lon, lat)
Polygon = list[Ring]  # outer ring, then holes


def fetch_json(url: str, payload: dict[str, Any] | None = None) -> Any:
    """GET, or POST `payload` as JSON, and decode the JSON answer."""
    data = json.dumps(payload).encode() if payload is not None else None
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    request = urllib.request.Request(url, data=data, headers=headers)
    with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
        return json.load(response)


def ssb_population() -> tuple[str, dict[str, int]]:
    """The latest year of table 07459 and the population of every 4-digit region code."""
    query = {
        "query": [
            {"code": "Region", "selection": {"filter": "all", "values": ["*"]}},
            {"code": "ContentsCode", "selection": {"filter": "item", "values": ["Personer1"]}},
            {"code": "Tid", "selection": {"filter": "top", "values": ["1"]}},
        ],
        "response": {"format": "json-stat2"},
    }
    answer = fetch_json(SSB_07459, query)
    regions = answer["dimension"]["Region"]["category"]["index"]
    (year,) = answer["dimension"]["Tid"]["category"]["index"]
    by_position = {position: code for code, position in regions.items()}
    population = {
        by_position[i]: int(value)
        for i, value in enumerate(answer["value"])
        if value is not None and len(by_position[i]) == 4 and by_position[i].isdigit()
    }
    return year, population


def kartverket_municipalities() -> list[dict[str, Any]]:
    """Every current municipality with its names, county, point and polygons."""
    listing = fetch_json(f"{KOMMUNEINFO}/kommuner")
    result = []
    for item in sorted(listing, key=lambda k: k["kommunenummer"]):
        number = item["kommunenummer"]
        info = fetch_json(f"{KOMMUNEINFO}/kommuner/{number}")
        area = fetch_json(f"{KOMMUNEINFO}/kommuner/{number}/omrade?utkoordsys=4258")
        result.append(
            {
                "number": number,
                "name": info["kommunenavn"],
                "short_name": info.get("kommunenavnNorsk") or info["kommunenavn"],
                "county": info.get("fylkesnummer") or number[:2],
                "point": tuple(info["punktIOmrade"]["coordinates"]),
                "polygons": _polygons(area["omrade"]),
            }
        )
    return result


def _polygons(geometry: dict[str, Any]) -> list[Polygon]:
    rings = geometry["coordinates"]
    parts = [rings] if geometry["type"] == "Polygon" else rings
    return [[[(p[0], p[1]) for p in ring] for ring in part] for part in parts]


def centroid(polygons: list[Polygon]) -> tuple[float, float, float]:
    """Area-weighted centroid (lon, lat) and area in km² in a local equirectangular projection."""
    lat0 = sum(p[1] for poly in polygons for p in poly[0]) / sum(len(poly[0]) for poly in polygons)
    scale = math.cos(math.radians(lat0))
    total = cx = cy = 0.0
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            sign = 1.0 if index == 0 else -1.0
            area, x, y = _ring_moments([(lon * scale, lat) for lon, lat in ring])
            total += sign * abs(area)
            cx += sign * abs(area) * x
            cy += sign * abs(area) * y
    return cx / total / scale, cy / total, total * KM_PER_DEGREE**2


def _ring_moments(ring: Ring) -> tuple[float, float, float]:
    """Signed area and centroid of a closed ring (shoelace formula)."""
    area = x = y = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        x += (x0 + x1) * cross
        y += (y0 + y1) * cross
    area /= 2
    if area == 0:
        return 0.0, 0.0, 0.0
    return area, x / (6 * area), y / (6 * area)


def inside(point: tuple[float, float], polygons: list[Polygon]) -> bool:
    """Even-odd rule over all rings: holes and separate parts handled alike."""
    lon, lat = point
    crossings = 0
    for polygon in polygons:
        for ring in polygon:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                    crossings += 1
    return crossings % 2 == 1


def municipality_rows(
    municipalities: list[dict[str, Any]], population: dict[str, int], year: str, old: Path
) -> list[dict[str, str]]:
    previous = {r["kommunenummer"]: r for r in _read(old)} if old.exists() else {}
    rows = []
    for m in municipalities:
        lon, lat, area = centroid(m["polygons"])
        is_inside = inside((lon, lat), m["polygons"])
        point = (lon, lat) if is_inside else m["point"]
        kept = previous.get(m["number"], {})
        rows.append(
            {
                "kommunenummer": m["number"],
                "kommunenavn": m["name"],
                "navn_kort": m["short_name"],
                "fylkesnummer": m["county"],
                "adm_senter": kept.get("adm_senter", ""),
                f"folketall_{year}_01_01": str(population[m["number"]]),
                "areal_km2": kept.get("areal_km2") or f"{area:.2f}",
                "centroid_lat": f"{lat:.5f}",
                "centroid_lon": f"{lon:.5f}",
                "centroid_inside": "1" if is_inside else "0",
                "punkt_lat": f"{point[1]:.5f}",
                "punkt_lon": f"{point[0]:.5f}",
                "polygon_areal_km2_beregnet": f"{area:.1f}",
            }
        )
    return rows


def stale_links(folder: Path, numbers: set[str]) -> list[str]:
    """Lines naming kommunenummer in the hand-made lists that no longer exist."""
    problems = []
    for filename, column in LINKED_FILES.items():
        for line, row in enumerate(_read(folder / filename), start=2):
            for number in row[column].split(";"):
                if number and number not in numbers:
                    problems.append(f"{filename}:{line}: kommunenummer {number} no longer exists")
    return problems


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def write_csv_atomic(path: Path, rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(buffer.getvalue())
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "simulator/data")
    parser.add_argument("--dry-run", action="store_true", help="Fetch and check; write nothing.")
    args = parser.parse_args()
    year, population = ssb_population()
    municipalities = kartverket_municipalities()
    missing = [m["number"] for m in municipalities if m["number"] not in population]
    if missing:
        print(f"SSB 07459 ({year}) has no population for {', '.join(missing)}", file=sys.stderr)
        return 1
    target = args.out / MUNICIPALITIES_FILE
    rows = municipality_rows(municipalities, population, year, target)
    total = sum(population[m["number"]] for m in municipalities)
    print(f"{len(rows)} municipalities, {total:,} inhabitants on 1 January {year}")
    for problem in stale_links(args.out, {m["number"] for m in municipalities}):
        print(problem, file=sys.stderr)
    if not args.dry_run:
        write_csv_atomic(target, rows)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
