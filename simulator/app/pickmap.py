"""A map to pick municipalities from: every municipality of the shipped data as a point at its
coordinates (sized by population), drawn as inline SVG, so nothing is fetched from a tile
server. The projection is the report map's: longitude scaled by the cosine of the latitude."""

from __future__ import annotations

import math
from functools import cache
from html import escape

from simulator.data_sources.municipalities import load_municipalities

WIDTH = 420  # SVG units; the page scales it
MARGIN = 8
MEAN_LATITUDE = 64.5  # the middle of mainland Norway: shapes stay true there
RADIUS_PER_SQRT_PERSON = 0.015
MIN_RADIUS = 3.0  # still a target for a mouse


@cache
def pick_map() -> str:
    """The SVG: one `<circle data-pick="1871 Andøy">` per municipality, with its name as a
    tooltip; the start page's script adds a clicked one to the list of municipalities."""
    records = list(load_municipalities().values())
    scale = math.cos(math.radians(MEAN_LATITUDE))
    xs = [r.lon * scale for r in records]
    ys = [-r.lat for r in records]
    left, top = min(xs), min(ys)
    unit = (WIDTH - 2 * MARGIN) / (max(xs) - left)
    height = (max(ys) - top) * unit + 2 * MARGIN
    circles = []
    for record, x, y in zip(records, xs, ys, strict=True):
        label = escape(f"{record.number} {record.short_name}")
        radius = max(MIN_RADIUS, RADIUS_PER_SQRT_PERSON * math.sqrt(record.population))
        circles.append(
            f'<circle cx="{MARGIN + (x - left) * unit:.1f}" cy="{MARGIN + (y - top) * unit:.1f}" '
            f'r="{radius:.1f}" data-pick="{label}"><title>{label}</title></circle>'
        )
    return (
        f'<svg class="pickmap" viewBox="0 0 {WIDTH} {height:.0f}" role="img">'
        + "".join(circles)
        + "</svg>"
    )
