"""Idealtypes as plug-ins: each idealtype module (simulator/idealtypes/) declares one
`Idealtype` (its schema, its expansion into the plan, the plan elements and physicians it ties
together, and its own preconditions) and registers it under its id. The scenario schema, the
expansion step, the coordination graph and the rules read this registry, so none of them names
an idealtype class and adding an idealtype adds one module (plus its models/ file and tests).
The registry sits with the scenario, below everything that reads it.

The scenario knows its plug-ins only by the name of the package that registers them
(`PLUG_INS`, as pytest names its built-in plug-ins), imported when the schema is built; it
imports no idealtype module, and the idealtypes, which build on the scenario's base types,
import it (docs/architecture.md)."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Union

from pydantic import BeforeValidator, Field

if TYPE_CHECKING:
    from simulator.idealtypes.base import Attendees, CollaborationBase
    from simulator.idealtypes.conditions import Unmet
    from simulator.plan.plan import PlanContribution
    from simulator.plan.travel import TravelTimes
    from simulator.scenario import Scenario

Expansion = Callable[[Any, "Scenario", "TravelTimes"], "PlanContribution"]
Precondition = Callable[[Any, "Scenario", dt.date], Iterator["Unmet"]]
SectionCheck = Callable[["Scenario", dt.date], Iterator["Unmet"]]
Participation = tuple[str, "Attendees | list[str]"]  # (edge type, who)


def _none(*_: object) -> list:
    return []


def _no_hours(*_: object) -> tuple[float, set[str]]:
    return 0.0, set()


def _no_relation(*_: object) -> str | None:
    return None


def _no(*_: object) -> bool:
    return False


@dataclass(frozen=True)
class Idealtype:
    """What an idealtype plugs into. Every hook takes the collaboration instance first and has
    a default for idealtypes that do not take part in it.

    - `expand(instance, scenario, travel)`: its contribution to the plan (None: its effect is
      already in the scenario's own sections, as for a legevakt or a KAD unit).
    - `governs(instance)`: the plan elements it organises, as (kind, id): a legevakt, a bed
      unit, the offices of a branch-office service.
    - `participants(instance, scenario)`: physicians taking part, as (edge type, who).
    - `kommuneoverlege(instance)`: the municipalities whose kommuneoverlege it provides.
    - `kommuneoverlege_fte(instance, scenario)`: the FTE of that position per municipality.
    - `kommuneoverlege_holders(instance)`: the physicians holding that role, and in which
      municipalities.
    - `branch_physicians(instance)`: physicians it names for branch-office service.
    - `relation(instance, scenario)`: a variant's relation, else None for its models/ file's.
    - `telemedicine(instance)`: its legevakt consults the hospital by video (VAKe).
    - `hospital_agreement(instance)`: it has an agreement with the hospital trust.
    - `public_duty_hours(instance, scenario)`: weekly hours it imposes within the 7.5 h of
      other municipal tasks (fastlegeforskriften § 32), and on whom.
    - `preconditions`: its own checks of an instance by the rule id its models/ file names,
      each `(instance, scenario, on) -> unmet preconditions` (idealtypes/conditions.py).
    - `section_checks`: its checks of the scenario's own sections it builds on (a physician-led
      sykestue, KAD beds), by rule id, each `(scenario, on) -> unmet preconditions`; they run
      whether or not a collaboration names the idealtype.
    """

    schema: type[CollaborationBase]
    expand: Expansion | None = None
    governs: Callable[[Any], list[tuple[str, str]]] = _none
    participants: Callable[[Any, Scenario], list[Participation]] = _none
    kommuneoverlege: Callable[[Any], list[str]] = _none
    kommuneoverlege_fte: Callable[[Any, Scenario], dict[str, float]] = lambda *_: {}
    kommuneoverlege_holders: Callable[[Any], tuple[list[str], list[str]]] = lambda _: ([], [])
    branch_physicians: Callable[[Any], list[str]] = _none
    relation: Callable[[Any, Scenario], str | None] = _no_relation
    telemedicine: Callable[[Any], bool] = _no
    hospital_agreement: Callable[[Any], bool] = _no
    public_duty_hours: Callable[[Any, Scenario], tuple[float, set[str]]] = _no_hours
    preconditions: Mapping[str, Precondition] = field(default_factory=dict)
    section_checks: Mapping[str, SectionCheck] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.schema.model_fields["type"].annotation.__args__[0]  # type: ignore[union-attr]


IDEALTYPES: dict[str, Idealtype] = {}
PLUG_INS = ("simulator.idealtypes",)  # packages whose import registers the built-in idealtypes


@dataclass(frozen=True)
class Presets:
    """How a `type:` naming a preset in models/ becomes its base model (idealtypes/presets.py).
    Without a library every type is a registered base model."""

    apply: Callable[[Any], Any] = lambda value: value  # a collaboration item, rewritten
    base_of: Callable[[object], str | None] = lambda _: None  # the base model of a `type:`
    types: Callable[[], list[str]] = lambda: list(IDEALTYPES)  # every valid `type:`


_presets = Presets()  # the idealtypes package puts the library's in its place


def register(idealtype: Idealtype) -> Idealtype:
    """Add `idealtype` under its id (a later registration of the same id replaces it)."""
    IDEALTYPES[idealtype.id] = idealtype
    return idealtype


def use_presets(presets: Presets) -> None:
    """Resolve preset types with `presets` from now on."""
    global _presets
    _presets = presets


def presets() -> Presets:
    """How preset types are resolved now."""
    return _presets


def load_plug_ins() -> None:
    """Import the packages in `PLUG_INS` (once; Python keeps them), so that their idealtypes are
    registered before the scenario schema is built from the registry."""
    for name in PLUG_INS:
        importlib.import_module(name)


def collaboration_union() -> Any:
    """The scenario's type of a `collaborations:` item: one of the registered schemas, chosen by
    `type` after a preset type is rewritten to its base model."""
    load_plug_ins()
    schemas = tuple(idealtype.schema for idealtype in IDEALTYPES.values())
    return Annotated[
        Union[schemas],  # noqa: UP007 (a union built from a tuple)
        Field(discriminator="type"),
        BeforeValidator(lambda value: _presets.apply(value)),
    ]


def registered(collaboration: CollaborationBase) -> Idealtype:
    """The registered idealtype of a collaboration instance."""
    return IDEALTYPES[collaboration.type]  # type: ignore[attr-defined]


def video_legevakter(scenario: Scenario) -> frozenset[str]:
    """The legevakter with VAKe video conferences with the hospital (report 3.5): set on the
    legevakt itself or by a collaboration that governs it."""
    own = {lv.id for lv in scenario.legevakt if lv.telemedicine}
    shared = {
        item
        for c in scenario.collaborations
        if registered(c).telemedicine(c)
        for kind, item in registered(c).governs(c)
        if kind == "legevakt"
    }
    return frozenset(own | shared)
