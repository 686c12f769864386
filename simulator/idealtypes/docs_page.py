"""docs/idealtypes.md, generated from models/ so that the page cannot drift from the data."""

from __future__ import annotations

from pathlib import Path

from simulator.files import write_text_atomic
from simulator.idealtypes.describe import (
    format_value,
    preconditions,
    report_section,
    settings,
)
from simulator.idealtypes.kpis import KPI_TEXT
from simulator.idealtypes.library import IdealtypeInfo, load_library

INTRO = """\
# Collaboration idealtypes

<!-- Generated from models/ by `samsim idealtypes docs --out docs/idealtypes.md`. Do not edit
by hand: tests/unit/test_idealtypes_docs.py fails when this page and models/ differ. -->

The KS/Norut report *Samarbeidsmodeller i kommunal legetjeneste* (Norut Alta for KS, 2013;
`seeds/004`) describes 23 collaboration idealtypes: within a municipality (level 1), between
municipalities (level 2) and between GPs and the hospital trust (level 3). samsim has one file
per idealtype in `models/`. Ten are first-class parameter models (MODEL.md §3); with the
generic `time_commitment` they carry the other idealtypes as **presets**: a base model with the
values the report gives.

Any id below can be a collaboration's `type:` in a scenario. A preset is validated as its base
model with the preset's values as defaults; keys the scenario gives win, and the preset's id is
kept in the instance's `preset` field:

```yaml
collaborations:
  - type: weekly_interdisciplinary_meeting   # a cooperation_forum: weekly, 45 min, mandatory
    id: onsdagsmote
    host: nordkapp
    start: "12:00"                           # overrides the forum's default 11:00
```

Every default names its source: a report section with line numbers in the seed file
(`report 2.1 [L636]`), a citation key of docs/sources.md, or the words *estimate*
or *assumption* where the report gives no figure. The relation types follow Keast, Brown &
Mandell (2007) as used in the report; the relation, steering and level of each idealtype are
the catalogue's reading of the report (reference/idealtypes-catalogue.md).

Preconditions with a check are reported as rule findings
(`simulator/idealtypes/preconditions.py`): `check_preconditions(scenario)` gives the
idealtypes' findings, `check_plan(scenario)` the whole static check of a plan, where the
hours that mandatory forums and time commitments add count within each GP's 7.5 h of other
municipal tasks (fastlegeforskriften § 32). Two of the 25 files are building blocks
rather than report idealtypes: `time_commitment` and `kad_unit`.

To add an idealtype, add a file to `models/`: a preset (`preset_of:`) needs nothing else; a new
base model also needs its module `simulator/idealtypes/<id>.py`, which declares the parameter
model and registers its expansion, relations and preconditions (docs/architecture.md). Then
regenerate this page with `samsim idealtypes docs --out docs/idealtypes.md`. A built wheel
carries a copy of `models/` as `simulator/models` (setup.py), which an installed samsim reads.

Each section ends with the KPIs the idealtype moves, with the result keys of a run
(`samsim run`, `simulator.simulate`) that show them; tests/engine/idealtypes runs each of the
ten first-class models with and without and checks the direction and size of these effects.
"""


def render_page(library: dict[str, IdealtypeInfo] | None = None) -> str:
    """The whole page as markdown."""
    library = library or load_library()
    parts = [INTRO, _overview(library), *(_section(info, library) for info in library.values())]
    return "\n".join(parts)


def write_page(path: Path) -> None:
    write_text_atomic(path, render_page())


def _overview(library: dict[str, IdealtypeInfo]) -> str:
    rows = [
        _row(
            f"[`{i.id}`](#{i.id})",
            report_section(i),
            str(i.level.value),
            i.relation.value,
            i.preset_of or "first-class",
            i.name.en,
        )
        for i in library.values()
    ]
    header = _row("id", "report §", "level", "relation", "base model", "name")
    return "\n".join(["## Overview", "", header, _row(*["---"] * 6), *rows, ""])


def _section(info: IdealtypeInfo, library: dict[str, IdealtypeInfo]) -> str:
    kind = f"preset of `{info.preset_of}`" if info.preset_of else "first-class model"
    if info.building_block:
        kind += ", building block (not one of the report's 23 idealtypes by itself)"
    sections = ", ".join(f"{s.section} [{s.lines}]" for s in info.sections)
    heading = info.report_section or "Building block"
    lines = [
        f'<a id="{info.id}"></a>',
        "",
        f"## {heading}: {info.name.en}",
        "",
        f"`{info.id}` · *{info.name.nb}*",
        "",
        f"Report {sections} · level {info.level.value} · {info.relation.value} · "
        f"steering: {info.steering.value} · {kind}",
        "",
        info.description,
        "",
        "Parameters:",
        "",
        _row("parameter", "default", "unit", "source"),
        _row("---", "---", "---", "---"),
    ]
    for setting in settings(info, library):
        p = setting.parameter
        source = p.source if setting.origin == info.id else f"{p.source} (from `{setting.origin}`)"
        lines.append(_row(f"`{p.name}`", f"`{format_value(p)}`", p.unit or "", source))
    lines += ["", *_preconditions(info, library), "KPIs it moves:", ""]
    lines += [_row("KPI", "direction", "why"), _row("---", "---", "---")]
    lines += [_row(KPI_TEXT[c.kpi], c.direction.value, c.why) for c in info.changes]
    return "\n".join([*lines, ""])


def _preconditions(info: IdealtypeInfo, library: dict[str, IdealtypeInfo]) -> list[str]:
    items = preconditions(info, library)
    if not items:
        return ["Preconditions: none stated in the report.", ""]
    lines = ["Preconditions:", ""]
    for p in items:
        weight = "required" if p.required else "an advantage"
        check = f"; checked as {', '.join(f'`{c}`' for c in p.checks)}" if p.checks else ""
        lines.append(f"- {p.text} ({weight}; {p.source}{check})")
    return [*lines, ""]


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"
