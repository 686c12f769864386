"""The parts behind the charts: the coordination network, the map projection, grouped
findings, sweeps and the SVG of one chart."""

from __future__ import annotations

import math
import shutil
from html import escape
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg

from simulator.experiment.sweep import apply
from simulator.network.coordination import coordination_graph
from simulator.report import beds, description, geomap, kpi_section, legevakt, network_section
from simulator.report.findings import group_findings
from simulator.report.geomap import Projection
from simulator.report.i18n import Translator
from simulator.report.kpis import kpi_label, urgency_of, without_urgency
from simulator.report.results import ResultSet, VariantResult, load_results
from simulator.report.svg import figure, to_svg
from tests.unit.report.conftest import Rendered
from tests.unit.report.htmlcheck import external, find_all, parse, text_of
from tests.unit.report.synthetic import SHARED, scenario


def test_the_network_chart_draws_the_coordination_graph_with_ties_by_relation() -> None:
    variant = VariantResult("samarbeid", scenario(SHARED), [])
    results = ResultSet(Path("x"), {"kind": "trial"}, [variant], pd.DataFrame(), None)
    body = network_section.section(results, Translator("nb")).body
    graph = coordination_graph(variant.scenario)
    assert f"{graph.number_of_nodes()} punkter og {graph.number_of_edges()} forbindelser" in body
    for relation in {r for _, _, r in graph.edges(data="relation")}:
        assert Translator("nb")(f"relation.{relation}") in body, "every tie kind in the legend"
    assert "Leger som binder nettverket sammen" in body


def test_a_far_hospital_is_drawn_on_the_frame_in_its_true_direction() -> None:
    s = scenario(SHARED)
    projection = Projection.of(s)
    assert projection.outside == {"unn"}
    x0, y0, x1, y1 = projection.box
    x, y = projection.xy("unn")
    assert math.isclose(y, y1) or math.isclose(x, x1)
    finnsnes = projection.xy("finnsnes")
    unn = s.by_id("places")["unn"]
    true_angle = math.atan2(unn.lat - 69.23, (unn.lon - 17.98) * projection.scale)
    assert math.isclose(math.atan2(y - finnsnes[1], x - finnsnes[0]), true_angle, abs_tol=0.35), (
        "roughly the direction of Tromsø from Finnsnes"
    )
    assert x0 <= finnsnes[0] <= x1 and y0 <= finnsnes[1] <= y1


def _finding(variant: str, replication: int, subject: str, measured: float) -> dict:
    return {
        "variant": variant,
        "replication": replication,
        "rule_id": "rest-11h",
        "severity": "breach",
        "subject_id": subject,
        "measured": measured,
    }


def test_findings_are_grouped_by_plan_rule_and_severity_with_breaches_first() -> None:
    info = {**_finding("a", 0, "gp1", 1.0), "severity": "info", "rule_id": "a-rule"}
    groups = group_findings(
        [
            info,
            _finding("a", 0, "gp1", 9.0),
            _finding("a", 1, "gp1", 7.5),
            _finding("a", 1, "gp2", 8.0),
            _finding("b", 0, "gp1", 6.0),
        ]
    )
    assert [(g.first["variant"], g.first["severity"]) for g in groups] == [
        ("a", "breach"),
        ("b", "breach"),
        ("a", "info"),
    ]
    first = groups[0]
    assert first.subjects == {"gp1": 2, "gp2": 1}
    assert first.replications == {0, 1}
    assert (min(first.measured), max(first.measured)) == (7.5, 9.0)


def _chart(chart_id: str) -> str:
    with figure(3, 2) as fig:
        ax = fig.subplots()
        ax.plot([0, 1], [1, 0], label="a")
        ax.legend()
        return to_svg(fig, chart_id)


def test_a_chart_is_an_svg_element_with_its_own_ids_and_the_same_bytes_each_time() -> None:
    svg = _chart("one")
    assert svg.startswith("<svg ") and svg.rstrip().endswith("</svg>")
    assert "<?xml" not in svg and "<!DOCTYPE" not in svg and "<metadata" not in svg
    parsed = parse(svg + _chart("two"))
    assert parsed.problems == []
    assert len(parsed.ids) == len(set(parsed.ids))
    assert all(i.startswith(("one-", "two-")) for i in parsed.ids)
    assert external(parsed.urls) == []
    assert _chart("one") == svg


def test_drawing_charts_leaves_pyplot_alone() -> None:
    import matplotlib.pyplot as plt

    backend, figures = matplotlib.get_backend(), plt.get_fignums()
    _chart("three")
    assert (matplotlib.get_backend(), plt.get_fignums()) == (backend, figures)


def _sweep(points: int) -> ResultSet:
    base = scenario(SHARED)
    names = [f"policy.max_shift_frequency_days={d}" for d in range(3, 3 + points)]
    variants = [
        VariantResult(name, apply(base, {"policy.max_shift_frequency_days": d}), [])
        for d, name in zip(range(3, 3 + points), names, strict=True)
    ]
    summary = pd.DataFrame(
        [
            (n, "legevakt.wait_minutes.red.p90", "all", 10.0 + i, 9.0 + i, 11.0 + i, 3, 1.0)
            for i, n in enumerate(names)
        ],
        columns=["variant", "kpi", "scope", "mean", "ci_low", "ci_high", "n", "sd"],
    )
    return ResultSet(Path("sweep"), {"kind": "sweep"}, variants, summary, None)


def test_a_sweep_is_described_once_with_its_points_and_tabled_one_row_per_point() -> None:
    results = _sweep(6)
    t = Translator("en")
    text = description.section(results, t).body
    assert text.count("Interkommunal legevakt") == 1
    assert all(v.name in text for v in results.variants)
    kpis = parse(kpi_section.section(results, t).body)
    rows = find_all(kpis.root, "tr")
    assert [text_of(c) for c in rows[0].children] == ["Key figure", "Plan", "Mean (95 % CI)"]
    assert len(rows) == 1 + 6
    assert text_of(rows[-1].children[2]) == "15.0 min (14.0 to 16.0)"


def test_engine_kpi_names_read_as_words_with_entity_names() -> None:
    names = {"nh-lv": "Nordhordland legevakt"}
    nb, en = Translator("nb"), Translator("en")
    assert kpi_label("legevakt.wait_minutes.red.median", nb) == (
        "Legevakt · ventetid (min) · rød · median"
    )
    assert kpi_label("physician.active_minutes_per_on_call_hour.p90", en) == (
        "Physician · active minutes per on call hour · p90"
    )
    assert kpi_label("legevakt.nh-lv.queue_length_mean", nb, names) == (
        "Legevakt · Nordhordland legevakt · kølengde snitt"
    )
    assert kpi_label("beds.unknown_thing", en) == "Beds · unknown thing"


def test_urgency_is_found_and_removed_in_both_naming_styles() -> None:
    assert urgency_of("legevakt.wait_minutes.orange.p90") == "orange"
    assert without_urgency("legevakt.wait_minutes.orange.p90") == "legevakt.wait_minutes.p90"
    assert without_urgency("legevakt_wait_p90_red") == "legevakt_wait_p90"
    assert urgency_of("greenland.wait") is None


def test_a_chart_of_zeros_is_replaced_by_a_sentence(comparison: Rendered, tmp_path: Path) -> None:
    directory = tmp_path / "no-transfers"
    shutil.copytree(comparison.directory, directory)
    summary = pd.read_csv(directory / "summary.csv")
    transfers = summary["kpi"] == "beds.transfers"
    summary.loc[transfers, ["mean", "ci_low", "ci_high"]] = 0.0
    summary.to_csv(directory / "summary.csv", index=False)
    body = beds.section(load_results(directory), Translator("en")).body
    assert "No patient was transferred to hospital" in body
    assert 'id="hospital-transfers"' not in body
    full = beds.section(load_results(comparison.directory), Translator("en")).body
    assert 'id="hospital-transfers"' in full


def test_map_labels_at_one_place_are_moved_apart() -> None:
    with figure(4.0, 4.0) as fig:
        ax = fig.subplots()
        ax.scatter([0.0, 1.0], [0.0, 1.0])
        labels = [ax.text(0.5, 0.5, name, fontsize=8) for name in ("Silsand", "Finnsnes", "Lv")]
        geomap._spread(ax, labels)
        renderer = FigureCanvasAgg(fig).get_renderer()
        boxes = [label.get_window_extent(renderer) for label in labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_the_red_response_chart_splits_the_wait_and_its_caption_says_so(
    comparison: Rendered, tmp_path: Path
) -> None:
    directory = tmp_path / "red"
    shutil.copytree(comparison.directory, directory)
    summary = pd.read_csv(directory / "summary.csv")
    added = [
        (variant, kpi, "all", minutes, minutes - 1, minutes + 1, 5, 1.0, "t")
        for variant in summary["variant"].unique()
        for kpi, minutes in zip(legevakt.RED_PARTS, (12.0, 25.0), strict=True)
    ]
    summary = pd.concat([summary, pd.DataFrame(added, columns=summary.columns)])
    summary.to_csv(directory / "summary.csv", index=False)
    t = Translator("en")
    body = legevakt.section(load_results(directory), t).body
    assert 'id="legevakt-red-parts"' in body and escape(t("caption.red_parts")) in body
    assert "waiting for a free doctor" in body and escape("the doctor's travel") in body
    plain = legevakt.section(load_results(comparison.directory), t).body
    assert 'id="legevakt-red-parts"' not in plain


def test_the_drawn_network_groups_physicians_into_their_offices_with_counts() -> None:
    plan = scenario(SHARED)
    graph = coordination_graph(plan)
    drawn = network_section.grouped(graph, Translator("en"))
    physicians = [n for n, kind in drawn.nodes(data="kind") if kind == "physician"]
    assert len(physicians) == sum(1 for p in plan.physicians if not p.office)
    labels = {d["label"] for _, d in drawn.nodes(data=True) if d["kind"] == "office"}
    for office in plan.offices:
        members = sum(1 for p in plan.physicians if p.office == office.id)
        if members:
            assert f"{office.name} ({members} doctor(s))" in labels
    assert all(count >= 1 for _, _, count in drawn.edges(data="count"))
    assert sum(c for _, _, c in drawn.edges(data="count")) < graph.number_of_edges()
