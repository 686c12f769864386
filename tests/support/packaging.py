"""A package built the way a wheel is (setup.py's build hook into a folder), and Python run
against it alone, so a test sees what an installed samsim sees."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.dist import Distribution

ROOT = Path(__file__).parents[2]


def build_package(site: Path) -> None:
    """simulator/ copied into `site`, then setup.py's build hook run over it."""
    spec = importlib.util.spec_from_file_location("samsim_setup", ROOT / "setup.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not __main__: defines the command, builds nothing
    shutil.copytree(
        ROOT / "simulator", site / "simulator", ignore=shutil.ignore_patterns("__pycache__")
    )
    command = module.BuildWithModels(Distribution())
    command.initialize_options()
    command.build_lib = str(site)
    command.finalize_options()
    command.run()


def probe(site: Path, code: str) -> list[str]:
    """The words `code` prints, run with only `site` on the path, outside the repository."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=site.parent,
        env={"PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
