"""The repository stands on its own: no tracked file names a path on a particular machine (a
home directory, a shared folder, an interpreter), so a fresh clone works anywhere."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).parents[2]
# An absolute path into a machine's directories; a URL's path (after a host name) does not
# match, nor does the env line that starts a script.
ABSOLUTE = re.compile(r"(?<![\w.:/~-])/(?:work|home|root|tmp|opt|usr|mnt|srv|var|Users)/")
WINDOWS = re.compile(r"\b[A-Z]:\\[A-Za-z]")


def _tracked() -> list[Path]:
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    return [ROOT / name for name in names if name]


def _absolute_paths(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return []  # binary data
    return [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for number, line in enumerate(text.splitlines(), 1)
        if not (number == 1 and line.startswith("#!"))
        and (ABSOLUTE.search(line) or WINDOWS.search(line))
    ]


def test_no_tracked_file_names_an_absolute_path() -> None:
    found = [hit for path in _tracked() if path.is_file() for hit in _absolute_paths(path)]
    assert found == []


def test_the_search_finds_the_paths_it_is_for() -> None:
    root = "/"  # joined here, so that this file does not name the paths itself
    lines = [f"DATA = Path('{root}work/shared/data')", f"see {root}home/me/x", "C:" + "\\Users"]
    assert all(ABSOLUTE.search(line) or WINDOWS.search(line) for line in lines)
    assert not ABSOLUTE.search("https://example.no/tmp/x and docs/usr/ and ~/work/x")
