"""A strict reading of report HTML with the standard library's parser (lxml is not
installed): every element closed in order, ids unique, and every URL local."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)
URL_ATTRIBUTES = frozenset({"src", "href", "xlink:href", "action", "poster", "srcset"})
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
LOCAL = ("#", "data:")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)


class StrictParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.problems: list[str] = []
        self.ids: list[str] = []
        self.urls: list[str] = []
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = self._open(tag, attrs)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, attrs)

    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> Element:
        values = {k: v or "" for k, v in attrs}
        element = Element(tag, values)
        self.stack[-1].children.append(element)
        if "id" in values:
            self.ids.append(values["id"])
        self.urls += [v for k, v in values.items() if k in URL_ATTRIBUTES]
        self.urls += [u for v in values.values() for u in CSS_URL.findall(v)]  # style, clip-path
        return element

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if len(self.stack) == 1 or self.stack[-1].tag != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1].tag}> at {self.getpos()}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].text += data
        if self.stack[-1].tag == "style":
            self.urls += CSS_URL.findall(data)


def parse(html: str) -> StrictParser:
    parser = StrictParser()
    parser.feed(html)
    parser.close()
    if len(parser.stack) > 1:
        parser.problems.append(f"unclosed: {[e.tag for e in parser.stack[1:]]}")
    return parser


def find_all(element: Element, tag: str) -> list[Element]:
    found = [element] if element.tag == tag else []
    for child in element.children:
        found += find_all(child, tag)
    return found


def text_of(element: Element) -> str:
    return element.text + "".join(text_of(c) for c in element.children)


def external(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith(LOCAL)]
