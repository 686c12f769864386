"""A schematic map from the scenario's coordinates: settlements sized by population, offices
and branch offices, legevakt stations, bed units, hospitals and the travel links labelled
with their minutes (≈ where the scenario gives none and they are estimated as the engine
does). No tile server: an equirectangular projection with longitude scaled by cos(latitude),
which keeps shapes true at the region's scale."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from adjustText import adjust_text
from matplotlib.axes import Axes
from matplotlib.text import Text

from simulator.network.legs import link_leg
from simulator.report.html import Section, absent, chart, slug
from simulator.report.i18n import Translator
from simulator.report.results import ResultSet, VariantResult
from simulator.report.svg import INK, OKABE_ITO, figure, to_svg
from simulator.scenario import Scenario
from simulator.scenario.geography import Link, LinkMode, Place, PlaceKind

SECTION_ID = "map"
LABELLED_PLACES = 60  # more names than this on one map are unreadable
LABELLED_MUNICIPALITIES = 15
FRAME_MARGIN = 0.15  # share of the region's extent kept around it
NUDGE = 0.025  # share of the map's extent a co-located marker moves aside
SIDES = ((1.0, -0.6), (-1.0, -0.6), (0.0, -1.2), (1.0, 0.6), (-1.0, 0.6))

ToMap = Callable[[str], tuple[float, float]]  # a place id to map coordinates


@dataclass(frozen=True)
class Layer:
    """One kind of point on the map: its marker, colour and the places it holds."""

    key: str
    marker: str
    colour: str
    places: tuple[str, ...]
    filled: bool = True


def section(results: ResultSet, t: Translator) -> Section:
    body = "".join(_map(v, t) for v in results.charted)
    return Section(SECTION_ID, t("section.map"), body)


def _map(variant: VariantResult, t: Translator) -> str:
    s = variant.scenario
    if len(s.places) < 2:
        return absent(t("absent.map", variant=variant.name))
    places = s.by_id("places")
    projection = Projection.of(s)
    xy = projection.xy
    layers = _layers(s)
    xs, ys = zip(*(xy(p.id) for p in s.places), strict=True)
    nudge = NUDGE * max(max(xs) - min(xs), max(ys) - min(ys))
    chart_id = slug("map", variant.name)
    with figure(8.0, 7.5) as fig:
        ax = fig.subplots()
        for link in s.travel.links:
            _link(ax, link, xy, s, t)
        shown: dict[str, int] = {}
        for layer in layers:
            _points(ax, layer, xy, shown, nudge, s, t)
        labels = []
        for place in _labelled(shown, layers):
            name = places[place].name
            if place in projection.outside:
                name = t("map.off_map", name=name)
            labels.append(ax.text(*xy(place), name, fontsize=8, color=INK, zorder=4))
        if len(s.municipalities) <= LABELLED_MUNICIPALITIES:
            _municipality_names(ax, s, xy)
        ax.set_aspect("equal")
        _spread(ax, labels)
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=3, fontsize=8)
        svg = to_svg(fig, chart_id)
    return chart(chart_id, svg, t("caption.map", variant=variant.name))


@dataclass(frozen=True)
class Projection:
    """Equirectangular map coordinates (x = longitude × cos of the mean latitude). The frame
    holds every place but hospitals; a hospital beyond it (a regional hospital hours away)
    is drawn on the frame's edge in its true direction, so the region is not shrunk to a dot."""

    places: dict[str, Place]
    scale: float
    box: tuple[float, float, float, float]  # x0, y0, x1, y1
    outside: frozenset[str]

    @classmethod
    def of(cls, s: Scenario) -> Projection:
        places = s.by_id("places")
        scale = math.cos(math.radians(sum(p.lat for p in s.places) / len(s.places)))
        core = [p for p in s.places if p.kind is not PlaceKind.hospital] or list(s.places)
        xs = [p.lon * scale for p in core]
        ys = [p.lat for p in core]
        margin = FRAME_MARGIN * max(max(xs) - min(xs), max(ys) - min(ys), 0.05)
        box = (min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin)
        outside = frozenset(
            p.id
            for p in s.places
            if not (box[0] <= p.lon * scale <= box[2] and box[1] <= p.lat <= box[3])
        )
        return cls(places, scale, box, outside)

    def xy(self, place: str) -> tuple[float, float]:
        p = self.places[place]
        x, y = p.lon * self.scale, p.lat
        if place not in self.outside:
            return x, y
        x0, y0, x1, y1 = self.box
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        # shrink the ray from the centre until it meets the frame
        factor = min(
            (x1 - cx) / abs(x - cx) if x != cx else math.inf,
            (y1 - cy) / abs(y - cy) if y != cy else math.inf,
        )
        return cx + (x - cx) * factor, cy + (y - cy) * factor


def _labelled(shown: dict[str, int], layers: list[Layer]) -> list[str]:
    """Every place on a regional map; on a large one only the services people travel to
    (legevakt, beds, hospitals), so that names stay legible."""
    if len(shown) <= LABELLED_PLACES:
        return list(shown)
    keep = {"legevakt", "beds", "hospital"}
    return sorted({p for layer in layers if layer.key in keep for p in layer.places})


def _layers(s: Scenario) -> list[Layer]:
    settlements = {st.place for m in s.municipalities for st in m.settlement_shares()}
    mains = {o.place for o in s.offices if not o.branch_of}
    branches = {o.place for o in s.offices if o.branch_of} - mains
    stations = {lv.station for lv in s.legevakt}
    beds = {u.place for u in [*s.kad, *s.sykestuer]}
    hospitals = {p.id for p in s.places if p.kind is PlaceKind.hospital}
    return [
        Layer("settlement", "o", OKABE_ITO[1], tuple(sorted(settlements))),
        Layer("office", "s", OKABE_ITO[4], tuple(sorted(mains))),
        Layer("branch_office", "s", OKABE_ITO[4], tuple(sorted(branches)), filled=False),
        Layer("legevakt", "^", OKABE_ITO[5], tuple(sorted(stations))),
        Layer("beds", "D", OKABE_ITO[2], tuple(sorted(beds))),
        Layer("hospital", "P", OKABE_ITO[6], tuple(sorted(hospitals))),
    ]


def _points(
    ax: Axes,
    layer: Layer,
    xy: ToMap,
    shown: dict[str, int],
    nudge: float,
    s: Scenario,
    t: Translator,
) -> None:
    """A layer's markers; a place already shown by an earlier layer (an office in a
    settlement) gets its marker moved a little to the side so that both stay visible."""
    if not layer.places:
        return
    points = []
    for place in layer.places:
        x, y = xy(place)
        step = shown.get(place, 0)
        shown[place] = step + 1
        dx, dy = SIDES[(step - 1) % len(SIDES)] if step else (0.0, 0.0)
        points.append((x + dx * nudge, y + dy * nudge))
    xs, ys = zip(*points, strict=True)
    sizes = _settlement_sizes(s, layer.places) if layer.key == "settlement" else 70
    face = layer.colour if layer.filled else "white"
    ax.scatter(
        xs,
        ys,
        s=sizes,
        marker=layer.marker,
        facecolor=face,
        edgecolor=layer.colour,
        linewidth=1.5,
        zorder=3,
        label=t(f"map.{layer.key}"),
    )


def _settlement_sizes(s: Scenario, places: Iterable[str]) -> list[float]:
    """Marker area proportional to the inhabitants living at each settlement."""
    people: dict[str, float] = {}
    for m in s.municipalities:
        for st in m.settlement_shares():
            people[st.place] = people.get(st.place, 0.0) + m.population * st.share
    largest = max(people.values(), default=1.0) or 1.0
    return [20 + 280 * people.get(p, 0.0) / largest for p in places]


def _link(ax: Axes, link: Link, xy: ToMap, s: Scenario, t: Translator) -> None:
    (x1, y1), (x2, y2) = xy(link.from_), xy(link.to)
    ferry = link.mode is LinkMode.ferry
    ax.plot(
        [x1, x2],
        [y1, y2],
        color=OKABE_ITO[4] if ferry else "#888888",
        linestyle="--" if ferry else "-",
        linewidth=1.2,
        zorder=1,
    )
    leg = link_leg(link, s.by_id("places"), s.travel)
    text = t("map.minutes", minutes=round(leg.minutes))
    label = text if link.minutes is not None else f"≈ {text}"
    ax.annotate(
        label,
        ((x1 + x2) / 2, (y1 + y2) / 2),
        fontsize=7,
        ha="center",
        va="center",
        color=INK,
        zorder=2,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
    )


def _spread(ax: Axes, labels: list[Text]) -> None:
    """Move place names apart so none overlaps another (adjustText), each tied to its place
    by a thin line when it had to move far."""
    if len(labels) > 1:
        adjust_text(
            labels,
            ax=ax,
            expand=(1.15, 1.3),
            arrowprops={"arrowstyle": "-", "color": "#888888", "linewidth": 0.5},
        )


def _municipality_names(ax: Axes, s: Scenario, xy: ToMap) -> None:
    """Each municipality's name at the population-weighted centre of its settlements."""
    for m in s.municipalities:
        shares = m.settlement_shares()
        points = [(xy(st.place), st.share) for st in shares]
        x = sum(p[0] * w for p, w in points)
        y = sum(p[1] * w for p, w in points)
        ax.annotate(
            m.name.upper(),
            (x, y),
            xytext=(0, -20),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=9,
            color="#555555",
            fontstyle="italic",
            zorder=5,
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
        )
