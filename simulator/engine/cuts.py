"""The points where timelines are cut: the sorted distinct values of a few arrays of minutes."""

from __future__ import annotations

import numpy as np


def cut_points(*arrays: np.ndarray) -> np.ndarray:
    """The sorted distinct values of `arrays` together: what `np.unique` gives, by sorting
    (NumPy 2's `np.unique` hashes first, several times slower on a timeline's few thousand
    minutes)."""
    values = np.sort(np.concatenate(arrays))
    first = np.ones(len(values), bool)
    first[1:] = values[1:] != values[:-1]
    return values[first]
