"""Checks that span several items of a validated scenario (beyond single references)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from simulator.scenario.legevakt_hours import coverage_issues
from simulator.scenario.references import Issue
from simulator.scenario.texts import Text

if TYPE_CHECKING:
    from simulator.scenario.model import Scenario


def inconsistencies(scenario: Scenario) -> Iterator[Issue]:
    yield from _branch_offices(scenario)
    yield from _place_municipalities(scenario)
    yield from _branch_days_at_own_branches(scenario)
    yield from coverage_issues(scenario)


def _branch_offices(scenario: Scenario) -> Iterator[Issue]:
    offices = {o.id: o for o in scenario.offices}
    for index, office in enumerate(scenario.offices):
        parent = offices.get(office.branch_of or "")
        if parent is None:
            continue
        if parent.id == office.id:
            yield Issue(("offices", index, "branch_of"), Text("own_branch"))
        elif parent.branch_of is not None:
            yield Issue(
                ("offices", index, "branch_of"),
                Text("branch_of_branch", {"parent": parent.id, "main": parent.branch_of}),
            )
    for p_index, physician in enumerate(scenario.physicians):
        for b_index, branch in enumerate(physician.branch_days):
            target = offices.get(branch.office)
            if target is not None and target.branch_of is None:
                yield Issue(
                    ("physicians", p_index, "branch_days", b_index, "office"),
                    Text("not_a_branch", {"office": branch.office}),
                )


def _place_municipalities(scenario: Scenario) -> Iterator[Issue]:
    places = {p.id: p for p in scenario.places}
    for index, municipality in enumerate(scenario.municipalities):
        for s_index, settlement in enumerate(municipality.settlements):
            place = places.get(settlement.place)
            if place is not None and place.municipality not in (None, municipality.id):
                yield Issue(
                    ("municipalities", index, "settlements", s_index, "place"),
                    Text(
                        "place_elsewhere",
                        {
                            "place": place.id,
                            "lies_in": place.municipality,
                            "municipality": municipality.id,
                        },
                    ),
                )


def _branch_days_at_own_branches(scenario: Scenario) -> Iterator[Issue]:
    """Branch days only make sense for doctors who staff a branch of their own main office."""
    offices = {o.id: o for o in scenario.offices}
    for p_index, physician in enumerate(scenario.physicians):
        for b_index, branch in enumerate(physician.branch_days):
            target = offices.get(branch.office)
            if target and target.branch_of and target.branch_of != physician.office:
                yield Issue(
                    ("physicians", p_index, "branch_days", b_index, "office"),
                    Text(
                        "branch_of_other_office",
                        {
                            "office": branch.office,
                            "main": target.branch_of,
                            "own": physician.office,
                        },
                    ),
                )
