"""requirements.lock (written by `make lock`) pins, with hashes, a version of every dependency
pyproject.toml names, extras included, and each pin satisfies pyproject.toml's bounds: a lock
left behind after a dependency was added or raised fails here, not on a user's machine."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).parents[2]
PIN = re.compile(
    r"^([A-Za-z0-9._-]+)==(\S+) \\\n((?:\s+--hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)", re.M
)


def _pins() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = {canonicalize_name(name): version for name, version, _ in PIN.findall(text)}
    named = re.findall(r"^[A-Za-z0-9._-]+==", text, re.M)
    assert len(pins) == len(named), "every pin in the lock carries its hashes"
    return pins


def _required() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        texts += extra
    return [Requirement(text) for text in texts]


def test_the_lock_pins_every_dependency_within_the_bounds_of_pyproject() -> None:
    pins = _pins()
    for requirement in _required():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{name}=={pins[name]} in requirements.lock is outside {requirement}: run `make lock`"
        )
