"""The reports in a real browser: headless Chromium loads them without console errors or
requests beyond the file itself, and the live DOM holds every section and chart.

Skipped only where Chromium is not installed (.ci/run installs Debian's `chromium`).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator

import pytest

from simulator.report.render import SECTIONS
from tests.unit.report.browser import CHROMIUM, Chromium
from tests.unit.report.conftest import Rendered
from tests.unit.report.htmlcheck import find_all, parse

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LOCAL_SCHEMES = ("file:", "data:", "about:")
MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with Chromium() as chromium:
        yield chromium


@pytest.mark.parametrize("name", ["comparison", "trial"])
def test_chromium_loads_the_report_cleanly(
    name: str, browser: Chromium, request: pytest.FixtureRequest
) -> None:
    rendered: Rendered = request.getfixturevalue(name)
    page = browser.load(rendered.path)
    (rendered.directory / "screenshot.png").write_bytes(page.screenshot)
    assert page.console_errors == []
    assert page.requests[0] == rendered.path.resolve().as_uri()
    assert [u for u in page.requests if not u.startswith(LOCAL_SCHEMES)] == []
    dom = parse(page.dom)
    main = find_all(dom.root, "main")[0]
    assert [s.attrs["id"] for s in find_all(main, "section")] == [m.SECTION_ID for m in SECTIONS]
    static = parse(rendered.html)
    assert len(find_all(dom.root, "svg")) == len(find_all(static.root, "svg")) > 0
    assert _png_size(page.screenshot) == (1100, 900)


def test_the_report_prints_on_a4_pages(comparison: Rendered, browser: Chromium) -> None:
    page = browser.load(comparison.path, pdf=True)
    assert page.pdf.startswith(b"%PDF")
    sizes = {tuple(round(float(v)) for v in box) for box in MEDIA_BOX.findall(page.pdf)}
    assert sizes == {(0, 0, 595, 842)}, "A4 is 595 × 842 points"
    assert len(MEDIA_BOX.findall(page.pdf)) > 3
