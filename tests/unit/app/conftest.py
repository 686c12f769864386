"""Plans for the app's tests: the starter's Andøy and Sortland, one week long."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.app.start import starting_plan
from simulator.starter.districts import Layout

TODAY = dt.date(2026, 6, 1)


def short(text: str, weeks: int = 1) -> str:
    return text.replace("  weeks: 52\n", f"  weeks: {weeks}\n", 1)


@pytest.fixture(scope="session")
def shared_text() -> str:
    return short(starting_plan(("1871", "1870"), Layout.shared, TODAY))


@pytest.fixture(scope="session")
def own_text() -> str:
    return short(starting_plan(("1871", "1870"), Layout.per_municipality, TODAY))
