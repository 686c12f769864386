"""The plans open in one app: YAML text (the source of truth), where it came from, and the
problems `samsim validate` would report for it.

Plans live in memory for the life of the app; saving writes the text back next to the file it
came from, downloading gives it to the planner. Each plan has its own id, so two browser tabs
work on their own plans.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.app import roundtrip
from simulator.app.schemaform import section_form
from simulator.files import write_text_atomic
from simulator.preflight import CHECKS
from simulator.scenario import Problem, Scenario, ScenarioError
from simulator.scenario.includes import with_includes
from simulator.scenario.loading import validate_document
from simulator.scenario.yamlfile import parse_document


@dataclass
class Plan:
    id: str
    text: str
    source: Path | None = None  # the file it was opened from or last saved to
    # The parsed text and its problems, kept for the version of the text they were made from:
    # a page shows both, and ruamel.yaml reads a large plan slowly (docs/design-notes.md).
    _view: tuple[str, Any] = field(default=("", None), repr=False, compare=False)
    _problems: tuple[str, list[Problem]] = field(default=("", []), repr=False, compare=False)

    @property
    def name(self) -> str:
        """The file name shown in problems and offered for download."""
        return self.source.name if self.source else f"{self.scenario_id()}.yaml"

    def tree(self) -> Any:
        """A fresh round-trip tree of the text, to change and dump."""
        return roundtrip.load(self.text)

    def view(self) -> Any:
        """The text's tree for reading only (parsed once per version of the text)."""
        if self._view[0] != self.text or self._view[1] is None:
            self._view = (self.text, roundtrip.load(self.text))
        return self._view[1]

    def scenario_id(self) -> str:
        meta = roundtrip.get(self.view(), ("scenario", "id"))
        return str(meta) if meta else self.id

    def load(self) -> Scenario:
        """The validated scenario, exactly as `samsim validate` reads the saved file (includes
        and rota files relative to the file it came from, the load-time checks of
        `simulator.preflight`); raises `ScenarioError`."""
        name = str(self.source) if self.source else self.name
        document = parse_document(self.text, name)
        folder = self.source.parent.absolute() if self.source else None
        if self.source:
            document = with_includes(document, self.source)
        return validate_document(document, name, folder, CHECKS)

    def portable_text(self) -> str:
        """The text with its `include:` files named by absolute paths, so a copy elsewhere
        (the run's result directory) loads the same scenario."""
        tree = self.tree()
        includes = roundtrip.get(tree, ("include",))
        if not (self.source and includes):
            return self.text
        folder = self.source.parent
        if isinstance(includes, str):
            tree["include"] = str((folder / includes).resolve())
        else:
            tree["include"] = [str((folder / name).resolve()) for name in includes]
        return roundtrip.dump_like(tree, self.text)

    def problems(self) -> list[Problem]:
        """What `samsim validate` reports for the text (checked once per version of it)."""
        if self._problems[0] != self.text or not self.text:
            self._problems = (self.text, _problems(self))
        return self._problems[1]


def _problems(plan: Plan) -> list[Problem]:
    try:
        plan.load()
    except ScenarioError as error:
        return error.problems
    return []


class Plans:
    """The app's open plans by id, safe to use from concurrent requests."""

    def __init__(self) -> None:
        self._plans: dict[str, Plan] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def add(self, text: str, source: Path | None = None) -> Plan:
        with self._lock:
            plan = Plan(f"p{next(self._ids)}", text, source)
            self._plans[plan.id] = plan
        return plan

    def get(self, plan_id: str) -> Plan | None:
        return self._plans.get(plan_id)

    def all(self) -> list[Plan]:
        return list(self._plans.values())


def edit_section(plan: Plan, section: str, submitted: dict[str, str]) -> None:
    """Apply a submitted section form to the plan's text: only values the planner changed are
    written, so every other line, comment included, stays as it was."""
    tree = plan.tree()
    for entry in section_form(tree, section).fields():
        typed = submitted.get(entry.name)
        if typed is not None and entry.kind == "list" and (entry.options or entry.ref):
            typed = _in_written_order(typed, entry.value)
        if typed is None or typed.strip() == entry.value.strip():
            continue
        try:
            value = entry.parse(typed)
        except roundtrip.SnippetError:
            value = typed  # kept as text: validation then says what is expected here
        if value is None or value == []:
            roundtrip.remove(tree, entry.path)
        else:
            roundtrip.put(tree, entry.path, value)
    plan.text = roundtrip.dump_like(tree, plan.text)


def _in_written_order(typed: str, written: str) -> str:
    """A list as ticked (in the boxes' order) in the order it was written, new items last."""
    ticked = [item.strip() for item in typed.split(",") if item.strip()]
    kept = [item for item in (w.strip() for w in written.split(",")) if item in ticked]
    return ", ".join(kept + [item for item in ticked if item not in kept])


def save(plan: Plan, target: Path) -> Path:
    """Write the plan's text to `target` and remember it as the plan's file."""
    write_text_atomic(target, plan.text)
    plan.source = target
    return target
