"""Charts as inline SVG: matplotlib figures in one colour-blind-safe style, text kept as text.

Every id inside a chart's SVG is prefixed with the chart's id, so charts sharing a page
never collide; a fixed `svg.hashsalt` per chart makes the same input give the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib
from matplotlib.figure import Figure

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour
# vision deficiency. Grey stands in for black so stacked bars stay light enough for labels.
OKABE_ITO = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#999999",  # grey
)
INK = "#222222"

STYLE = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"],
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.labelsize": 10,
    "axes.edgecolor": "#666666",
    "axes.labelcolor": INK,
    "axes.prop_cycle": matplotlib.cycler(color=OKABE_ITO),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.frameon": False,
    "figure.dpi": 100,
}

_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.DOTALL)
# matplotlib names elements `figure_1`, `axes_1`, ... in every SVG: prefix ids and the
# references to them with the chart id so that charts sharing a page keep ids unique.
_LOCAL_ID = re.compile(r'(\bid="|href="#|url\(#)([^")]+)')
_METADATA = {"Creator": None, "Date": None, "Format": None, "Type": None}


@contextmanager
def figure(width: float = 8.0, height: float = 4.0) -> Iterator[Figure]:
    """A figure in the report style. It is made without pyplot, so rendering a report
    changes neither the user's backend nor pyplot's list of open figures."""
    with matplotlib.rc_context(STYLE):
        yield Figure(figsize=(width, height))


def to_svg(fig: Figure, chart_id: str) -> str:
    """The figure as an <svg> element for inline HTML (no XML prologue, no metadata)."""
    stream = io.StringIO()
    with matplotlib.rc_context({**STYLE, "svg.hashsalt": chart_id}):
        fig.savefig(stream, format="svg", bbox_inches="tight", metadata=_METADATA)
    text = _PROLOGUE.sub("", stream.getvalue(), count=1)
    text = _LOCAL_ID.sub(lambda m: f"{m[1]}{chart_id}-{m[2]}", text)
    return text.replace("<svg ", f'<svg role="img" aria-labelledby="{chart_id}-caption" ', 1)


def variant_colour(index: int) -> str:
    """The colour of the index-th variant: blue, vermillion, bluish green, ..."""
    order = (4, 5, 2, 0, 6, 1, 3, 7)
    return OKABE_ITO[order[index % len(order)]]
