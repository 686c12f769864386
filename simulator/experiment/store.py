"""The result directory of a trial, comparison or sweep.

Each finished replication is one JSON file carrying a checksum of its content, written
atomically; a rerun reuses every intact file and recomputes missing, truncated or corrupt
ones. Tables (CSV and Parquet) are derived from these files and can always be rebuilt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.checksums import intact, payload_digest
from simulator.errors import Sentence, WordedError
from simulator.experiment.outdir import MANIFEST, claim
from simulator.files import write_text_atomic


class StoreMismatch(WordedError):
    """The directory holds results of another scenario or seed."""


@dataclass
class ResultStore:
    root: Path
    damaged: list[Path] = field(default_factory=list)

    def open(self, manifest: dict[str, Any]) -> None:
        """Create the directory, or check that an existing one belongs to this run."""
        claim(self.root, experiment=True)
        path = self.root / MANIFEST
        if path.exists():
            previous = json.loads(path.read_text(encoding="utf-8"))
            if previous.get("fingerprint") != manifest.get("fingerprint"):
                raise StoreMismatch(Sentence("store.mismatch", {"root": self.root}))
        write_text_atomic(path, json.dumps(manifest, indent=2, ensure_ascii=False, default=str))

    def update_manifest(self, **fields: Any) -> None:
        path = self.root / MANIFEST
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest.update(fields)
        write_text_atomic(path, json.dumps(manifest, indent=2, ensure_ascii=False, default=str))

    def _path(self, variant: str, replication: int) -> Path:
        return self.root / "replications" / variant / f"rep-{replication:05d}.json"

    def save(self, variant: str, replication: int, payload: dict[str, Any]) -> None:
        self.save_record(variant, replication, record(payload))

    def save_record(self, variant: str, replication: int, text: str) -> None:
        """Write a replication's file as `record` made it."""
        write_text_atomic(self._path(variant, replication), text)

    def load(self, variant: str, replication: int) -> dict[str, Any] | None:
        """The stored payload, or None if missing; damaged files are removed and noted."""
        path = self._path(variant, replication)
        if not path.exists():
            return None
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            stored = None
        if not intact(stored):
            self.damaged.append(path)
            path.unlink()
            return None
        return stored["payload"]


def record(payload: dict[str, Any]) -> str:
    """A replication's file: its payload and a checksum of it. Workers make it, so the
    process that writes the files only writes them."""
    record = {"checksum": payload_digest(payload), "payload": payload}
    return json.dumps(record, ensure_ascii=False)
