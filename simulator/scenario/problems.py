"""Located problems in scenario files, and the error that carries all of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator.errors import InputError, printable


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a scenario, where it is and what to do about it."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        return printable(text)


class ScenarioError(InputError):
    """A scenario could not be loaded; `problems` lists every problem found, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        count = len(self.problems)
        return [*map(str, self.problems), f"{count} problem{'s' if count != 1 else ''} found"]

    @classmethod
    def single(
        cls, file: str | Path, message: str, line: int = 1, column: int = 1
    ) -> ScenarioError:
        return cls([Problem(str(file), line, column, "", message)])
