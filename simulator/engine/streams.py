"""Named random streams: every random draw comes from a stream keyed by a stable string.

Keys are hashed with SHA-256 (never Python's salted `hash()`), so a stream depends only on the
seed and its name: two scenarios that share an entity id draw the same numbers for it, which
makes scenario comparisons use common random numbers.
"""

from __future__ import annotations

import hashlib

import numpy as np


class Streams:
    def __init__(self, seed: int) -> None:
        self.seed = seed

    def __call__(self, *key: str) -> np.random.Generator:
        """A fresh generator for `key`; the same key always gives the same numbers."""
        digest = hashlib.sha256("/".join(key).encode("utf-8")).digest()
        words = np.frombuffer(digest, dtype=np.uint32).tolist()
        return np.random.Generator(np.random.PCG64(np.random.SeedSequence([self.seed, *words])))
