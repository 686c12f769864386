"""How a `samsim` command ends when something goes wrong: bad input (`InputError`) is printed
as located messages and exits 2, a library's worded refusal (`WordedError`) in the language the
command speaks; an unexpected exception is a bug: one line says so and where
its traceback was written, and the command exits 3. Nothing is printed with markup or emoji
codes, so a location such as `file.yaml:100:5` is printed as written."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperGroup

from simulator.commands.common import SPOKEN
from simulator.errors import EXIT_BUG, EXIT_INVALID, InputError, WordedError, printable
from simulator.report.i18n import LANGUAGES, Translator


@contextmanager
def handled() -> Iterator[None]:
    """Turn exceptions into the documented exit codes (Click's own exits pass through)."""
    spoken = SPOKEN.set(LANGUAGES[0])  # each command chooses its own (`translator`)
    try:
        yield
    except WordedError as error:
        t = Translator(SPOKEN.get())
        for sentence in error.sentences:
            typer.echo(_printable(t("cli.error", message=t.said(sentence))), err=True)
        raise typer.Exit(EXIT_INVALID) from None
    except InputError as error:
        for line in error.lines():
            typer.echo(_printable(line), err=True)
        raise typer.Exit(EXIT_INVALID) from None
    except BrokenPipeError:
        # The reader stopped reading (`samsim show | head -3`): no bug, no message. What is
        # left unwritten goes nowhere, so the interpreter's last flush cannot fail; exit 1 as
        # Rich's consoles do (Console.on_broken_pipe) and as the Python documentation advises.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None
    except Exception as error:
        if _from_the_cli_library(error):
            raise
        path = _write_traceback(error)
        typer.echo(
            f"samsim: internal error, a bug ({type(error).__name__}: {_printable(str(error))}); "
            f"the traceback is in {path}; please report it with the command you ran",
            err=True,
        )
        raise typer.Exit(EXIT_BUG) from None
    finally:
        SPOKEN.reset(spoken)


class GuardedGroup(TyperGroup):
    """The command group of `samsim`: every command runs under `handled()`."""

    def invoke(self, ctx: Any) -> Any:
        with handled():
            return super().invoke(ctx)


def _from_the_cli_library(error: Exception) -> bool:
    """Typer's and Click's own exits and usage errors (Typer may bundle its own Click)."""
    return type(error).__module__.split(".")[0] in ("typer", "click")


def _write_traceback(error: BaseException) -> str:
    with tempfile.NamedTemporaryFile(
        "w", prefix="samsim-traceback-", suffix=".txt", delete=False, encoding="utf-8"
    ) as stream:
        stream.write("".join(traceback.format_exception(error)))
    return stream.name


def _printable(text: str) -> str:
    """Control characters written as escapes, line breaks kept."""
    return "\n".join(printable(line) for line in text.split("\n"))
