"""How an idealtype reads to a planner: every parameter with the value it gets and where that
value comes from, shared by `samsim idealtypes show` and docs/idealtypes.md."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from simulator.idealtypes.library import IdealtypeInfo, Parameter, Precondition


@dataclass(frozen=True)
class Setting:
    """A parameter as an idealtype sets it: `origin` is the model whose file gives the value."""

    parameter: Parameter
    origin: str


def settings(info: IdealtypeInfo, library: dict[str, IdealtypeInfo]) -> list[Setting]:
    """The base model's parameters in its order, with a preset's own values where it has them."""
    own = {p.name: p for p in info.parameters}
    if info.preset_of is None:
        return [Setting(p, info.id) for p in info.parameters]
    base = library[info.preset_of]
    return [
        Setting(own[p.name], info.id) if p.name in own else Setting(p, base.id)
        for p in base.parameters
    ]


def preconditions(info: IdealtypeInfo, library: dict[str, IdealtypeInfo]) -> list[Precondition]:
    """A preset's own preconditions, then its base model's."""
    inherited = library[info.preset_of].preconditions if info.preset_of else []
    return [*info.preconditions, *inherited]


def format_value(parameter: Parameter) -> str:
    """A parameter's default as YAML-like text; `required` when the scenario must give it."""
    return "required" if parameter.required else _text(parameter.default)


def _text(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ")
    if isinstance(value, list):
        return "[" + ", ".join(_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_text(v)}" for k, v in value.items()) + "}"
    return str(value)


def report_section(info: IdealtypeInfo) -> str:
    """The idealtype's own report section, or the sections a building block draws on."""
    if info.report_section:
        return info.report_section
    return "(" + ", ".join(s.section for s in info.sections) + ")"
