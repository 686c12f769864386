"""models/ stays at the top of the repository, yet an installed package finds it: setup.py
copies it into the built package, and the library looks there first."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.dist import Distribution

ROOT = Path(__file__).parents[2]


def _build_hook():
    spec = importlib.util.spec_from_file_location("samsim_setup", ROOT / "setup.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not __main__: defines the command, builds nothing
    return module.BuildWithModels


def test_an_installed_package_finds_the_models_the_build_copied(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(
        ROOT / "simulator", site / "simulator", ignore=shutil.ignore_patterns("__pycache__")
    )
    command = _build_hook()(Distribution())
    command.initialize_options()
    command.build_lib = str(site)
    command.finalize_options()
    command.run()
    copied = sorted(p.name for p in (site / "simulator" / "models").iterdir())
    assert copied == sorted(p.name for p in (ROOT / "models").glob("*.yaml"))
    probe = (
        "from simulator.idealtypes.library import MODELS_DIR, load_library; "
        "print(MODELS_DIR); print(len(load_library()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == [str(site / "simulator" / "models"), str(len(copied))]
