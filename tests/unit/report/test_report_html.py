"""Rendered reports: valid HTML, every section and chart present, nothing fetched from
elsewhere, texts escaped, the language chosen, missing data said in one sentence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from simulator.checksums import payload_digest
from simulator.cli import app
from simulator.experiment import notices
from simulator.report.i18n import Translator
from simulator.report.render import SECTIONS, render_report, report_html
from simulator.report.results import ReportError, load_results
from tests.unit.report.conftest import Rendered
from tests.unit.report.htmlcheck import external, find_all, parse, text_of

SECTION_IDS = [module.SECTION_ID for module in SECTIONS]


def _sections(parsed: Any) -> list[Any]:
    """The sections of the report's body (the decision summary heads it, in the header)."""
    return find_all(find_all(parsed.root, "main")[0], "section")


COMPARISON_CHARTS = {
    "workload-hours-samarbeid",
    "workload-hours-solo",
    "on-call-burden",
    "shifts-nights-per-month",
    "gp-week-survey",
    "legevakt-heat-map-samarbeid",
    "legevakt-heat-map-solo",
    "legevakt-waits",
    "kad-occupancy-samarbeid",
    "kad-occupancy-solo",
    "hospital-transfers",
    "map-samarbeid",
    "map-solo",
    "network-samarbeid",
    "network-solo",
}


@pytest.mark.parametrize("name", ["comparison", "trial"])
def test_the_report_is_well_formed_html(name: str, request: pytest.FixtureRequest) -> None:
    rendered: Rendered = request.getfixturevalue(name)
    parsed = parse(rendered.html)
    assert parsed.doctype.lower() == "doctype html"
    assert parsed.problems == []
    assert len(parsed.ids) == len(set(parsed.ids)), "ids repeat"
    assert [e.tag for e in parsed.root.children] == ["html"]


@pytest.mark.parametrize("name", ["comparison", "trial"])
def test_nothing_is_fetched_from_elsewhere(name: str, request: pytest.FixtureRequest) -> None:
    rendered: Rendered = request.getfixturevalue(name)
    parsed = parse(rendered.html)
    assert parsed.urls, "the contents links and inline SVG use local URLs"
    assert external(parsed.urls) == []
    assert find_all(parsed.root, "script") == []
    assert find_all(parsed.root, "link") == []


def test_a_comparison_has_every_section_and_chart(comparison: Rendered) -> None:
    parsed = parse(comparison.html)
    sections = [s.attrs["id"] for s in _sections(parsed)]
    assert sections == SECTION_IDS
    figures = {f.attrs["id"]: f for f in find_all(parsed.root, "figure")}
    assert set(figures) == COMPARISON_CHARTS
    for figure in figures.values():
        assert [c.tag for c in figure.children] == ["svg", "figcaption"]
        assert text_of(figure.children[1]).strip().endswith(".")


def test_a_trial_has_every_section_and_one_chart_of_each_kind(trial: Rendered) -> None:
    parsed = parse(trial.html)
    assert [s.attrs["id"] for s in _sections(parsed)] == SECTION_IDS
    figures = {f.attrs["id"] for f in find_all(parsed.root, "figure")}
    assert figures == {c for c in COMPARISON_CHARTS if not c.endswith("-solo")}


def test_significant_differences_are_highlighted_and_said_in_words(comparison: Rendered) -> None:
    results = load_results(comparison.directory)
    assert results.differences is not None
    significant = results.differences[results.differences["significant"]]
    parsed = parse(comparison.html)
    highlighted = [r for r in find_all(parsed.root, "tr") if r.attrs.get("class") == "significant"]
    assert len(highlighted) == len(significant) > 0
    summary = text_of(find_all(parsed.root, "header")[0])
    assert "Sammendrag for beslutning" in summary and "i favør av samarbeid" in summary
    headline = text_of(_sections(parsed)[2])
    assert "i favør av samarbeid" in headline
    assert "i favør av solo" in headline


def test_a_norwegian_scenario_gets_a_norwegian_report(comparison: Rendered) -> None:
    parsed = parse(comparison.html)
    html = find_all(parsed.root, "html")[0]
    assert html.attrs["lang"] == "nb"
    titles = [text_of(h) for h in find_all(parsed.root, "h2")]
    assert "Hva ble simulert" in titles
    assert "Regelfunn med rettskilde" in titles


def test_an_english_scenario_gets_an_english_report_saying_there_is_nothing_to_compare(
    trial: Rendered,
) -> None:
    assert '<html lang="en"' in trial.html
    assert Translator("en")("absent.differences") in trial.html


def test_finding_texts_are_escaped_and_cite_their_source(comparison: Rendered) -> None:
    assert "&lt;b&gt;uten&lt;/b&gt;" in comparison.html
    parsed = parse(comparison.html)
    assert find_all(parsed.root, "b") == []
    findings = text_of(_sections(parsed)[-1])
    assert "arbeidsmiljøloven § 10-4 (1) (LOV-2005-06-17-62)" in findings
    assert "Dr. Aas" in findings


def test_sections_without_data_say_so_in_one_sentence(comparison: Rendered, tmp_path: Path) -> None:
    directory = tmp_path / "bare"
    shutil.copytree(comparison.directory, directory)
    for path in directory.glob("replications/*/rep-*.json"):
        record = json.loads(path.read_text())
        record["payload"] = {"kpis": record["payload"]["kpis"]}
        record["checksum"] = payload_digest(record["payload"])  # as an older writer made it
        path.write_text(json.dumps(record))
    html = report_html(load_results(directory))
    t = Translator("nb")
    for key in ("absent.workload", "absent.findings"):
        assert t(key) in html
    assert t("absent.per_month") not in html, "the KPI of nights per month is tabled instead"
    assert "Lege · netter per måned · snitt" in html
    for variant in ("samarbeid", "solo"):
        assert t("absent.arrivals", variant=variant) in html
        assert t("absent.occupancy", variant=variant) in html
    parsed = parse(html)
    assert [s.attrs["id"] for s in _sections(parsed)] == SECTION_IDS


def test_a_directory_without_results_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"manifest\.json not found"):
        load_results(tmp_path)


def test_the_command_writes_the_report_where_asked_in_the_language_asked(
    comparison: Rendered, tmp_path: Path
) -> None:
    target = tmp_path / "report-en.html"
    result = CliRunner().invoke(
        app, ["report", str(comparison.directory), "--lang", "en", "--out", str(target)]
    )
    assert result.exit_code == 0, result.output
    english = target.read_text(encoding="utf-8")
    assert '<html lang="en"' in english
    assert "What was simulated" in english
    assert "Hva ble simulert" not in english
    assert list(tmp_path.iterdir()) == [target], "no temporary file is left behind"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing-dir"], "not found"),
        (["{dir}", "--lang", "sv"], "unknown language 'sv'"),
        (["{dir}", "--out", "{dir}"], "is a directory"),
    ],
)
def test_the_command_exits_2_with_a_message(
    arguments: list[str], message: str, comparison: Rendered
) -> None:
    args = [a.replace("{dir}", str(comparison.directory)) for a in arguments]
    result = CliRunner().invoke(app, ["report", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_the_same_results_give_the_same_report_byte_for_byte(trial: Rendered) -> None:
    assert report_html(load_results(trial.directory)) == trial.html


def test_a_report_in_another_language_stands_next_to_the_first(comparison: Rendered) -> None:
    english = render_report(comparison.directory, "en")
    assert english == comparison.directory / "report.en.html"
    assert comparison.path.read_text(encoding="utf-8") == comparison.html  # not written over
    assert 'lang="en"' in english.read_text(encoding="utf-8")
    assert render_report(comparison.directory, "nb") == comparison.path


def test_the_rule_section_holds_plan_check_findings_and_the_printed_warnings(
    comparison: Rendered, tmp_path: Path
) -> None:
    directory = tmp_path / "copy"
    shutil.copytree(comparison.directory, directory)
    notices.save(directory, {"solo": ["lv: 5 of 8 shifts are short of doctors in the rota"]})
    results = load_results(directory)
    assert results.checked, "the synthetic plans break a plan-level rule"
    html = report_html(results)
    findings = text_of(_sections(parse(html))[-1])
    assert "plansjekk" in findings
    assert "solo: lv: 5 of 8 shifts are short of doctors" in findings
