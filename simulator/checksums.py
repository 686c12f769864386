"""Checksums that let a result directory detect damage: of each replication's payload (in its
file) and of each table's bytes (in the manifest). Writers and readers share these, so the
experiment layer and the report agree on what intact means."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def payload_digest(payload: Any) -> str:
    """The SHA-256 of a payload's canonical JSON."""
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def intact(record: Any) -> bool:
    """Whether a replication's file, as read, carries a payload matching its checksum."""
    return isinstance(record, dict) and record.get("checksum") == payload_digest(
        record.get("payload")
    )


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes: the manifest's checksum of each table."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
