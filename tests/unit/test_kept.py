"""The kept value: reused for the same owner (by identity) and key (by equality), made again
when either changes."""

from __future__ import annotations

from simulator.kept import KeptLast


def test_the_value_is_kept_for_the_last_owner_and_key_only() -> None:
    kept: KeptLast[list[int]] = KeptLast()
    made: list[str] = []

    def make(name: str) -> list[int]:
        made.append(name)
        return [len(made)]

    owner, twin = [1], [1]  # equal, not the same object
    first = kept.get(owner, ("a", 1), lambda: make("first"))
    assert kept.get(owner, ("a", 1), lambda: make("again")) is first
    assert kept.get(owner, ("a", 2), lambda: make("other key")) == [2]
    assert kept.get(twin, ("a", 2), lambda: make("other owner")) == [3]
    assert made == ["first", "other key", "other owner"]
