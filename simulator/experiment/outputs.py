"""Writing an experiment's result directory: manifest and tidy tables (CSV and Parquet)."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from simulator import __version__
from simulator.experiment.design import DesignResult, Variant, fingerprint
from simulator.files import write_atomic


def manifest(variants: list[Variant], seed: int, kind: str, **extra: Any) -> dict[str, Any]:
    """Provenance of a result directory: inputs as loaded, versions, seeds and machine."""
    return {
        "kind": kind,
        "fingerprint": fingerprint(variants, seed),
        "samsim_version": __version__,
        "seed": seed,
        "seeds": "replication i uses numpy SeedSequence(seed, spawn_key=(i,))",
        "variants": [
            {
                "name": v.name,
                "scenario_id": v.scenario.scenario.id,
                "rules_date": v.scenario.scenario.effective_rules_date.isoformat(),
                "scenario": v.scenario.model_dump(mode="json", by_alias=True),
            }
            for v in variants
        ],
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        **extra,
    }


def write_table(
    table: pd.DataFrame, directory: Path, name: str, parquet: bool = False
) -> list[str]:
    """Write `name`.csv (and .parquet); the names of the files written."""
    write_atomic(directory / f"{name}.csv", lambda tmp: table.to_csv(tmp, index=False))
    if not parquet:
        return [f"{name}.csv"]
    write_atomic(directory / f"{name}.parquet", lambda tmp: table.to_parquet(tmp, index=False))
    return [f"{name}.csv", f"{name}.parquet"]


def physicians_table(result: DesignResult) -> pd.DataFrame:
    """Per-physician results by replication, where the replications carry them."""
    rows = [
        {"variant": name, "replication": index, **row}
        for name, payloads in result.payloads.items()
        for index, payload in enumerate(payloads)
        for row in payload.get("physicians", [])
    ]
    return pd.DataFrame(rows)
