"""Located problems in scenario files, and the error that carries all of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from simulator.errors import InputError, printable
from simulator.scenario.texts import Text


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a scenario, where it is and what to do about it. `message` is the
    English; `text`, where the message is keyed, gives it in another language."""

    file: str
    line: int
    column: int
    path: str
    message: str
    text: Text | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, file: str, line: int, column: int, path: str, message: Text | str) -> Problem:
        return cls(
            file, line, column, path, str(message), message if isinstance(message, Text) else None
        )

    def said(self, lang: str = "en") -> str:
        """The message in `lang` (en or nb)."""
        return self.text.render(lang) if self.text else self.message

    def line_in(self, lang: str = "en") -> str:
        """`file:line:column: path: message`, as `samsim validate` prints it."""
        where = f"{self.file}:{self.line}:{self.column}"
        message = self.said(lang)
        return printable(f"{where}: {self.path}: {message}" if self.path else f"{where}: {message}")

    def __str__(self) -> str:
        return self.line_in()


FALLBACK_LANG = "nb"  # a scenario that states no language is read in bokmål (issue 15)


class ScenarioError(InputError):
    """A scenario could not be loaded; `problems` lists every problem found, in file order.
    `lang` is the language the scenario states (`scenario.lang`) where it could be read, so
    that its problems are printed in the language its report would have."""

    def __init__(self, problems: list[Problem], lang: str | None = None) -> None:
        self.problems = sorted(set(problems))
        self.lang = lang
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self, lang: str | None = None) -> list[str]:
        """The problems and their count in `lang`, else the scenario's language, else bokmål."""
        chosen = lang or self.lang or FALLBACK_LANG
        return [
            *(p.line_in(chosen) for p in self.problems),
            problem_count(len(self.problems), chosen),
        ]

    @classmethod
    def single(
        cls, file: str | Path, message: Text | str, line: int = 1, column: int = 1
    ) -> ScenarioError:
        return cls([Problem.of(str(file), line, column, "", message)])


def problem_count(count: int, lang: str = "en") -> str:
    """'3 problems found' in `lang`."""
    if count == 1:
        return Text("problem_found").render(lang)
    return Text("problems_found", {"count": count}).render(lang)
