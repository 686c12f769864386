"""The GP offices' booking search starts where earlier searches of the group left off."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.engine.gp_offices import LOOKAHEAD_DAYS, _take

DAYS = 50
COUNTS = st.tuples(st.integers(0, 7), st.integers(0, 7))  # same-day and routine requests


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(0, 6), min_size=DAYS, max_size=DAYS),
    st.lists(st.lists(st.booleans(), min_size=DAYS, max_size=DAYS), min_size=1, max_size=3),
    st.lists(COUNTS, min_size=3 * DAYS, max_size=3 * DAYS),
)
def test_searching_from_the_reach_books_what_searching_from_the_earliest_day_books(
    slots: list[int], usable: list[list[bool]], requests: list[tuple[int, int]]
) -> None:
    """Groups asking day by day as `_book` asks (same-day requests from d, routine ones from
    d + 1), on shared slots: carrying each group's reach gives the bookings and unmet counts
    of a search that always starts at the earliest day (a reach of 0)."""
    results = []
    for carry in (True, False):
        free = slots + [0] * (LOOKAHEAD_DAYS + 1)
        booked, made, unmet = [0] * DAYS, [], []
        reach = [0] * len(usable)
        asks = iter(requests)
        for d in range(DAYS):
            for group, days in enumerate(usable):
                for earliest, count in zip((d, d + 1), next(asks), strict=True):
                    if count:
                        start = reach[group] if carry else 0
                        left, reach[group] = _take(
                            days, free, booked, d, earliest, count, made, group, start
                        )
                        unmet.append(left)
        results.append((free, booked, made, unmet))
    assert results[0] == results[1]
