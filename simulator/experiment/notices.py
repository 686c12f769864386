"""Warnings raised while an experiment prepares its plans (a legevakt without a legal rota,
shifts short of doctors), kept in the result directory as `warnings.json` so that the report
shows every warning the terminal printed, also when written later by `samsim report`.

They are collected from the `simulator` loggers in this process; plans prepared on other
worker processes (`--workers` above 1 with several plans) log there instead.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from simulator.files import write_text_atomic

NOTICES = "warnings.json"
SOURCE = "simulator"


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message not in self.messages:  # a plan prepared again says the same
            self.messages.append(message)


@contextmanager
def collected() -> Iterator[list[str]]:
    """The warnings logged under `simulator` while the block runs, each once, in order."""
    collector = _Collector()
    logger = logging.getLogger(SOURCE)
    logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)


def save(directory: Path, messages: list[str]) -> None:
    write_text_atomic(directory / NOTICES, json.dumps(messages, indent=1, ensure_ascii=False))


def load(directory: Path) -> list[str]:
    """The warnings kept in `directory`; none for a directory written before they were kept."""
    path = directory / NOTICES
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return []
    return [str(m) for m in data] if isinstance(data, list) else []
