"""The value worked out for the last object asked, kept: a compiled plan is asked for the same
travel network, calendars, pools and vacations by every block of its rota and every
replication, and each is a pure function of the object (and a key), so sharing it changes no
result. The owner is compared by identity (scenarios and plans are not hashed), the key by
equality; owner, key and value are swapped as one tuple, so a thread asking for another
owner never reads a value that belongs to a third."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class KeptLast(Generic[T]):
    """One kept value: `get(owner, key, make)` returns `make()`'s value for the last owner and
    key asked, and works it out again when either changes."""

    def __init__(self) -> None:
        self._kept: tuple[Any, Hashable, T | None] = (None, None, None)

    def get(self, owner: object, key: Any, make: Callable[[], T]) -> T:
        kept, kept_key, value = self._kept
        if kept is not owner or kept_key != key or value is None:
            value = make()
            self._kept = (owner, key, value)
        return value
