"""The values of an Excel workbook, to compare two of them: an .xlsx holds the time it was
written, so two workbooks with the same cells differ byte for byte."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def cells(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's rows of values, by sheet name."""
    book = openpyxl.load_workbook(path, read_only=True)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
