"""An `--out` directory is written into only when it is new or holds results of the same kind:
a single run (`kpis.json`) and an experiment (`manifest.json`: trial, comparison or sweep)
both write `kpis.csv`, so one must never land in the other's directory."""

from __future__ import annotations

from pathlib import Path

from simulator.errors import Sentence, WordedError

MANIFEST = "manifest.json"
SINGLE_RUN = "kpis.json"


def folder(path: Path) -> None:
    """Refuse `--out path` for a folder when it names a file or lies below one."""
    for part in (path, *path.parents):
        if part.exists() and not part.is_dir():
            raise WordedError(Sentence("outdir.file", {"path": path, "part": part}))


def claim(path: Path, experiment: bool) -> None:
    """Refuse `path` as a result directory (before anything is written) unless it is new or of
    the same kind; a path naming a file, or below one, is refused too."""
    folder(path)
    if not path.is_dir():
        return
    mine, other = (MANIFEST, SINGLE_RUN) if experiment else (SINGLE_RUN, MANIFEST)
    if (path / other).exists() and not (path / mine).exists():
        held = "outdir.single_run_held" if experiment else "outdir.experiment_held"
        raise WordedError(Sentence(held, {"path": path, "other": other}))
