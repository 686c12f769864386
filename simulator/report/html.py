"""Small HTML building blocks: every text passes through `escape`, so scenario names and
finding texts can never inject markup into the report."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape as _escape

_NOT_ID = re.compile(r"[^a-z0-9]+")


def escape(text: object) -> str:
    return _escape(str(text), quote=True)


def slug(*parts: str) -> str:
    """An HTML id from arbitrary names (variant names of sweeps contain '=', ';', '[')."""
    return _NOT_ID.sub("-", "-".join(parts).lower()).strip("-") or "x"


def tag(name: str, content: str = "", **attributes: str | None) -> str:
    """<name attributes>content</name>; `class_` becomes `class`, None values are left out."""
    attrs = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{escape(value)}"'
        for key, value in attributes.items()
        if value is not None
    )
    return f"<{name}{attrs}>{content}</{name}>"


def paragraph(text: str, class_: str | None = None) -> str:
    return tag("p", escape(text), class_=class_)


def absent(text: str) -> str:
    """The one sentence a section shows instead of a chart when its data is missing."""
    return paragraph(text, class_="absent")


def items(texts: Iterable[str]) -> str:
    return tag("ul", "".join(tag("li", escape(t)) for t in texts))


@dataclass(frozen=True)
class Cell:
    """A table cell with pre-escaped HTML content, e.g. a number with a marker."""

    html: str
    class_: str | None = None


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[str | Cell]],
    row_classes: Sequence[str | None] | None = None,
    caption: str | None = None,
) -> str:
    head = tag("tr", "".join(tag("th", escape(h), scope="col") for h in header))
    body = []
    for index, row in enumerate(rows):
        cells = "".join(
            tag("td", c.html, class_=c.class_) if isinstance(c, Cell) else tag("td", escape(c))
            for c in row
        )
        row_class = row_classes[index] if row_classes else None
        body.append(tag("tr", cells, class_=row_class))
    parts = [tag("caption", escape(caption))] if caption else []
    parts += [tag("thead", head), tag("tbody", "".join(body))]
    return tag("div", tag("table", "".join(parts)), class_="table-wrap")


def chart(chart_id: str, svg: str, caption: str) -> str:
    """A figure with its chart and the one sentence saying what it shows."""
    return tag(
        "figure",
        svg + tag("figcaption", escape(caption), id=f"{chart_id}-caption"),
        class_="chart",
        id=chart_id,
    )


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    body: str

    def html(self) -> str:
        return tag("section", tag("h2", escape(self.title)) + self.body, id=self.id)
