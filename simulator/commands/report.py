"""`samsim report RESULT_DIR`: the self-contained HTML report of a result directory."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from simulator.commands.common import EXIT_INVALID, console, errors
from simulator.report.i18n import LANGUAGES
from simulator.report.render import render_report


def register(app: typer.Typer) -> None:
    app.command()(report)


def report(
    result_dir: Annotated[
        Path, typer.Argument(help="A result directory of samsim run, compare or sweep.")
    ],
    lang: Annotated[
        str | None,
        typer.Option("--lang", help=f"{'|'.join(LANGUAGES)}; default: the scenario's language."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="HTML file; default: RESULT_DIR/report.html, or report.LANG.html in another "
            "language than the scenario's.",
        ),
    ] = None,
) -> None:
    """Write one HTML file with tables, charts, a map and the rule findings; it opens
    without a network connection. Exit 2 if the directory cannot be read."""
    try:
        path = render_report(result_dir, lang, out)
    except OSError as error:
        errors.print(f"cannot write the report: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_INVALID) from None
    console.print(f"report written to {path}", markup=False)
