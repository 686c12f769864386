"""Tidy tables of an experiment: one row per replication and KPI, summaries with intervals,
and paired differences between variants."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from simulator.experiment.design import DesignResult, kpi_series
from simulator.experiment.statistics import mean_interval, paired_difference

SEPARATOR = "|"


def kpi_key(kpi: str, scope: str) -> str:
    return f"{kpi}{SEPARATOR}{scope}"


def split_key(key: str) -> tuple[str, str]:
    kpi, _, scope = key.partition(SEPARATOR)
    return kpi, scope


def replications_table(result: DesignResult) -> pd.DataFrame:
    rows = [
        (name, index, *split_key(key), value)
        for name, payloads in result.payloads.items()
        for index, payload in enumerate(payloads)
        for key, value in sorted(payload["kpis"].items())
    ]
    return pd.DataFrame(rows, columns=["variant", "replication", "kpi", "scope", "value"])


def summary_table(result: DesignResult) -> pd.DataFrame:
    rows = []
    for name, payloads in result.payloads.items():
        for key, values in sorted(kpi_series(payloads).items()):
            interval = mean_interval(values)
            rows.append(
                (
                    name,
                    *split_key(key),
                    interval.mean,
                    interval.low,
                    interval.high,
                    interval.n,
                    interval.sd,
                    interval.method,
                )
            )
    columns = ["variant", "kpi", "scope", "mean", "ci_low", "ci_high", "n", "sd", "interval"]
    return pd.DataFrame(rows, columns=columns)


def differences_table(
    result: DesignResult, lower_is_better: Callable[[str], bool | None]
) -> pd.DataFrame:
    """Each variant against the first: mean of (variant − baseline) with its paired interval,
    whether it is significant, and which variant it favours."""
    baseline, *others = result.variants
    base = kpi_series(result.payloads[baseline.name])
    rows = []
    for variant in others:
        series = kpi_series(result.payloads[variant.name])
        for key in sorted(set(base) & set(series)):
            kpi, scope = split_key(key)
            diff = paired_difference(base[key], series[key])
            rows.append(
                (
                    variant.name,
                    kpi,
                    scope,
                    diff.mean,
                    diff.low,
                    diff.high,
                    diff.n,
                    diff.excludes_zero,
                    _favours(
                        diff.mean,
                        diff.excludes_zero,
                        lower_is_better(kpi),
                        baseline.name,
                        variant.name,
                    ),
                )
            )
    columns = [
        "variant",
        "kpi",
        "scope",
        "difference",
        "ci_low",
        "ci_high",
        "n",
        "significant",
        "favours",
    ]
    return pd.DataFrame(rows, columns=columns)


def _favours(
    mean: float, significant: bool, lower_better: bool | None, base: str, other: str
) -> str:
    if not significant or lower_better is None or mean == 0:
        return ""
    other_is_lower = mean < 0
    return other if other_is_lower == lower_better else base
