"""Problems next to the fields they are about: a problem's path (`legevakt[lv].shifts[day].start`,
as `samsim validate` prints it) is matched with the same rendering of each field's path."""

from __future__ import annotations

import re
from typing import Any

from simulator.app.schemaform import Group
from simulator.scenario import Problem
from simulator.scenario.loading import _render_path as render_path

_FIRST = re.compile(r"^[^.\[]*")
_LAST = re.compile(r"(\.[^.\[]*|\[[^\]]*\])$")


def section_of(problem: Problem) -> str:
    """The top-level section a problem is in (`legevakt`), or '' for the whole file."""
    match = _FIRST.match(problem.path)
    return match.group() if match else ""


def annotate(form: Group, problems: list[Problem], tree: Any, lang: str) -> list[Problem]:
    """Attach each problem of `form`'s section to its field, or else to the nearest group
    around it, in `lang`; returns the problems that belong to no part of the form."""
    places: dict[str, Any] = {render_path(tree, g.path): g for g in form.groups()}
    places |= {render_path(tree, f.path): f for f in form.fields()}
    left: list[Problem] = []
    for problem in problems:
        target = _nearest(places, problem.path)
        if target is None:
            left.append(problem)
        else:
            target.problems.append(problem.said(lang))
    return left


def _nearest(places: dict[str, Any], path: str) -> Any:
    """The place of `path`, or of the closest path around it (`a[x].b` → `a[x]` → `a`)."""
    while path not in places:
        shorter = _LAST.sub("", path)
        if shorter == path:
            return None
        path = shorter
    return places[path]
