"""Every command starts at once: `samsim --help` and `samsim validate` import none of the heavy
libraries (a fact about imports, checked in a fresh interpreter; the times are measured in
benchmarks/README.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
HEAVY = ("ortools", "scipy", "pandas", "pyarrow", "matplotlib", "dask")
# What validate does without: the timelines' numpy, the travel graph's networkx, the pure-Python
# YAML parser (ruamel.yaml; the scenario, the rules catalogue and models/ are read with libyaml).
NOT_FOR_VALIDATE = ("numpy", "networkx", "ruamel.yaml")
PROBE = """
import json, sys
from simulator.cli import main
sys.argv = ["samsim", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    code = exit.code
print(json.dumps([code, sorted(m for m in {libraries} if m in sys.modules)]))
"""


def _imported_by(*args: str, libraries: tuple[str, ...] = HEAVY) -> tuple[int, list[str]]:
    """The exit code of `samsim args` and which of `libraries` it imported."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(libraries=libraries), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    code, heavy = json.loads(out.splitlines()[-1])
    return code, heavy


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        ((), 2),  # no command: the help, as a usage error
        (("--help",), 0),
        (("validate", "scenarios/nordhordland.yaml"), 0),
        (("validate", "--help"), 0),
    ],
)
def test_help_and_validate_import_no_heavy_library(args: tuple[str, ...], exit_code: int) -> None:
    assert _imported_by(*args) == (exit_code, [])


def test_validate_imports_neither_numpy_nor_networkx_nor_ruamel() -> None:
    """They were a third of validate's start; the schema names the categories of time
    (`plan.categories`) and reachability walks the legs without them."""
    args = ("validate", "scenarios/nordhordland.yaml")
    assert _imported_by(*args, libraries=NOT_FOR_VALIDATE) == (0, [])


def test_the_probe_sees_a_heavy_import_where_there_is_one() -> None:
    code, heavy = _imported_by("rota", "--help")
    assert code == 0
    assert "ortools" in heavy


LIBRARY_PROBE = """
import sys
from pathlib import Path
from simulator.idealtypes.library import load_library
from simulator.scenario import load_scenario
load_scenario(Path(sys.argv[1]))
print(load_library.cache_info().currsize)
"""


@pytest.mark.parametrize(
    ("scenario", "reads"), [("nordhordland.yaml", 0), ("gallery/nordkapp/onsdagsmote.yaml", 1)]
)
def test_the_idealtype_library_is_read_only_for_presets(scenario: str, reads: int) -> None:
    """Parsing models/ costs a tenth of a second; a plan whose collaborations name their base
    models (Nordhordland) does not need it, one that names a preset (a weekly meeting) does."""
    out = subprocess.run(
        [sys.executable, "-c", LIBRARY_PROBE, str(ROOT / "scenarios" / scenario)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert int(out.splitlines()[-1]) == reads


def test_planning_and_simulating_load_or_tools_only_to_solve() -> None:
    """OR-Tools (95 MB with the pandas and PyArrow it brings) is imported where a rota block is
    solved with CP-SAT: a plan whose rotas are all the greedy rotation (the national scenario's)
    never loads it."""
    probe = (
        "import json, sys; import simulator.compiler, simulator.engine, simulator.rota.cache; "
        "print(json.dumps(sorted(m for m in ('ortools', 'pandas', 'pyarrow') if m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out.splitlines()[-1]) == []
