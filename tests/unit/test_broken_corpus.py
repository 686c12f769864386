"""Every file in tests/scenarios/broken/ fails to load with exactly the problems it declares.

A broken file declares each problem in a comment line:

    # expect: [FILE:]LINE:COL PATH | MESSAGE FRAGMENT

FILE defaults to the broken file itself (otherwise a path relative to it, for a problem inside
an included file); PATH is the rendered document path, or '-' for a problem that has none.
Helper files that the cases include live in broken/includes/ and are not cases themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from simulator.scenario import Problem, ScenarioError, load_scenario
from simulator.scenario.yamlfile import MAX_FILE_BYTES

CORPUS = Path(__file__).parents[1] / "scenarios" / "broken"
CASES = sorted(CORPUS.glob("*.yaml"))
EXPECT = re.compile(
    r"^# expect: (?:(?P<file>\S+):)?(?P<line>\d+):(?P<column>\d+) (?P<path>\S+) "
    r"\| (?P<fragment>.+)$"
)


@dataclass(frozen=True)
class Expected:
    file: Path
    line: int
    column: int
    path: str
    fragment: str

    def matches(self, problem: Problem) -> bool:
        return (
            Path(problem.file).resolve() == self.file.resolve()
            and (problem.line, problem.column) == (self.line, self.column)
            and problem.path == ("" if self.path == "-" else self.path)
            and self.fragment in problem.message
        )


def expectations(case: Path) -> list[Expected]:
    found = []
    for raw in case.read_bytes().splitlines():
        match = EXPECT.match(raw.decode("utf-8", errors="replace"))
        if match:
            found.append(
                Expected(
                    case.parent / match["file"] if match["file"] else case,
                    int(match["line"]),
                    int(match["column"]),
                    match["path"],
                    match["fragment"],
                )
            )
    return found


def load_problems(path: Path) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    return caught.value.problems


def test_the_corpus_covers_at_least_thirty_broken_files() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_broken_file_reports_exactly_its_declared_problems(case: Path) -> None:
    expected = expectations(case)
    assert expected, f"{case.name} declares no `# expect:` line"
    problems = load_problems(case)
    listing = "\n".join(str(p) for p in problems)
    for item in expected:
        assert any(item.matches(p) for p in problems), f"{item} not among:\n{listing}"
    assert len(problems) == len(expected), f"unexpected extra problems:\n{listing}"


def test_independent_problems_in_one_file_are_all_reported_in_one_run() -> None:
    problems = load_problems(CORPUS / "several-problems.yaml")
    sections = {p.path.split("[")[0] for p in problems}
    assert len(problems) == 5
    assert sections == {"municipalities", "offices", "physicians"}


def test_a_file_over_ten_megabytes_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    [problem] = load_problems(path)
    assert (problem.line, problem.column, problem.path) == (1, 1, "")
    assert "file is over 10 MB; scenario files are limited to that" in problem.message
