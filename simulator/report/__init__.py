"""The self-contained HTML report of a result directory (docs/report.md).

`render_report` is imported on first use, so a command that only needs the message catalogues
(`simulator.report.i18n`) does not load pandas and matplotlib."""

from __future__ import annotations

from typing import Any

__all__ = ["render_report"]


def __getattr__(name: str) -> Any:
    if name != "render_report":
        raise AttributeError(f"module 'simulator.report' has no attribute '{name}'")
    from simulator.report.render import render_report

    return render_report
