"""Atomic writes: a reader sees the old file or the new one, never a half-written one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.files import write_atomic, write_text_atomic


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "scenario.yaml"
    target.write_text("old\n")

    def fail(source: str, destination: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_text_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["scenario.yaml"]


def test_a_rewrite_keeps_the_file_permissions(tmp_path: Path) -> None:
    target = tmp_path / "scenario.yaml"
    target.write_text("old\n")
    target.chmod(0o640)
    write_text_atomic(target, "new\n")
    assert target.read_text() == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_writer_that_fails_midway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.graphml"
    target.write_text("old")

    def half(temporary: Path) -> None:
        temporary.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomic(target, half)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_missing_folders_are_created(tmp_path: Path) -> None:
    target = tmp_path / "results" / "run" / "summary.csv"
    write_text_atomic(target, "kpi,value\n")
    assert target.read_text() == "kpi,value\n"
