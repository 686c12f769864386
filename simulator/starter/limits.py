"""Upper bounds the scenario schema puts on a number, so estimates stay loadable."""

from __future__ import annotations

from pydantic import BaseModel


def schema_max(model: type[BaseModel], field: str) -> int:
    """The `le` bound of `model.field` (e.g. at most 20 doctors in a shift template)."""
    bounds = (getattr(m, "le", None) for m in model.model_fields[field].metadata)
    return int(next(b for b in bounds if b is not None))
