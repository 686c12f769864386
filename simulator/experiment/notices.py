"""Warnings raised while an experiment prepares its plans (a legevakt without a legal rota,
shifts short of doctors), by plan, kept in the result directory as `warnings.json` so that
the report shows every warning the terminal printed, also when written later by `samsim
report`.

They are collected from the `simulator` loggers in this process; plans prepared on other
worker processes (`--workers` above 1 with several plans) log there instead.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


@dataclass
class Noting:
    """A plan's preparation that keeps the warnings it logs under the plan's name."""

    prepare: Callable[[Any], Any]
    names: dict[int, str]  # id() of each variant's scenario: the variant's name
    by_plan: dict[str, list[str]] = field(default_factory=dict)

    def __call__(self, scenario: Any) -> Any:
        with collected() as messages:
            prepared = self.prepare(scenario)
        self.by_plan.setdefault(self.names.get(id(scenario), ""), []).extend(messages)
        return prepared


def every(by_plan: Mapping[str, Sequence[str]]) -> list[str]:
    """All warnings once, in order."""
    return list(dict.fromkeys(m for messages in by_plan.values() for m in messages))


def save(directory: Path, by_plan: Mapping[str, Sequence[str]]) -> None:
    text = json.dumps({k: list(v) for k, v in by_plan.items()}, indent=1, ensure_ascii=False)
    write_text_atomic(directory / NOTICES, text)


def load(directory: Path) -> dict[str, list[str]]:
    """The warnings kept in `directory` by plan; none for a directory written before they
    were kept."""
    path = directory / NOTICES
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): [str(m) for m in v] for k, v in data.items() if isinstance(v, list)}
