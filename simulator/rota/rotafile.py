"""Rota CSV files: one row per doctor per shift."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from simulator.files import write_text_atomic
from simulator.plan.assignment import Assignment
from simulator.rota.csvinput import RotaInputError, parse_datetime, rows
from simulator.scenario.legevakt import ShiftMode

COLUMNS = ("legevakt", "shift", "physician", "start", "end", "mode")


def rota_csv(assignments: list[Assignment]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for a in assignments:
        writer.writerow(
            (a.legevakt, a.shift, a.physician, a.start.isoformat(), a.end.isoformat(), a.mode)
        )
    return out.getvalue()


def write_rota(path: Path, assignments: list[Assignment]) -> None:
    write_text_atomic(path, rota_csv(assignments))


def read_rota(
    path: Path, physicians: set[str] | None = None, legevakts: set[str] | None = None
) -> list[Assignment]:
    """The assignments in a rota CSV; `physicians` and `legevakts`, when given, are the known
    ids."""
    assignments = []
    for line, row in rows(path, COLUMNS):
        where = f"{path}:{line}"
        for column, known in (("physician", physicians), ("legevakt", legevakts)):
            if known is not None and row[column] not in known:
                raise RotaInputError(f"{where}: unknown {column} '{row[column]}'")
        start = parse_datetime(row["start"], where)
        end = parse_datetime(row["end"], where)
        if end <= start:
            raise RotaInputError(f"{where}: the shift ends ({end}) before it starts ({start})")
        assignments.append(
            Assignment(
                row["legevakt"], row["shift"], row["physician"], start, end, _mode(row, where)
            )
        )
    return assignments


def _mode(row: dict[str, str], where: str) -> ShiftMode:
    try:
        return ShiftMode(row["mode"])
    except ValueError:
        modes = ", ".join(ShiftMode)
        raise RotaInputError(f"{where}: mode '{row['mode']}' is not one of {modes}") from None
