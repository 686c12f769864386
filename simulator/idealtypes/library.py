"""The idealtype library: one YAML file per idealtype in models/, validated into
`IdealtypeInfo`.

Ten files describe the first-class parameter models (plus the generic `time_commitment`);
the others are presets, a base model with the values one report idealtype gives it. Each
default and preset value carries its source, so `samsim idealtypes show` and
docs/idealtypes.md can say where every number comes from.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, model_validator

from simulator.idealtypes.kpis import Kpi
from simulator.scenario.base import Id, Model
from simulator.scenario.texts import invalid
from simulator.scenario.yamlfile import parse_document

PACKAGED_MODELS = Path(__file__).resolve().parents[1] / "models"  # in a wheel (setup.py)
SOURCE_MODELS = Path(__file__).resolve().parents[2] / "models"  # at the top of the repository


def models_dir() -> Path:
    """The installed package's copy of models/ when there is one, else the repository's."""
    return PACKAGED_MODELS if PACKAGED_MODELS.is_dir() else SOURCE_MODELS


MODELS_DIR = models_dir()


class Level(IntEnum):
    """The report's three levels (KS/Norut 2013, 1.2 [L241–314])."""

    within_municipality = 1
    intermunicipal = 2
    municipality_and_hospital_trust = 3


class Relation(StrEnum):
    """Keast, Brown & Mandell (2007), as used in the report [L538–549]."""

    cooperation = "cooperation"  # samvirke: autonomous actors, information sharing
    coordination = "coordination"  # koordinering: a decided joint arrangement
    collaboration = "collaboration"  # medvirkning: shared resources, joint planning


class Steering(StrEnum):
    """Who steers (legestyrt, kommunestyrt, foretaksstyrt; report appendix [L1941–1985])."""

    gp_led = "gp_led"
    municipality_led = "municipality_led"
    trust_led = "trust_led"
    joint = "joint"


class Direction(StrEnum):
    up = "up"
    down = "down"
    shifts = "shifts"  # moves between physicians, municipalities or categories


class Names(Model):
    nb: str
    en: str


class SectionRef(Model):
    section: str = Field(pattern=r"^[23]\.\d{1,2}$", description="Report section, e.g. 2.10.")
    lines: str = Field(
        pattern=r"^L\d+–\d+$", description="Lines in seeds/004 (the report), e.g. L601–663."
    )


class Precondition(Model):
    text: str
    source: str
    required: bool = Field(True, description="False: an advantage, not a requirement.")
    checks: list[str] = Field(
        default_factory=list,
        description="The rule ids of the checks that find it: its idealtype module's own or a "
        "catalogue rule (simulator/idealtypes/preconditions.py).",
    )


class Parameter(Model):
    """A parameter of the base model: its default (or preset value) and where it comes from."""

    name: str
    default: Any = None
    required: bool = Field(False, description="No default: the scenario must give it.")
    unit: str | None = None
    source: str = Field(min_length=3)

    @model_validator(mode="after")
    def _default_or_required(self) -> Parameter:
        if self.required == ("default" in self.model_fields_set):
            raise invalid("parameter_default", name=self.name)
        return self


class Change(Model):
    kpi: Kpi
    direction: Direction
    why: str


class IdealtypeInfo(Model):
    id: Id
    name: Names
    sections: list[SectionRef] = Field(
        min_length=1, description="Report sections drawn on; the first is this idealtype's own."
    )
    building_block: bool = Field(
        False, description="Not one of the report's 23 idealtypes itself (e.g. kad_unit)."
    )
    level: Level
    relation: Relation
    steering: Steering
    preset_of: Id | None = Field(None, description="The base model this idealtype presets.")
    description: str
    preconditions: list[Precondition] = Field(default_factory=list)
    parameters: list[Parameter] = Field(default_factory=list)
    changes: list[Change] = Field(min_length=1)

    @property
    def report_section(self) -> str | None:
        """The report section whose idealtype this is; none for a building block."""
        return None if self.building_block else self.sections[0].section

    @property
    def base(self) -> str:
        """The parameter model a scenario instance is validated against."""
        return self.preset_of or self.id

    @property
    def preset_values(self) -> dict[str, Any]:
        """A preset's parameter values (empty for a first-class model)."""
        if self.preset_of is None:
            return {}
        return {p.name: p.default for p in self.parameters if not p.required}


class LibraryError(Exception):
    """A file in models/ is malformed; the message names the file."""


@cache
def load_library(directory: Path = MODELS_DIR) -> dict[str, IdealtypeInfo]:
    """Every idealtype in `directory`, keyed by id, in report order (building blocks last).
    Read with the scenario files' libyaml parser (a YAML mistake is located at its line):
    ruamel.yaml's pure-Python one took ten times as long."""
    infos = [_load(path) for path in sorted(directory.glob("*.yaml"))]
    if not infos:
        raise LibraryError(f"no idealtype files (*.yaml) in {directory}")
    _check_presets(infos)
    return {info.id: info for info in sorted(infos, key=_report_order)}


def _load(path: Path) -> IdealtypeInfo:
    data = parse_document(path.read_text(encoding="utf-8"), str(path)).data
    try:
        info = IdealtypeInfo.model_validate(data)
    except ValidationError as error:
        raise LibraryError(f"{path}: {error}") from None
    if info.id != path.stem:
        raise LibraryError(f"{path}: id '{info.id}' differs from the file name")
    return info


def _check_presets(infos: list[IdealtypeInfo]) -> None:
    bases = {info.id for info in infos if info.preset_of is None}
    for info in infos:
        if info.preset_of is not None and info.preset_of not in bases:
            raise LibraryError(f"{info.id}: preset_of '{info.preset_of}' is not a base model")


def _report_order(info: IdealtypeInfo) -> tuple[bool, int, int, str]:
    """The report's order, building blocks last."""
    chapter, number = info.sections[0].section.split(".")
    return (info.building_block, int(chapter), int(number), info.id)
