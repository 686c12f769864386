"""No dead knobs: every numeric and boolean field of a representative scenario, changed one at a
time, changes the plan, a rule finding, the coordination network or a KPI, or the schema
declares it descriptive (`json_schema_extra={"descriptive": True}`, and docs/scenario.md says
so).

The representative scenario is the embedded demo (two municipalities, a branch office, a shared
legevakt, KAD beds, three collaborations) over eight summer weeks, so that vacations count. Each
field is tried at each place it occurs with a few values (far from and near its own) until one
is valid and changes something. Some knobs only matter where a feature is used (a bakvakt
shift, a legevakt of on-call class 2, legs estimated from coordinates): `NOT_IN_THE_DEMO` names
them with the feature."""

from __future__ import annotations

import copy
import datetime as dt
import json
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from simulator.commands.common import default_scenario_path
from simulator.compiler import compile_plan
from simulator.engine import simulate
from simulator.idealtypes.preconditions import check_plan
from simulator.network.coordination import coordination_graph
from simulator.rota.rotation import GREEDY
from simulator.scenario import Scenario, load_scenario
from simulator.scenario.references import matching_arms

Loc = tuple[Any, ...]
SUMMER = dt.date(2026, 6, 1)  # a Monday
# Dead in the demo today, and made live on another branch: listed so that this test finds new
# dead knobs now; remove an entry when its branch is merged.
KNOWN_DEAD = {
    "offices.secretaries": "a branch office's: its calls and owner's work go to the main office",
}
# Live only where a scenario uses a feature the demo does not. (Tried in the shipped scenarios,
# 2026-12-06: bakvakt shifts, class 2 and exemptions are used there; the others are not, since
# every shipped scenario lists its travel legs with minutes and km.)
NOT_IN_THE_DEMO = {
    "costs.backup_hour_nok": "bakvakt shifts",
    "costs.gp_hour_nok": "an idealtype that buys GP hours (ambulatory team)",
    "costs.hospital_transfer_nok": "KAD patients turned away for want of a bed",
    "costs.on_call_hour_nok.class2": "a legevakt of on-call class 2",
    "costs.on_call_hour_nok.class3": "a legevakt of on-call class 3",
    "costs.on_call_hour_nok.class4": "a legevakt of on-call class 4",
    "physicians.competence.approved_allmennlege": "a doctor lacking other § 3a competence",
    "physicians.competence.lis1_completed": "a doctor lacking other § 3a competence",
    "physicians.list_ceiling_agreed": "a list ceiling below the full-time norm",
    "physicians.opted_in": "a doctor old enough for an exemption from legevakt",
    "places.lat": "travel legs estimated from coordinates",
    "places.lon": "travel legs estimated from coordinates",
    "travel.detour_factor": "travel legs estimated from coordinates",
    "travel.road_speed_kmh": "travel legs estimated from coordinates",
    "travel.ferry_speed_kmh": "ferry legs without a given time",
    "legevakt.staffing.locum_day_nok": "a pool too small to staff its shifts (locums)",
    "legevakt.shifts.nurse_takes": "nurses on a legevakt shift",
    "legevakt.staffing.vacation_max_away_share": "a pool of five or more (the demo's has four)",
    "policy.commute_is_work": "an on-site duty or a duty flat away from the doctor's home",
    "policy.consecutive_on_site_nights": "night shifts on site (tilstedevakt at night)",
    "municipalities.legevakt_gap_deliberate": "hours of a municipality no legevakt serves",
    "legevakt.shifts.when_needed": "bakvakt shifts",
}


def representative(path: Path) -> dict[str, Any]:
    data = load_scenario(path).model_dump(mode="json", by_alias=True)
    data["scenario"].update(start_date=SUMMER.isoformat(), weeks=8, warmup_weeks=1)
    return data


def outcome(scenario: Scenario) -> str:
    """Everything a planner sees of a plan: expansions, rota, rule findings, KPIs."""
    plan = compile_plan(scenario, rota_settings=GREEDY)
    result = simulate(plan, scenario.scenario.seed)
    return json.dumps(
        [
            repr(plan.contribution),
            repr(plan.rota),
            [f.to_json() for f in check_plan(scenario)],
            result.kpis,
            result.by_municipality,
            [f.to_json() for f in result.findings],
            sorted(map(repr, coordination_graph(scenario).edges(data=True))),
        ],
        default=str,
        sort_keys=True,
    )


def knobs(node: Any, loc: Loc = ()) -> Iterator[Loc]:
    """The location of every number and boolean in the document."""
    if isinstance(node, dict):
        for key, child in node.items():
            yield from knobs(child, (*loc, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from knobs(child, (*loc, index))
    elif isinstance(node, bool | int | float):
        yield loc


def name(loc: Loc) -> str:
    return ".".join(str(part) for part in loc if isinstance(part, str))


def candidates(value: Any) -> list[Any]:
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int):
        return [value * 3 + 1, value + 1, value - 1, 0, 70]
    return [value * 3 + 1, value * 0.2, value + 1, value - 0.1, 0.0]


def perturbed(data: dict[str, Any], loc: Loc) -> Iterator[Scenario]:
    """Valid scenarios with the value at `loc` changed."""
    for value in candidates(_get(data, loc)):
        changed = copy.deepcopy(data)
        _parent(changed, loc)[loc[-1]] = value
        try:
            yield Scenario.model_validate(changed)
        except ValidationError:
            continue


def descriptive(data: dict[str, Any], loc: Loc) -> bool:
    """Whether the schema declares the field at `loc` descriptive."""
    model: Any = Scenario
    node: Any = data
    info = None
    for part in loc:
        if isinstance(part, int):
            node = node[part]
            continue
        if typing.get_origin(model) is dict:
            break  # a key of a mapping of values: the field holding it decides
        model = _model_for(model, node)
        info = model.model_fields[_field_name(model, part)]
        model, node = info.annotation, node[part]
    extra = info.json_schema_extra if info else None
    return isinstance(extra, dict) and bool(extra.get("descriptive"))


def _model_for(annotation: Any, node: Any) -> type[BaseModel]:
    """The model an annotation gives for a mapping `node` (through lists, unions, Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    args = typing.get_args(annotation)
    arms = [a for a in matching_arms(args, node) if isinstance(a, type)] if args else []
    models = [a for a in arms if issubclass(a, BaseModel)]
    if models:
        return models[0]
    return _model_for(args[0], node)


def _field_name(model: type[BaseModel], key: str) -> str:
    return next(n for n, i in model.model_fields.items() if (i.alias or n) == key)


def _get(data: Any, loc: Loc) -> Any:
    for part in loc:
        data = data[part]
    return data


def _parent(data: Any, loc: Loc) -> Any:
    return _get(data, loc[:-1])


def live_fields(data: dict[str, Any], fields: set[str]) -> set[str]:
    """Those of `fields` that some change in `data` makes visible."""
    reference = outcome(Scenario.model_validate(data))
    live = set()
    for loc in knobs(data):
        field = name(loc)
        if field in fields - live and any(outcome(s) != reference for s in perturbed(data, loc)):
            live.add(field)
    return live


def dead_in_the_demo() -> set[str]:
    demo = representative(default_scenario_path())
    first = {name(loc): loc for loc in reversed(list(knobs(demo)))}
    unknown = {field for field, loc in first.items() if not descriptive(demo, loc)}
    return unknown - live_fields(demo, unknown)


def test_every_number_and_boolean_changes_something_or_is_descriptive() -> None:
    dead = dead_in_the_demo()
    assert dead - set(KNOWN_DEAD) - set(NOT_IN_THE_DEMO) == set(), f"dead knobs: {sorted(dead)}"
