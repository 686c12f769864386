"""The collaboration idealtypes of the KS/Norut report: one module per idealtype.

Each base model in models/ (`<id>.yaml`) has its module here (`<id>.py`), which declares and
registers its `Idealtype` (scenario/registry.py); importing this package imports them by name,
without reading the library, and hands the registry the library's presets, so that a `type:`
may also name a preset in models/ (see `presets.py`). The scenario builds its `collaborations:`
union from the registry (`Collaboration` here is that union); `plug_in` adds an idealtype from
outside the package.
"""

from __future__ import annotations

import importlib
import pkgutil

from simulator.idealtypes.base import CollaborationBase
from simulator.idealtypes.library import MODELS_DIR
from simulator.idealtypes.presets import LIBRARY_PRESETS
from simulator.scenario.registry import Idealtype, collaboration_union, register, use_presets

for _module in pkgutil.iter_modules(__path__):
    if (MODELS_DIR / f"{_module.name}.yaml").exists():
        importlib.import_module(f"{__name__}.{_module.name}")
use_presets(LIBRARY_PRESETS)


def plug_in(idealtype: Idealtype) -> None:
    """Register an idealtype defined outside this package and rebuild the scenario schema so
    that scenarios may use it."""
    from simulator.scenario.model import Scenario

    register(idealtype)
    Scenario.model_fields["collaborations"].annotation = list[collaboration_union()]
    Scenario.model_rebuild(force=True)


Collaboration = collaboration_union()

__all__ = ["Collaboration", "CollaborationBase", "plug_in"]
