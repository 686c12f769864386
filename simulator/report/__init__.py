"""The self-contained HTML report of a result directory (docs/report.md)."""

from simulator.report.render import render_report

__all__ = ["render_report"]
