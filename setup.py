"""Build hook, next to pyproject.toml (which holds everything else): a wheel carries the
idealtype library models/, kept at the top of the repository, as simulator/models, where
`simulator.idealtypes.library` looks first, and the scenario gallery scenarios/gallery/ as
simulator/gallery/scenarios, where `simulator.gallery.catalogue` looks first. The sdist carries
both through MANIFEST.in."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
COPIES = {  # repository folder: its place in the built package
    ROOT / "models": Path("simulator") / "models",
    ROOT / "scenarios" / "gallery": Path("simulator") / "gallery" / "scenarios",
}


class BuildWithModels(build_py):
    """build_py, then the YAML files of models/ and the gallery copied into the package."""

    def run(self) -> None:
        super().run()
        for source, place in COPIES.items():
            for path in sorted(source.rglob("*.yaml")):
                target = Path(self.build_lib) / place / path.relative_to(source)
                self.mkpath(str(target.parent))
                self.copy_file(str(path), str(target))


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildWithModels})
