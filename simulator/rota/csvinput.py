"""Reading rota-related CSV files with errors that point at file:line."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path


class RotaInputError(ValueError):
    """Bad user input for a rota (a CSV file or an option), with its location."""


def rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of the CSV at `path`, checking the header."""
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as error:
        raise RotaInputError(f"{path}: cannot read: {error.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise RotaInputError(f"{path}:1: missing column(s): {', '.join(missing)}")
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def parse_date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise RotaInputError(f"{where}: '{value}' is not a date (YYYY-MM-DD)") from None


def parse_datetime(value: str, where: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise RotaInputError(f"{where}: '{value}' is not a date-time (YYYY-MM-DDTHH:MM)") from None
