"""The collaboration idealtypes of the KS/Norut report: one module per idealtype.

Each base model in models/ (`<id>.yaml`) has its module here (`<id>.py`), which declares and
registers its `Idealtype` (scenario/registry.py); importing this package imports them by name,
without reading the library. `Collaboration` is the discriminated union of the registered
schemas that the scenario uses for `collaborations:` items; a `type:` may also name a preset in
models/ (see `presets.py`). `plug_in` adds an idealtype from outside the package.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Annotated, Any, Union

from pydantic import BeforeValidator, Field

from simulator.idealtypes.base import CollaborationBase
from simulator.idealtypes.library import MODELS_DIR
from simulator.idealtypes.presets import apply_preset
from simulator.scenario.registry import IDEALTYPES, Idealtype, register

for _module in pkgutil.iter_modules(__path__):
    if (MODELS_DIR / f"{_module.name}.yaml").exists():
        importlib.import_module(f"{__name__}.{_module.name}")


def collaboration_union() -> Any:
    """The scenario's type of a `collaborations:` item: one of the registered schemas."""
    schemas = tuple(idealtype.schema for idealtype in IDEALTYPES.values())
    return Annotated[
        Union[schemas],  # noqa: UP007 (a union built from a tuple)
        Field(discriminator="type"),
        BeforeValidator(apply_preset),
    ]


def plug_in(idealtype: Idealtype) -> None:
    """Register an idealtype defined outside this package and rebuild the scenario schema so
    that scenarios may use it."""
    from simulator.scenario.model import Scenario

    register(idealtype)
    Scenario.model_fields["collaborations"].annotation = list[collaboration_union()]
    Scenario.model_rebuild(force=True)


Collaboration = collaboration_union()

__all__ = ["Collaboration", "CollaborationBase", "plug_in"]
