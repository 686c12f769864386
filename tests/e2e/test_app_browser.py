"""The app in a real browser: a planner builds "Andøy and Sortland with a shared legevakt" and
"each with its own" by clicking and typing, compares them, and `samsim compare` on the
downloaded YAML files gives the same numbers, byte for byte.

Playwright drives Debian's chromium (`make test` installs it, as for the report tests); set
SAMSIM_APP_SCREENSHOTS to a folder to keep screenshots of each step.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.workbook import cells
from tests.unit.report.browser import CHROMIUM, NEEDS_CHROMIUM

pytestmark = [
    NEEDS_CHROMIUM,
]
playwright = pytest.importorskip("playwright.sync_api", reason="needs the dev extra: playwright")
pytest.importorskip("fastapi", reason="needs the app extra: pip install -e '.[app]'")

SAMSIM = Path(sys.executable).with_name("samsim")
REPLICATIONS = "2"
WEEKS = "3"
RUN_TIMEOUT_MS = 120_000


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    process = subprocess.Popen(
        [SAMSIM, "app", "--no-browser", "--folder", tmp_path],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:\d+/", line)
    try:
        assert match, f"samsim app printed no address: {line!r}"
        yield match.group()
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def page(app_url: str) -> Iterator[object]:
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        page.set_default_timeout(30_000)
        page.outside = []  # type: ignore[attr-defined]
        page.on(
            "request",
            lambda r: None if r.url.startswith(app_url) else page.outside.append(r.url),  # type: ignore[attr-defined]
        )
        page.goto(app_url)
        yield page
        browser.close()


def _shot(page, name: str) -> None:
    folder = os.environ.get("SAMSIM_APP_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _make_plan(page, typed: str, layout: str, plan_id: str) -> None:
    """From the start page: municipalities and layout, then the plan's id and length."""
    page.click("text=Start")
    page.fill("#municipalities", typed)
    page.select_option("#layout", layout)
    page.click("#make-plan")
    page.fill('[name="scenario/id"]', plan_id)
    page.fill('[name="scenario/weeks"]', WEEKS)
    page.click("#apply")
    assert page.text_content("#status") == "Planen er gyldig."


def _download(page, folder: Path, link: str = "#download") -> Path:
    with page.expect_download() as download:
        page.click(link)
    target = folder / download.value.suggested_filename
    download.value.save_as(target)
    return target


def test_a_planner_compares_shared_and_own_legevakt(page, tmp_path: Path) -> None:
    _make_plan(page, "Andøy, Sortland", "shared", "felles")
    _shot(page, "1-plan")
    shared = _download(page, tmp_path)

    _make_plan(page, "1871, 1870", "per-municipality", "hver-sin")
    page.click("#tab-legevakt")
    stations = [page.locator(f"details[id='legevakt/{i}']").count() for i in range(3)]
    assert stations == [1, 1, 0]  # each municipality its own legevakt
    start = '[name="legevakt/0/shifts/0/start"]'
    page.click("details[id='legevakt/0'] > summary")  # open the station, then its first shift
    page.click("details[id='legevakt/0/shifts/0'] > summary")
    original = page.input_value(start)
    page.fill(start, "25:00")  # a mistake, as planners make them
    page.click("#apply")
    problem = page.locator(".field.invalid .problem").first.text_content()
    assert problem == "«25:00» er ikke et klokkeslett; skriv det som TT:MM, f.eks. «08:00»"
    _shot(page, "2-problem")
    page.fill(start, original)
    page.click("#apply")
    assert page.text_content("#status") == "Planen er gyldig."
    own = _download(page, tmp_path)

    page.click("text=Start")
    page.fill("#replications", REPLICATIONS)
    page.click("#run")
    page.wait_for_selector("#outcome", timeout=RUN_TIMEOUT_MS)
    _shot(page, "3-result")
    assert "Ferdig" in page.text_content("#outcome")
    report = page.frame_locator("#report")
    assert report.locator("text=Forskjeller mellom planene").count() >= 1
    assert page.locator("#downloads a[href$='.ics']").count() >= 3  # 1 + 2 stations, at least
    assert page.outside == []  # nothing but the app itself was asked for anything
    excel = _download(page, tmp_path, "#download-excel")

    cli = tmp_path / "cli"
    command = [SAMSIM, "compare", shared, own, "-n", REPLICATIONS, "--out", cli]
    subprocess.run([*command, "--excel", cli / "results.xlsx"], check=True, capture_output=True)
    (app_run,) = (tmp_path / "results").iterdir()
    for table in ("summary.csv", "differences.csv", "kpis.csv"):
        assert (app_run / table).read_bytes() == (cli / table).read_bytes(), table
    assert cells(excel) == cells(cli / "results.xlsx")
