"""models/ stays at the top of the repository, yet an installed package finds it: setup.py
copies it into the built package, and the library looks there first."""

from __future__ import annotations

from pathlib import Path

from tests.support.packaging import ROOT, build_package, probe


def test_an_installed_package_finds_the_models_the_build_copied(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_package(site)
    copied = sorted(p.name for p in (site / "simulator" / "models").iterdir())
    assert copied == sorted(p.name for p in (ROOT / "models").glob("*.yaml"))
    code = (
        "from simulator.idealtypes.library import MODELS_DIR, load_library; "
        "print(MODELS_DIR); print(len(load_library()))"
    )
    assert probe(site, code) == [str(site / "simulator" / "models"), str(len(copied))]
