"""A result directory as the report reads it (docs/results.md is the contract).

Summaries and paired differences come from `summary.csv` and `differences.csv`, so the report
shows exactly the intervals the experiment layer computed. Per-physician rows, series and rule
findings come from the replication payloads, which are the primary record (the CSV tables are
derived from them and keep nested findings only as text).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from pydantic import ValidationError

from simulator.checksums import file_digest, intact
from simulator.errors import InputError
from simulator.experiment import notices
from simulator.report.feasibility import NamedPlan, plan_findings
from simulator.scenario import Scenario

MANIFEST = "manifest.json"
SEPARATOR = "|"
TEXT_COLUMNS = ("variant", "kpi", "scope", "favours")  # a variant may be named "1"
CHARTED_VARIANTS = 4  # per-variant charts beyond this would bury a sweep's report


class ReportError(InputError, ValueError):
    """The directory cannot be reported on; the message says why and what to do."""


@dataclass(frozen=True)
class VariantResult:
    name: str
    scenario: Scenario
    payloads: list[dict[str, Any]]


@dataclass(frozen=True)
class ResultSet:
    root: Path
    manifest: dict[str, Any]
    variants: list[VariantResult]
    summary: pd.DataFrame
    differences: pd.DataFrame | None

    @property
    def kind(self) -> str:
        return str(self.manifest.get("kind", "trial"))

    @property
    def replications(self) -> int:
        return max((len(v.payloads) for v in self.variants), default=0)

    @property
    def charted(self) -> list[VariantResult]:
        """The variants that get their own charts (all of a trial or comparison)."""
        return self.variants[:CHARTED_VARIANTS]

    @property
    def charted_names(self) -> list[str]:
        return [v.name for v in self.charted]

    @cached_property
    def entity_names(self) -> dict[str, str]:
        """Names of the municipalities, offices, legevakt and bed units by id, for KPI names
        and scopes that carry ids."""
        return entity_names([variant.scenario for variant in self.variants])

    @cached_property
    def physicians(self) -> pd.DataFrame:
        """variant, replication and the per-physician rows of every payload."""
        rows = [
            {"variant": v.name, "replication": i, **row}
            for v in self.variants
            for i, payload in enumerate(v.payloads)
            for row in payload.get("physicians", [])
        ]
        return pd.DataFrame(rows)

    def series(self, variant: VariantResult, name: str) -> dict[str, np.ndarray]:
        """Series `name` of `variant` by scope: one row per replication (shorter runs padded
        with NaN), so charts can show the mean and the spread over replications."""
        by_scope: dict[str, list[list[float]]] = {}
        for payload in variant.payloads:
            for key, values in payload.get("series", {}).items():
                series, _, scope = key.partition(SEPARATOR)
                if series == name and values:
                    by_scope.setdefault(scope or "all", []).append(values)
        return {scope: _padded(rows) for scope, rows in sorted(by_scope.items())}

    @cached_property
    def warnings(self) -> dict[str, list[str]]:
        """The warnings the experiment printed (warnings.json) by plan, e.g. legevakter
        without a legal rota."""
        return notices.load(self.root)

    @cached_property
    def checked(self) -> list[dict[str, Any]]:
        """The plan-level findings of `samsim check` for every plan, on its rules date."""
        return plan_findings(NamedPlan(v.name, v.scenario) for v in self.variants)

    def findings(self) -> list[dict[str, Any]]:
        """Every finding with its variant and replication."""
        return [
            {"variant": v.name, "replication": i, **finding}
            for v in self.variants
            for i, payload in enumerate(v.payloads)
            for finding in payload.get("findings", [])
        ]


def _padded(rows: list[list[float]]) -> np.ndarray:
    width = max(len(r) for r in rows)
    table = np.full((len(rows), width), np.nan)
    for i, row in enumerate(rows):
        table[i, : len(row)] = row
    return table


def load_results(root: Path) -> ResultSet:
    """Read `root`; a missing or damaged file is a `ReportError` naming it."""
    manifest = _json(root / MANIFEST, "a result directory written by samsim run/compare/sweep")
    entries = manifest.get("variants")
    if not isinstance(entries, list) or not entries:
        raise ReportError(f"{root / MANIFEST}: no `variants` listed; rerun the experiment")
    _check_tables(root, manifest.get("tables", {}))
    limit = manifest.get("replications")
    variants = [_variant(root, entry, limit) for entry in entries]
    summary = _csv(root / "summary.csv", required=True)
    assert summary is not None
    return ResultSet(root, manifest, variants, summary, _csv(root / "differences.csv"))


def _check_tables(root: Path, digests: Any) -> None:
    """Every table the manifest lists must be there and unchanged since it was written."""
    for name, digest in digests.items() if isinstance(digests, dict) else []:
        path = root / str(name)
        if not path.is_file() or file_digest(path) != digest:
            raise ReportError(
                f"{path}: missing or damaged (its checksum differs from {MANIFEST}); rerun the "
                "experiment with the same --out to rebuild it from the replications"
            )


def _variant(root: Path, entry: dict[str, Any], limit: int | None) -> VariantResult:
    name = str(entry.get("name"))
    try:
        scenario = Scenario.model_validate(entry.get("scenario"))
    except ValidationError as error:
        raise ReportError(
            f"{root / MANIFEST}: the scenario of variant '{name}' does not load "
            f"({error.error_count()} problems); was it written by another samsim version?"
        ) from None
    files = sorted((root / "replications" / name).glob("rep-*.json"))
    if limit is not None:
        files = files[:limit]
    return VariantResult(name, scenario, [_payload(path) for path in files])


def _payload(path: Path) -> dict[str, Any]:
    stored = _json(path, "a replication file")
    payload = stored.get("payload")
    if not isinstance(payload, dict):
        raise ReportError(f"{path}: no `payload` object; rerun the experiment to repair it")
    if not intact(stored):
        raise ReportError(
            f"{path}: damaged (its checksum does not match); rerun the experiment with the "
            "same --out to recompute it"
        )
    return payload


def _json(path: Path, what: str) -> dict[str, Any]:
    if not path.is_file():
        raise ReportError(f"{path} not found: expected {what}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ReportError(
            f"{path}:{getattr(error, 'lineno', 1)}: not valid JSON ({error}); rerun the "
            "experiment with the same --out to repair it"
        ) from None
    if not isinstance(data, dict):
        raise ReportError(f"{path}: expected a JSON object")
    return data


def _csv(path: Path, required: bool = False) -> pd.DataFrame | None:
    if not path.is_file():
        if required:
            raise ReportError(f"{path} not found: the experiment did not finish; rerun it")
        return None
    try:
        return pd.read_csv(
            path, keep_default_na=False, na_values=[""], dtype=dict.fromkeys(TEXT_COLUMNS, str)
        )
    except (ValueError, pd.errors.ParserError) as error:
        raise ReportError(f"{path}: not a readable CSV table ({error})") from None


def entity_names(scenarios: Sequence[Scenario]) -> dict[str, str]:
    """Names by id: municipalities first, in the scenarios' order, then the other entities."""
    names: dict[str, str] = {}
    for section in ("municipalities", "offices", "legevakt", "kad", "sykestuer"):
        for scenario in scenarios:
            names.update({item.id: item.name for item in getattr(scenario, section)})
    return names
