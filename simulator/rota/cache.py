"""Solved rotas kept on disk, keyed by a fingerprint of the rota problem.

A sweep whose variants change nothing the rota depends on (demand, beds, travel), and every
rerun of an experiment, would otherwise solve the same rota again. The key is a digest of all
the solver reads (shifts, doctors and FTE, every blocked pair and its reason, rest conflicts,
competence, wishes, rules), the solver settings, the rota code's version and the OR-Tools
version, so a hit gives the rota the solver would give, bit for bit. Each file carries a
checksum of its content and is written atomically; a damaged file is removed and solved again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path

from simulator.checksums import payload_digest
from simulator.files import write_text_atomic
from simulator.rota.problem import RotaProblem
from simulator.rota.solver import SolverSettings

FORMAT = 2  # bump when the solver or the greedy rotation changes what they return


@dataclass(frozen=True)
class CachedRota:
    """The doctors on each shift (indices into the problem's doctors), how they were found,
    and the warnings solving gave."""

    doctors: list[list[int]]
    method: str
    notes: list[str]


@dataclass(frozen=True)
class RotaCache:
    root: Path

    def load(self, key: str) -> CachedRota | None:
        """The rota stored under `key`, or None; a damaged file is removed."""
        path = self._path(key)
        if not path.exists():
            return None
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            rota = record["rota"]
            if record["checksum"] != payload_digest(rota):
                raise ValueError("checksum")
            return CachedRota(rota["doctors"], rota["method"], rota["notes"])
        except (ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)
            return None

    def save(self, key: str, rota: CachedRota) -> None:
        content = asdict(rota)
        record = {"checksum": payload_digest(content), "rota": content}
        write_text_atomic(self._path(key), json.dumps(record))

    def _path(self, key: str) -> Path:
        return self.root / f"{key}.json"


def fingerprint(problem: RotaProblem, settings: SolverSettings) -> str:
    """A digest of everything the solver's answer depends on."""
    digest = hashlib.sha256()

    def add(*items: object) -> None:
        digest.update(repr(items).encode())

    add(FORMAT, version("ortools"), asdict(settings), problem.legevakt, problem.start)
    add(problem.weeks, asdict(problem.rules))
    for shift in problem.shifts:
        add(shift)
    add([(p.id, p.fte) for p in problem.doctors])
    add(sorted(problem.lacking), problem.covered, problem.conflicts)
    add(sorted(problem.blocked.items()), sorted(problem.wishes.items()))
    return digest.hexdigest()
