"""Command-line values checked by their meaning, not only their type: a count is at least 1,
a precision lies strictly between 0 and 1, a time limit is positive. Each check is a Typer
callback, so a bad value is refused by Click in its usual style ("Invalid value for '-n':
..."), with exit 2, before any work starts."""

from __future__ import annotations

import math
import os

import typer


def register(app: typer.Typer) -> None:
    """This module defines no commands."""


def replications(value: str) -> str:
    """A number of replications of at least 1, or 'auto'."""
    if value != "auto" and not (value.isdigit() and int(value) >= 1):
        raise typer.BadParameter(f"takes a number of at least 1 or 'auto', not '{value}'")
    return value


def workers(value: str | int) -> int:
    """A number of worker processes of at least 1, or 'auto' (one per CPU this process may
    use)."""
    text = str(value)
    if text == "auto":
        return len(os.sched_getaffinity(0))
    if not (text.isdigit() and int(text) >= 1):
        raise typer.BadParameter(f"takes a number of at least 1 or 'auto', not '{text}'")
    return int(text)


def fraction(value: float) -> float:
    """A number strictly between 0 and 1."""
    if not 0 < value < 1:  # NaN fails too
        raise typer.BadParameter(f"takes a number between 0 and 1 (e.g. 0.05), not {value}")
    return value


def positive(value: float | None) -> float | None:
    """A finite number above 0 (or nothing)."""
    if value is not None and not (value > 0 and math.isfinite(value)):
        raise typer.BadParameter(f"takes a number above 0, not {value}")
    return value
