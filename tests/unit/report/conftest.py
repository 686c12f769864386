"""Reports rendered once per test session from synthetic result directories."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from simulator.report.render import render_report
from tests.unit.report.synthetic import SHARED, SOLO, scenario, write_result_dir


@dataclass(frozen=True)
class Rendered:
    directory: Path
    path: Path
    html: str


def _render(directory: Path, lang: str | None = None) -> Rendered:
    path = render_report(directory, lang)
    return Rendered(directory, path, path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def comparison(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Two plans for Senja and Dyrøy in Norwegian (the scenarios' language)."""
    root = tmp_path_factory.mktemp("comparison")
    return _render(write_result_dir(root, [scenario(SHARED), scenario(SOLO)]))


@pytest.fixture(scope="session")
def trial(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """One plan whose scenario is in English."""
    root = tmp_path_factory.mktemp("trial")
    return _render(write_result_dir(root, [scenario(SHARED, lang="en")]))
