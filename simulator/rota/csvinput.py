"""Reading rota-related CSV files with errors that point at file:line."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

from simulator.errors import InputError
from simulator.reading import UnreadableFile, read_text

MAX_CSV_BYTES = 50 * 2**20  # a year's rota for the largest legevakt is under 1 MB


class RotaInputError(InputError, ValueError):
    """Bad user input for a rota (a CSV file or an option), with its location."""


def rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of the CSV at `path`, checking the header."""
    try:
        text = read_text(path, MAX_CSV_BYTES, "rota CSV files")
    except UnreadableFile as error:
        raise RotaInputError(f"{path}:{error.line}: {error}") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise RotaInputError(f"{path}:1: missing column(s): {', '.join(missing)}")
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}
    except csv.Error as error:
        raise RotaInputError(f"{path}:{reader.line_num}: not a CSV file ({error})") from None


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
