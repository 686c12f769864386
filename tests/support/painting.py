"""Painted calendars as lists of (start, end, category), easy to compare in tests."""

from __future__ import annotations

from collections.abc import Iterable

from simulator.engine.schedule import Block, paint
from simulator.plan.timeline import CATEGORIES, Category


def painted(blocks: Iterable[Block], horizon: int) -> list[tuple[int, int, Category]]:
    runs = zip(*(column.tolist() for column in paint(blocks, horizon)), strict=True)
    return [(start, end, CATEGORIES[code]) for start, end, code in runs]
