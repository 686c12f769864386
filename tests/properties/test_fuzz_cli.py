"""Fuzzing the command line with mutated shipped scenarios (tests/properties/mutations.py).

The invariant: `validate` exits 0 or 2, and with 2 every problem is located
(FILE:LINE:COLUMN); never a traceback or an internal error. A file it accepts is one `check`
and a two-week `run` finish without either. The CI profile tries a few examples in under a
minute; `SAMSIM_FUZZ_EXAMPLES=500 pytest tests/properties/test_fuzz_cli.py` runs longer
(docs/validation.md)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from mutations import mutated_texts
from typer.testing import CliRunner

from simulator.cli import app

runner = CliRunner()
EXAMPLES = int(os.environ.get("SAMSIM_FUZZ_EXAMPLES", "8"))
LOCATED = re.compile(r"^.+:\d+:\d+: |^.+: \d+ problems? found$")


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output and "internal error" not in result.output, (
        args,
        result.output[-3000:],
    )
    return result.exit_code, result.output


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=EXAMPLES <= 8,  # the CI profile is the same few examples every run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=mutated_texts())
def test_a_mutated_scenario_is_refused_with_located_problems_or_runs(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "mutant.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    code, output = invoke("validate", "--lang", "en", str(path))
    assert code in (0, 2), output
    if code == 2:
        unlocated = [line for line in output.splitlines() if not LOCATED.match(line)]
        assert not unlocated, output
        return
    code, output = invoke("check", str(path))
    assert code in (0, 1), output
    code, output = invoke("run", str(path), "--weeks", "2")
    assert code == 0, output
