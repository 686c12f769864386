"""Reading a CSV file shipped in the package's data directory."""

from __future__ import annotations

import csv
import io
from importlib import resources


def read_rows(filename: str) -> list[dict[str, str]]:
    """The rows of `simulator/data/<filename>` as dictionaries keyed by the header."""
    text = (resources.files("simulator") / "data" / filename).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))
