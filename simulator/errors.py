"""The one kind of error a user can fix: bad input (a file, an option, a result directory).

Its message says where (file:line where there is one) and what to do. The CLI prints it and
exits 2; any other exception that escapes a command is a bug (see `simulator.failures`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

EXIT_INVALID = 2  # bad input, refused with a located message
EXIT_BUG = 3  # anything else: a bug, its traceback written to a file


class InputError(Exception):
    """Input samsim refuses; `str(error)` is the whole message, `lines()` what to print."""

    def lines(self) -> list[str]:
        return [str(self)]


def printable(text: str) -> str:
    """`text` on one line: control characters (a newline in an id, a NUL) written as escapes."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@dataclass(frozen=True)
class Sentence:
    """Something to tell the user, worded by the command in its language: a key of the
    commands catalogue (`simulator.report.i18n_commands`) and the values it names (a value
    already worded, such as a scenario problem's message, given per language)."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)


class WordedError(ValueError):
    """Bad input a library function refuses as sentences, which the command words in the
    language of --lang (`simulator.commands.common.refuse`)."""

    def __init__(self, *sentences: Sentence) -> None:
        self.sentences = sentences
        super().__init__("; ".join(f"{s.key} {dict(s.values)}" for s in sentences))
