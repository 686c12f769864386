"""`samsim app`: the local web app for planners (docs/app.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from simulator.commands.common import EXIT_INVALID, console, errors


def register(app: typer.Typer) -> None:
    app.command(name="app")(app_command)


def app_command(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Scenario files to open as plans.")
    ] = None,
    folder: Annotated[
        Path,
        typer.Option(help="Where new plans are saved and results/ is written."),
    ] = Path("."),
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1; 0 picks a free one.")] = 0,
    browser: Annotated[
        bool, typer.Option("--browser/--no-browser", help="Open the app in the web browser.")
    ] = True,
) -> None:
    """Build, run and compare plans in the browser: a local app on 127.0.0.1, no login, no
    outside requests. Needs the `app` extra: pip install 'samsim\\[app]'."""
    try:  # the web framework is imported only here, so `samsim --help` stays fast
        from simulator.app import server
    except ImportError as error:
        errors.print(
            f"samsim app needs the web libraries of the `app` extra ({error.name} is missing): "
            "pip install 'samsim[app]'",
            markup=False,
        )
        raise typer.Exit(EXIT_INVALID) from None
    if not folder.is_dir():
        errors.print(f"--folder {folder} is not a folder", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_INVALID)
    for file in files or []:
        if not file.is_file():
            errors.print(f"{file}: no such file", markup=False, soft_wrap=True)
            raise typer.Exit(EXIT_INVALID)
    try:
        sock = server.bind(port)
    except OSError as error:
        errors.print(f"cannot listen on 127.0.0.1:{port}: {error.strerror}", markup=False)
        raise typer.Exit(EXIT_INVALID) from None

    def started(url: str) -> None:
        console.print(f"samsim app: {url}  (Ctrl+C stops it)", markup=False)
        if browser:
            server.open_browser(url)

    server.serve(folder.resolve(), [f.resolve() for f in files or []], sock, started)
