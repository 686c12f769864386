"""Build hook, next to pyproject.toml (which holds everything else): a wheel carries the
idealtype library models/, kept at the top of the repository, as simulator/models, where
`simulator.idealtypes.library` looks first. The sdist carries models/ through MANIFEST.in."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

MODELS = Path(__file__).resolve().parent / "models"


class BuildWithModels(build_py):
    """build_py, then models/*.yaml copied into the built package."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "simulator" / "models"
        self.mkpath(str(target))
        for source in sorted(MODELS.glob("*.yaml")):
            self.copy_file(str(source), str(target / source.name))


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildWithModels})
