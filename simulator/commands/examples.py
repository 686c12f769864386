"""`samsim examples`: the gallery's real regions, listed or copied into the user's folder so a
planner starts from the closest real case."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer

from simulator.commands.common import EXIT_INVALID, console, errors
from simulator.gallery.catalogue import BASELINE, copy_region, load_systems, regions


def register(app: typer.Typer) -> None:
    app.command()(examples)


def examples(
    region: Annotated[
        str | None, typer.Argument(help="A region to copy, e.g. indre-troms; none: list them.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="The new folder; default: ./REGION.")
    ] = None,
) -> None:
    """List the gallery's systems, or copy a region (base file, baseline and variants)."""
    if region is None:
        _list()
        return
    known = regions()
    if region not in known:
        _fail(f"no gallery region '{region}'; choose one of: {', '.join(known)}")
    target = out or Path(region)
    if target.exists():
        _fail(f"{target} exists; choose another --out (nothing is overwritten)")
    if not target.parent.is_dir():
        _fail(f"the folder {target.parent} does not exist")
    written = copy_region(region, target)
    console.print(f"wrote {len(written)} files to {target}:", markup=False)
    for path in written:
        console.print(f"  {path}", markup=False)
    console.print(
        f"compare a variant with its baseline: samsim compare {target / BASELINE} "
        f"{target / 'VARIANT.yaml'} -n 10",
        markup=False,
    )


def _list() -> None:
    for system in load_systems():
        console.print(f"{system.name:45} {system.source}", markup=False, soft_wrap=True)
    console.print("copy one: samsim examples REGION --out FOLDER", markup=False)


def _fail(message: str) -> NoReturn:
    errors.print(f"error: {message}", markup=False, soft_wrap=True)
    raise typer.Exit(EXIT_INVALID)
