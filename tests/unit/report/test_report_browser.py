"""The reports in a real browser: headless Chromium loads them without console errors or
requests beyond the file itself, and the live DOM holds every section and chart.

Skipped only where Chromium is not installed (.ci/run installs Debian's `chromium`).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.experiment import api, notices
from simulator.report.render import SECTIONS, render_report
from simulator.scenario import load_scenario
from tests.unit.report.browser import NEEDS_CHROMIUM, Chromium
from tests.unit.report.conftest import Rendered
from tests.unit.report.htmlcheck import find_all, parse

pytestmark = NEEDS_CHROMIUM
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


SENJA = ("scenarios/senja-senjalegen.yaml", "scenarios/senja-solo.yaml")
FIRST_SCREEN = (1400, 900)
# Where the decision summary lies, in CSS pixels from the top left of the page: the bottom and
# right edge of the whole answer (region table and per-municipality table), the bottom of the
# banner, the region rows' labels and the per-municipality table's headers.
MEASURE = """(() => {
  const answer = document.querySelector('#decision .answer').getBoundingClientRect();
  const region = document.querySelector('#decision .answer > .table-wrap table');
  const local = document.querySelector('#decision .municipal table');
  const banner = document.querySelector('.banner');
  const texts = cells => [...cells].map(c => c.textContent);
  return {bottom: answer.bottom, right: Math.max(region.getBoundingClientRect().right,
          local ? local.getBoundingClientRect().right : 0),
          banner: banner ? banner.getBoundingClientRect().bottom : null,
          header: texts(region.querySelectorAll('thead th')),
          rows: texts(region.querySelectorAll('tbody td:first-child')),
          local: local ? texts(local.querySelectorAll('thead th')) : [],
          places: local ? texts(local.querySelectorAll('tbody td:first-child')) : []};
})()"""
# The rows a council decides on: cost per inhabitant by municipality, how the shifts are
# staffed, the rule breaches.
DECIDING = ("Kostnad per innbygger", "Vakter tatt av vikar")


def _senja(root: Path, files: tuple[str, ...]) -> Path:
    """The real Senja plans, 8 weeks each (enough for every headline KPI and the banner)."""
    plans = []
    for file in files:
        loaded = load_scenario(file)
        meta = loaded.scenario.model_copy(update={"weeks": 8})
        plans.append(loaded.model_copy(update={"scenario": meta}))
    settings = api.Settings(replications=2, out=root)
    api.compare(plans, settings) if len(plans) > 1 else api.trial(plans[0], settings)
    return render_report(root)


def test_the_senja_answer_and_the_solo_banner_are_on_the_first_screen(
    browser: Chromium, tmp_path: Path
) -> None:
    width, height = FIRST_SCREEN
    compared = browser.load(_senja(tmp_path / "compare", SENJA), width=width, measure=MEASURE)
    (tmp_path / "compare" / "first-screen.png").write_bytes(compared.screenshot)
    seen = compared.measured
    assert seen["header"][1:3] == ["senja-senjalegen", "senja-solo"]
    assert seen["bottom"] <= height and seen["right"] <= width
    shown = {label.split(",")[0] for label in seen["rows"]}  # without the period, if any
    assert {*DECIDING, "Vakter uten lege", "Regelbrudd per replikasjon"} <= shown
    assert set(DECIDING) <= {label.split(",")[0] for label in seen["local"]}
    assert {"Lenvik", "Berg", "Torsken", "Tranøy"} <= set(seen["places"])
    assert seen["banner"] is not None and seen["banner"] <= height
    kept = notices.load(tmp_path / "compare")  # the rota warnings, by plan
    assert kept["senja-senjalegen"] == [] and any("berg-lv" in m for m in kept["senja-solo"])
    solo = browser.load(_senja(tmp_path / "solo", SENJA[1:]), width=width, measure=MEASURE)
    assert solo.measured["banner"] is not None and solo.measured["banner"] <= height
    assert "Berg legevakt" in solo.dom and "tas av vikarer" in solo.dom
