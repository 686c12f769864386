"""docs/sources.md lists exactly the citation keys the repository uses: a key cited but not
listed leaves a reader nowhere to look; a key listed but cited nowhere is dead weight."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).parents[2]
SOURCES = ROOT / "docs" / "sources.md"
# [S45], [L1], "(S78, S79)", refs: [L1, S3]; not report line numbers such as [L636].
KEY = re.compile(r"(?<![\w/.-])(S\d{1,2}[a-z]?|L[1-9])(?![\w.-])")
LISTED = re.compile(r"^- \*\*\[(S\d{1,2}[a-z]?|L[1-9])\]\*\*", re.M)


def _used() -> set[str]:
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    keys: set[str] = set()
    for name in names:
        path = ROOT / name
        if not name or path == SOURCES or path.suffix == ".lock" or not path.is_file():
            continue
        try:
            keys |= set(KEY.findall(path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue  # binary data
    return keys


def test_every_key_used_is_listed_and_every_key_listed_is_used() -> None:
    listed = LISTED.findall(SOURCES.read_text(encoding="utf-8"))
    assert len(listed) == len(set(listed)), "a key is listed twice"
    used = _used()
    assert sorted(used - set(listed)) == [], "cited but not in docs/sources.md"
    assert sorted(set(listed) - used) == [], "in docs/sources.md but cited nowhere"


def test_the_key_pattern_reads_citations_and_skips_report_lines() -> None:
    text = "rate [S45]; refs: [L1, S8]; (S78, S79); report 2.1 [L636]; S3.2; docs/S4; AS5"
    assert KEY.findall(text) == ["S45", "L1", "S8", "S78", "S79"]
