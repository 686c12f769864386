"""Reading an input file as UTF-8 text with a size limit that holds for any file: the limit
is applied to what is read, not to what the file system reports, because a special file such
as /dev/zero reports size 0 and never ends."""

from __future__ import annotations

from pathlib import Path

from simulator.errors import InputError


class UnreadableFile(InputError, ValueError):
    """An input file that cannot be read as text: why, and the 1-based line and column."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line, self.column = line, column


def read_text(path: Path, limit: int, kind: str) -> str:
    """The text of `path`, at most `limit` bytes; `kind` names the files in the message
    ("scenario files")."""
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise UnreadableFile(f"cannot read the file: {error.strerror or error}") from None
    if len(data) > limit:
        raise UnreadableFile(f"file is over {limit / 2**20:g} MB; {kind} are limited to that")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - data.rfind(b"\n", 0, error.start)
        raise UnreadableFile(f"not UTF-8 text (byte {error.start})", line, column) from None
