"""Collaborations from the idealtype library (docs/idealtypes.md): added to a plan by name,
and described in the form by their idealtype's name, report section and default sources."""

from __future__ import annotations

from typing import Any

from simulator.app import roundtrip
from simulator.app.schemaform import Group
from simulator.idealtypes.library import load_library


def describe(form: Group, tree: Any, t: Any, lang: str) -> None:
    """Each collaboration with its idealtype's name and report section, and each parameter
    with the source of its default."""
    library = load_library()
    for item in form.children:
        info = library.get(str(roundtrip.get(tree, (*item.path, "type"))))
        if info is None or not isinstance(item, Group):
            continue
        name = info.name.nb if lang == "nb" else info.name.en
        section = t("plan.collaboration.section", section=info.report_section or "–")
        item.help = f"{name} ({section})"
        sources = {p.name: p.source for p in info.parameters}
        for field in item.fields():
            if field.path[-1] in sources:
                field.help = f"{field.help} [{sources[field.path[-1]]}]".strip()


def add(tree: Any, idealtype: str, taken: set[str]) -> None:
    """Append an instance of `idealtype` (id from its name); its required values are then
    asked for by validation, next to their fields."""
    if idealtype not in load_library():
        return
    new_id = idealtype.replace("_", "-")
    if new_id in taken:
        new_id = roundtrip.fresh_id(new_id, taken)
    item = roundtrip.CommentedMap(id=new_id, type=idealtype)
    items = roundtrip.get(tree, ("collaborations",))
    if items is None:
        roundtrip.put(tree, ("collaborations",), [item])
    else:
        items.append(item)
