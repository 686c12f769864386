"""`samsim examples`: the gallery's real regions, listed or copied into the user's folder so a
planner starts from the closest real case."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from simulator.commands.common import console, refuse, translator
from simulator.gallery.catalogue import BASELINE, copy_region, load_systems, regions
from simulator.report.i18n import Translator
from simulator.scenario.settings import Lang

LangOption = Annotated[Lang | None, typer.Option("--lang", help="nb or en (default nb).")]


def register(app: typer.Typer) -> None:
    app.command()(examples)


def examples(
    region: Annotated[
        str | None, typer.Argument(help="A region to copy, e.g. indre-troms; none: list them.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="The new folder; default: ./REGION.")
    ] = None,
    lang: LangOption = None,
) -> None:
    """List the gallery's systems, or copy a region (base file, baseline and variants)."""
    t = translator(lang.value if lang else None)
    if region is None:
        _list(t)
        return
    known = regions()
    if region not in known:
        refuse(t, t("examples.unknown", region=region, known=", ".join(known)))
    target = out or Path(region)
    if target.exists():
        refuse(t, t("examples.exists", target=target))
    if not target.parent.is_dir():
        refuse(t, t("examples.no_folder", folder=target.parent))
    written = copy_region(region, target)
    console.print(t("examples.wrote", count=len(written), target=target), markup=False)
    for path in written:
        console.print(f"  {path}", markup=False)
    command = f"samsim compare {target / BASELINE} {target / 'VARIANT.yaml'} -n 10"
    console.print(t("examples.compare", command=command), markup=False)


def _list(t: Translator) -> None:
    for system in load_systems():
        console.print(f"{system.name:45} {system.source}", markup=False, soft_wrap=True)
    console.print(t("examples.copy_one"), markup=False)
