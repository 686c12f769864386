"""Render a result directory into one self-contained HTML file."""

from __future__ import annotations

from pathlib import Path

from simulator.files import write_text_atomic
from simulator.report import (
    beds,
    description,
    differences,
    findings,
    geomap,
    kpi_section,
    legevakt,
    network_section,
    workload,
)
from simulator.report.html import Section
from simulator.report.i18n import Translator
from simulator.report.page import page
from simulator.report.results import ReportError, ResultSet, load_results

REPORT_FILE = "report.html"
SECTIONS = (
    description,
    kpi_section,
    differences,
    workload,
    legevakt,
    beds,
    geomap,
    network_section,
    findings,
)


def default_language(results: ResultSet) -> str:
    """The first scenario's language: a Norwegian scenario gets a Norwegian report."""
    return results.variants[0].scenario.scenario.lang.value


def report_html(results: ResultSet, lang: str | None = None) -> str:
    t = Translator(lang or default_language(results))
    sections: list[Section] = [module.section(results, t) for module in SECTIONS]
    return page(results, sections, t)


def render_report(result_dir: Path, lang: str | None = None, out: Path | None = None) -> Path:
    """Write the report of `result_dir` and return its path: by default RESULT_DIR/report.html
    in the scenario's language, and report.LANG.html next to it in another language, so the
    two stand side by side. Raises `ReportError` for a directory that cannot be read and
    `UnknownLanguage`."""
    if out is not None and out.is_dir():
        raise ReportError(f"{out} is a directory; give a file name for the report")
    results = load_results(result_dir)
    html = report_html(results, lang)
    target = out or result_dir / report_name(lang, default_language(results))
    write_text_atomic(target, html)
    return target


def report_name(lang: str | None, default: str) -> str:
    """report.html in the scenario's language, report.en.html (say) in another."""
    return REPORT_FILE if lang in (None, default) else f"report.{lang}.html"
