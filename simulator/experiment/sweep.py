"""Parameter sweeps: `--set PATH=VALUES` over a scenario, as a full grid or a Latin hypercube.

PATH is dotted with list items chosen by id, e.g. `legevakt[nordhordland].shifts[night].doctors`
or `collaborations[senjalegen].branch_days_per_week`. VALUES is `a,b,c` (a list), `lo..hi`
(whole numbers from lo to hi) or `lo..hi/step`; in a Latin hypercube `lo..hi` is a continuous
range (rounded where both ends are whole numbers).
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from scipy.stats import qmc

from simulator.errors import Sentence, WordedError
from simulator.experiment.design import Variant
from simulator.preflight import CHECKS
from simulator.scenario import Scenario, ScenarioError
from simulator.scenario.loading import validate_document
from simulator.scenario.problems import Problem
from simulator.scenario.yamlfile import Document

_SEGMENT = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_]*)(?:\[(?P<id>[^\]]+)\])?$")
_RANGE = re.compile(r"^(?P<lo>[-+0-9.eE]+)\.\.(?P<hi>[-+0-9.eE]+)(?:/(?P<step>[-+0-9.eE]+))?$")


class SweepError(WordedError):
    """A --set option that cannot be applied: sentences saying what to write instead."""


@dataclass(frozen=True)
class Axis:
    path: str
    values: tuple[Any, ...] | None  # discrete values
    low: float | None = None
    high: float | None = None
    whole: bool = False

    def sample(self, u: float) -> Any:
        """The value at quantile `u` of a continuous range (Latin hypercube)."""
        if self.values is not None:
            return self.values[min(int(u * len(self.values)), len(self.values) - 1)]
        assert self.low is not None and self.high is not None
        value = self.low + u * (self.high - self.low)
        return round(value) if self.whole else value


def parse_axis(option: str) -> Axis:
    path, sep, text = option.partition("=")
    if not sep or not path or not text:
        raise SweepError(Sentence("sweep.not_assignment", {"option": option}))
    match = _RANGE.match(text.strip())
    if match is None:
        return Axis(path, tuple(_scalar(v) for v in text.split(",")))
    low, high = _scalar(match["lo"]), _scalar(match["hi"])
    if not isinstance(low, int | float) or not isinstance(high, int | float) or low > high:
        raise SweepError(Sentence("sweep.bad_range", {"text": text}))
    whole = isinstance(low, int) and isinstance(high, int)
    step = _scalar(match["step"]) if match["step"] else (1 if whole else None)
    values = None if step is None else tuple(_steps(low, high, step))
    return Axis(path, values, float(low), float(high), whole)


def _steps(low: float, high: float, step: Any) -> list[Any]:
    if not isinstance(step, int | float) or step <= 0:
        raise SweepError(Sentence("sweep.bad_step", {"step": step}))
    count = int(np.floor((high - low) / step + 1e-9)) + 1
    return [
        low + i * step if isinstance(step, float) else int(low + i * step) for i in range(count)
    ]


def _scalar(text: str) -> Any:
    """A value as YAML 1.2 reads it, like the same value in a scenario file."""
    if not text.strip():
        raise SweepError(Sentence("sweep.empty_value"))
    try:
        return YAML(typ="safe", pure=True).load(text.strip())
    except YAMLError:
        raise SweepError(Sentence("sweep.not_value", {"text": text})) from None


def grid(axes: list[Axis]) -> list[dict[str, Any]]:
    for axis in axes:
        if axis.values is None:
            raise SweepError(Sentence("sweep.grid_step", {"path": axis.path}))
    return [
        dict(zip([a.path for a in axes], combo, strict=True))
        for combo in itertools.product(*(a.values or () for a in axes))
    ]


def latin_hypercube(axes: list[Axis], points: int, seed: int) -> list[dict[str, Any]]:
    sampler = qmc.LatinHypercube(d=len(axes), rng=np.random.default_rng(seed))
    return [
        {a.path: a.sample(u) for a, u in zip(axes, row, strict=True)}
        for row in sampler.random(points)
    ]


def variants(scenario: Scenario, settings: list[dict[str, Any]]) -> list[Variant]:
    return [Variant(_name(s), apply(scenario, s)) for s in settings]


def _name(setting: dict[str, Any]) -> str:
    return ";".join(f"{path}={value}" for path, value in setting.items())


def apply(scenario: Scenario, setting: dict[str, Any]) -> Scenario:
    """A copy of `scenario` with each PATH set to its value, validated again."""
    data = copy.deepcopy(scenario.model_dump(mode="json", by_alias=True))
    for path, value in setting.items():
        _set(data, path, value)
    try:
        return validate_document(Document(data), "--set", checks=CHECKS)
    except ScenarioError as error:
        problems = (
            Sentence("sweep.problem", {"path": p.path, "message": _both(p)}) for p in error.problems
        )
        raise SweepError(
            Sentence("sweep.invalid", {"setting": _name(setting)}), *problems
        ) from None


def _both(problem: Problem) -> dict[str, str]:
    """The problem's message in each language, for the command to pick its own."""
    return {lang: problem.said(lang) for lang in ("en", "nb")}


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    segments = path.split(".")
    node: Any = data
    for position, segment in enumerate(segments):
        match = _SEGMENT.match(segment)
        if match is None or not isinstance(node, dict) or match["key"] not in node:
            known = ", ".join(sorted(node)) if isinstance(node, dict) else "none"
            raise SweepError(
                Sentence("sweep.no_field", {"path": path, "segment": segment, "known": known})
            )
        key, ident = match["key"], match["id"]
        last = position == len(segments) - 1
        if ident is None:
            if last:
                node[key] = value
            node = node[key]
            continue
        items = node[key]
        found = [item for item in items if isinstance(item, dict) and item.get("id") == ident]
        if not found:
            known = ", ".join(str(i.get("id")) for i in items if isinstance(i, dict))
            values = {"path": path, "items": key, "ident": ident, "known": known}
            raise SweepError(Sentence("sweep.no_item", values))
        if last:
            raise SweepError(
                Sentence("sweep.no_leaf", {"path": path, "items": key, "ident": ident})
            )
        node = found[0]
