"""The plan form's buttons other than "apply": add or remove a list item, add a collaboration,
save. Each changes the plan's text in place (`roundtrip.dump_like`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simulator.app import collaborations, roundtrip, schemaform
from simulator.app.plans import Plan, save
from simulator.scenario.references import ids_by_section


def act(plan: Plan, action: str, folder: Path) -> str:
    """Carry out `action` (`add:PATH`, `remove:PATH`, `collaboration:IDEALTYPE`, `save`,
    `save_as:NAME`); returns the anchor to scroll to. New plans are saved in `folder`."""
    verb, _, argument = action.partition(":")
    tree = plan.tree()
    anchor = ""
    path = schemaform.parse_name(argument)
    if verb in ("add", "remove") and path[0] not in schemaform.sections():
        return anchor  # not a part of the plan: nothing to change
    if verb == "add":
        index = roundtrip.append_copy(tree, path, _ids(tree))
        anchor = f"#{schemaform.field_name((*path, index))}"
    elif verb == "remove":
        roundtrip.remove(tree, path)
    elif verb == "collaboration":
        collaborations.add(tree, argument, _ids(tree))
    elif verb == "save":
        save(plan, plan.source or folder / plan.name)
    elif verb == "save_as" and argument:
        name = Path(argument).name
        name += "" if name.endswith((".yaml", ".yml")) else ".yaml"
        save(plan, (plan.source.parent if plan.source else folder) / name)
    if verb in ("add", "remove", "collaboration"):
        plan.text = roundtrip.dump_like(tree, plan.text)
    return anchor


def _ids(tree: Any) -> set[str]:
    """Every id in the plan, so a new item gets one not yet taken."""
    return set().union(*ids_by_section(tree).values())
