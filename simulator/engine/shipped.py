"""A replication's inputs as its tasks carry them to other processes: pickled once in the
replication's process, and unpickled once in each worker however many tasks and phases
(districts, timelines) bring them there.

Equal and hashed by the digest of their bytes, so a worker's cache finds them without hashing
megabytes for every task; on an executor whose workers live on (`ProcessExecutor`) the plan
inside is unpickled once per worker and replication instead of once per task phase.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Shipped:
    digest: bytes
    data: bytes = field(compare=False, repr=False)

    @classmethod
    def of(cls, value: Any) -> Shipped:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        return cls(hashlib.blake2b(data, digest_size=16).digest(), data)


@functools.lru_cache(maxsize=2)  # this replication's and, while it starts, the last one's
def opened(shipped: Shipped) -> Any:
    """The value, unpickled in this process once."""
    return pickle.loads(shipped.data)
