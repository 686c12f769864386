"""The gallery's systems, read from its index (gallery.yaml), and copying a region out of it.

An installed wheel carries scenarios/gallery/ as simulator/gallery/scenarios (setup.py); a
checkout reads the repository's copy.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ruamel.yaml import YAML

PACKAGED = Path(__file__).resolve().parent / "scenarios"  # in a wheel (setup.py)
SOURCE = Path(__file__).resolve().parents[2] / "scenarios" / "gallery"  # in the repository
INDEX = "gallery.yaml"
BASELINE = "without.yaml"

Direction = Literal["up", "down", "same"]


def gallery_dir() -> Path:
    """The installed package's copy of the gallery when there is one, else the repository's."""
    return PACKAGED if PACKAGED.is_dir() else SOURCE


@dataclass(frozen=True)
class System:
    """One system of the sources: its scenario, compared with its region's baseline."""

    scenario: Path
    source: str
    models: str
    effects: dict[str, Direction]

    @property
    def name(self) -> str:
        return f"{self.region}/{self.scenario.stem}"

    @property
    def region(self) -> str:
        return self.scenario.parent.name

    @property
    def baseline(self) -> Path:
        return self.scenario.parent / BASELINE


def load_systems(directory: Path | None = None) -> list[System]:
    """The systems of the gallery index, in its order."""
    directory = directory or gallery_dir()
    index = YAML(typ="safe", pure=True).load((directory / INDEX).read_text(encoding="utf-8"))
    return [
        System(
            directory / item["scenario"],
            item["source"],
            " ".join(item["models"].split()),
            dict(item["effects"]),
        )
        for item in index["systems"]
    ]


def regions(directory: Path | None = None) -> list[str]:
    """The region folders of the gallery."""
    directory = directory or gallery_dir()
    return sorted(p.name for p in directory.iterdir() if (p / BASELINE).is_file())


def copy_region(region: str, out: Path, directory: Path | None = None) -> list[Path]:
    """Copy a region's folder (its base file, baseline and variants) to `out`; returns the
    files written. `out` must not exist yet, so nothing of the user's is overwritten."""
    source = (directory or gallery_dir()) / region
    shutil.copytree(source, out)
    return sorted(out.rglob("*.yaml"))
