"""A replication's inputs as its tasks carry them to other processes: made once in the
replication's process, opened once in each worker however many tasks and phases (districts,
physicians, timeline rules) bring them there.

Workers forked after the inputs were made (`Executor.refork`) hold them already, in the memory
they inherited: there a `Shipped` marked `inherited` pickles as its key alone, and nothing is
pickled or unpickled. To other workers (spawned, Dask) it pickles as its value's bytes, pickled
once, and each worker unpickles them once and keeps them by key. Equal and hashed by the key, so
a worker's cache finds them without hashing megabytes for every task.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

KEPT = 2  # this replication's inputs and, while it starts, the last one's

_kept: dict[bytes, Any] = {}  # key → value of the inputs made or opened in this process


@dataclass(frozen=True)
class Shipped:
    key: bytes
    value: Any = field(compare=False, repr=False)
    inherited: bool = field(default=False, compare=False)

    @classmethod
    def of(cls, value: Any) -> Shipped:
        shipped = cls(os.urandom(16), value)
        _keep(shipped.key, value)
        return shipped

    def inherit(self) -> Shipped:
        """The same inputs, for workers forked since they were made: pickled as the key."""
        return dataclasses.replace(self, inherited=True)

    @cached_property
    def data(self) -> bytes:
        return pickle.dumps(self.value, protocol=pickle.HIGHEST_PROTOCOL)

    def __reduce__(self) -> tuple[Any, ...]:
        if self.inherited:
            return _inherited, (self.key,)
        return _opened, (self.key, self.data)


def forget() -> None:
    """Drop the inputs kept in this process: called after a replication's last tasks."""
    _kept.clear()


def _inherited(key: bytes) -> Shipped:
    return Shipped(key, _kept[key], inherited=True)


def _opened(key: bytes, data: bytes) -> Shipped:
    if key not in _kept:
        _keep(key, pickle.loads(data))
    return Shipped(key, _kept[key])


def _keep(key: bytes, value: Any) -> None:
    _kept[key] = value
    while len(_kept) > KEPT:
        del _kept[next(iter(_kept))]
