"""Hypothesis strategies for valid scenarios, as the plain data a YAML file holds.

Scenarios are built so that every rule of the schema holds by construction: settlement places
lie in their municipality, branch offices hang off main offices, branch days go to branches of
the doctor's own office, shares add up to one, and only doctors under 80 hold lists.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

Raw = dict[str, Any]

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
slugs = st.builds(
    str.__add__, st.sampled_from("abcdefghijklmnopqrstuvwxyz"), st.text("abcxyz019_-", max_size=8)
)
clock = st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))


def unique_slugs(count: int) -> st.SearchStrategy[list[str]]:
    return st.lists(slugs, min_size=count, max_size=count, unique=True)


@st.composite
def municipalities_and_places(draw: st.DrawFn) -> tuple[list[Raw], list[Raw]]:
    sizes = draw(st.lists(st.integers(1, 3), min_size=1, max_size=4))
    ids = draw(unique_slugs(len(sizes)))
    place_ids = iter(draw(unique_slugs(sum(sizes))))
    municipalities, places = [], []
    for number, (ident, size) in enumerate(zip(ids, sizes, strict=True), start=1001):
        own = [next(place_ids) for _ in range(size)]
        places += [draw(place(p, ident)) for p in own]
        municipalities.append(
            {
                "id": ident,
                "number": number,
                "name": ident.title(),
                "population": draw(st.integers(0, 200_000)),
                "centre": own[0],
                "settlements": draw(settlements(own)),
            }
        )
    return municipalities, places


def place(ident: str, municipality: str) -> st.SearchStrategy[Raw]:
    return st.fixed_dictionaries(
        {
            "id": st.just(ident),
            "name": st.just(ident.upper()),
            "lat": st.floats(58.0, 71.0),
            "lon": st.floats(4.0, 31.0),
            "municipality": st.just(municipality),
        }
    )


@st.composite
def settlements(draw: st.DrawFn, places: list[str]) -> list[Raw]:
    """Shares from integer weights, so they sum to one up to float rounding; or none."""
    chosen = draw(st.lists(st.sampled_from(places), unique=True, max_size=len(places)))
    weights = [draw(st.integers(1, 9)) for _ in chosen]
    return [{"place": p, "share": w / sum(weights)} for p, w in zip(chosen, weights, strict=True)]


@st.composite
def offices(draw: st.DrawFn, municipalities: list[Raw], places: list[Raw]) -> list[Raw]:
    result: list[Raw] = []
    for municipality in municipalities:
        own = [p["id"] for p in places if p["municipality"] == municipality["id"]]
        for _ in range(draw(st.integers(0, 2))):
            result.append({"place": draw(st.sampled_from(own)), "municipality": municipality["id"]})
    mains = len(result)
    if mains:
        for _ in range(draw(st.integers(0, 2))):
            home = draw(st.sampled_from(places))
            parent = draw(st.integers(0, mains - 1))
            result.append({"place": home["id"], "municipality": home["municipality"], "of": parent})
    ids = draw(unique_slugs(len(result)))
    for office, ident in zip(result, ids, strict=True):
        office.update(id=ident, name=f"{ident} legekontor")
        if "of" in office:
            office["branch_of"] = ids[office.pop("of")]
    return result


@st.composite
def physician(draw: st.DrawFn, ident: str, offices: list[Raw]) -> Raw:
    role = draw(st.sampled_from(["gp", "lis1", "locum", "kommuneoverlege"]))
    age = draw(st.integers(25, 90))
    doctor: Raw = {"id": ident, "role": role, "age": age, "fte": draw(st.floats(0.05, 1.2))}
    if role in ("gp", "lis1", "locum") and age <= 80:
        doctor["list_size"] = draw(st.integers(0, 2500))
    mains = [o for o in offices if "branch_of" not in o]
    if mains and draw(st.booleans()):
        home = draw(st.sampled_from(mains))
        doctor["office"] = home["id"]
        branches = [o["id"] for o in offices if o.get("branch_of") == home["id"]]
        if branches:
            days = draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=2, unique=True))
            doctor["branch_days"] = [{"office": draw(st.sampled_from(branches)), "days": days}]
    return doctor


@st.composite
def legevakt(draw: st.DrawFn, municipalities: list[Raw], places: list[Raw]) -> Raw:
    served = draw(
        st.lists(st.sampled_from([m["id"] for m in municipalities]), min_size=1, unique=True)
    )
    shifts = []
    for index in range(draw(st.integers(1, 3))):
        start = draw(clock)
        end = draw(clock.filter(lambda value, start=start: value != start))
        mode = draw(st.sampled_from(["on_site", "home_call", "backup"]))
        shifts.append({"id": f"shift{index}", "start": start, "end": end, "mode": mode})
    return {
        "id": draw(slugs),
        "name": "Legevakt",
        "station": draw(st.sampled_from(places))["id"],
        "municipalities": served,
        "shifts": shifts,
    }


@st.composite
def scenarios(draw: st.DrawFn) -> Raw:
    """A valid scenario: municipalities, places, offices, physicians and maybe a legevakt
    with its inter-municipal collaboration."""
    municipalities, places = draw(municipalities_and_places())
    office_list = draw(offices(municipalities, places))
    doctor_ids = draw(st.lists(slugs, max_size=6, unique=True))
    raw: Raw = {
        "scenario": {"id": "generated", "title": "Generated", "start_date": "2026-01-05"},
        "municipalities": municipalities,
        "places": places,
        "offices": office_list,
        "physicians": [draw(physician(ident, office_list)) for ident in doctor_ids],
    }
    if draw(st.booleans()):
        station = draw(legevakt(municipalities, places))
        host, *members = station["municipalities"]
        raw["legevakt"] = [station]
        raw["collaborations"] = [
            {
                "id": "shared-legevakt",
                "type": "intermunicipal_legevakt",
                "host": host,
                "members": members,
                "legevakt": station["id"],
            }
        ]
    return raw
