"""The HTML page: header with provenance, contents, sections, and one inline stylesheet
(screen and A4 print). Nothing is fetched: no fonts, scripts or images from elsewhere."""

from __future__ import annotations

from collections.abc import Sequence

from simulator.report import first_screen
from simulator.report.html import Section, escape, paragraph, tag
from simulator.report.i18n import Translator
from simulator.report.results import CHARTED_VARIANTS, ResultSet

CSS = """
:root { --ink: #222; --muted: #555; --line: #d0d0d0; --accent: #0072B2;
        --highlight: #FFF3C4; --breach: #D55E00; --warning: #E69F00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
       font: 16px/1.5 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
header, nav, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: .6rem; border-bottom: 3px solid var(--accent); }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .2rem;
     border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
.subtitle, .provenance, figcaption, .explanation { color: var(--muted); }
nav ol { columns: 2; padding-left: 1.25rem; }
a { color: var(--accent); }
figure.chart { margin: 1.25rem 0; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .95rem; margin-top: .35rem; }
.table-wrap { overflow-x: auto; margin: .75rem 0; }
table { border-collapse: collapse; font-size: .9rem; min-width: 60%; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
         vertical-align: top; }
th { background: #f3f3f3; }
td { font-variant-numeric: tabular-nums; }
tr.significant td { background: var(--highlight); font-weight: bold; }
tr.severity-breach td.flag { color: var(--breach); font-weight: bold; }
tr.severity-warning td.flag { color: #8a5a00; font-weight: bold; }
td.flag { white-space: nowrap; }
.absent { font-style: italic; color: var(--muted); }
.summary { font-size: 1.1rem; }
.notice { border-left: 4px solid var(--warning); padding: .25rem .75rem; }
.unverified { font-size: .85rem; color: #8a5a00; }
header { max-width: 88rem; }
header h1 { font-size: 1.45rem; }
header .subtitle { margin: 0; font-size: .9rem; }
.banner { border: 2px solid var(--breach); background: #FBE9E0; padding: .2rem .6rem;
          margin: .35rem 0; font-size: .8rem; line-height: 1.35; }
.banner p { margin: .05rem 0; }
section.decision h2 { margin: .3rem 0 .1rem; font-size: 1.1rem; border: 0; }
section.decision .intro { margin: .1rem 0; font-size: .75rem; line-height: 1.3;
                          color: var(--muted); }
section.decision .table-wrap { margin: .25rem 0; }
section.decision table { font-size: .76rem; line-height: 1.3; min-width: 0; }
section.decision th, section.decision td { padding: .02rem .4rem; white-space: nowrap; }
section.decision .municipal th { white-space: normal; vertical-align: bottom;
                                 min-width: 5rem; max-width: 8.5rem; }
section.decision tr.first td { border-top: 1px solid #999; }
footer { margin-top: 3rem; padding-bottom: 2rem; font-size: .85rem; color: var(--muted); }
@media print {
  @page { size: A4; margin: 15mm 14mm; }
  body { font-size: 10.5pt; }
  header, nav, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  h2, h3, h4 { break-after: avoid; }
  figure.chart, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  tr.significant td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def page(results: ResultSet, sections: Sequence[Section], t: Translator) -> str:
    first = results.variants[0].scenario.scenario
    titles = dict.fromkeys(v.scenario.scenario.title for v in results.variants)
    title = t("report.title", title=" / ".join(titles))
    head = (
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        + tag("title", escape(title))
        + tag("style", CSS)
    )
    body = _header(results, title, t) + _contents(sections, t)
    body += tag("main", "".join(s.html() for s in sections))
    body += tag("footer", _provenance(results, t))
    return "<!DOCTYPE html>\n" + tag(
        "html", tag("head", head) + tag("body", body), lang=t.lang, data_scenario=first.id
    )


def _header(results: ResultSet, title: str, t: Translator) -> str:
    m = results.manifest
    subtitle = t(
        "report.subtitle",
        version=m.get("samsim_version", "?"),
        kind=t(f"kind.label.{results.kind}"),
        replications=results.replications,
        seed=m.get("seed", "?"),
    )
    notices = ""
    if m.get("converged") is False:
        notices += paragraph(t("report.not_converged"), class_="notice")
    if len(results.variants) > CHARTED_VARIANTS:
        notices += paragraph(t("absent.variants", count=CHARTED_VARIANTS), class_="notice")
    return tag(
        "header",
        tag("h1", escape(title))
        + paragraph(subtitle, "subtitle")
        + first_screen.banner(results, t)
        + first_screen.summary(results, t)
        + notices,
    )


def _contents(sections: Sequence[Section], t: Translator) -> str:
    links = "".join(tag("li", tag("a", escape(s.title), href=f"#{s.id}")) for s in sections)
    return tag(
        "nav",
        tag("h2", escape(t("report.contents"))) + tag("ol", links),
        aria_label=t("report.contents"),
    )


def _provenance(results: ResultSet, t: Translator) -> str:
    m = results.manifest
    machine = m.get("machine", {})
    rules = sorted({str(v.get("rules_date", "")) for v in m.get("variants", [])} - {""})
    text = t(
        "report.provenance",
        fingerprint=str(m.get("fingerprint", "?"))[:16],
        rules=", ".join(rules) or "?",
        started=m.get("started", "?"),
        machine=machine.get("platform", "?") if isinstance(machine, dict) else machine,
    )
    return paragraph(t("report.generated_from", root=results.root.name)) + paragraph(
        text, "provenance"
    )
