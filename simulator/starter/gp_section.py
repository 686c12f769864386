"""The offices and physicians sections of a starting scenario: estimated fastleger."""

from __future__ import annotations

import datetime as dt

from simulator.data_sources.municipalities import MunicipalityRecord
from simulator.rules import load_catalogue
from simulator.starter import workforce
from simulator.starter.ids import municipality_ids, office_id, settlement_id
from simulator.starter.yaml_text import Flow, Note, estimate

SMALL_LIST_RULE = "list-ceiling-min-agreement"
NOTES = {
    "offices": [
        "ESTIMATE: GP offices are not in the shipped data; replace them with the real ones.",
    ],
    "physicians": [
        "ESTIMATE: fastleger from national averages (docs/sources.md, S75), no register:",
        f"{workforce.GPS_PER_1000_LIST_PATIENTS} GPs per 1 000 inhabitants, everyone listed, "
        "lists split evenly,",
        f"list ceiling {workforce.AVERAGE_LIST_CEILING}/{workforce.AVERAGE_LIST_LENGTH} "
        f"of the list, {workforce.SALARIED_SHARE:.0%} salaried (the youngest), "
        f"{workforce.SPECIALIST_SHARE:.0%} specialists (the oldest),",
        f"full time (fte {workforce.FTE}), ages a guess (34–62, mean 48); all have the "
        "legevakt courses",
        f"and {workforce.OTHER_MUNICIPAL_HOURS} h a week of other municipal tasks (§ 32).",
    ],
}


def offices(m: MunicipalityRecord) -> list[Note]:
    mid = municipality_ids()[m.number]
    gps = workforce.estimate_gps(m.population)
    count = workforce.office_count(len(gps))
    return [
        estimate(
            Flow(
                {
                    "id": office_id(mid, k, count),
                    "name": f"{m.short_name} legekontor" + (f" {k}" if count > 1 else ""),
                    "place": settlement_id(mid),
                    "municipality": mid,
                    "secretaries": workforce.office_secretaries(gps, k),
                }
            ),
            f"offices of at most {workforce.MAX_GPS_PER_OFFICE} GPs at the settlement point, "
            f"{workforce.STAFF_PER_GP} admin staff per GP",
        )
        for k in range(1, count + 1)
    ]


def gps(m: MunicipalityRecord) -> list[tuple[str, workforce.GpEstimate]]:
    """The estimated fastleger of `m` with their physician ids."""
    mid = municipality_ids()[m.number]
    estimates = workforce.estimate_gps(m.population)
    width = max(2, len(str(len(estimates))))
    return [(f"{mid}-gp-{gp.number:0{width}d}", gp) for gp in estimates]


def physicians(m: MunicipalityRecord, start: dt.date) -> list[Note]:
    mid = municipality_ids()[m.number]
    named = gps(m)
    count = workforce.office_count(len(named))
    return [
        estimate(
            Flow(
                {
                    "id": physician_id,
                    "office": office_id(mid, gp.office, count),
                    "employment": gp.employment.value,
                    "age": gp.age,
                    "fte": workforce.FTE,
                    "list_size": gp.list_size,
                    "list_ceiling": gp.list_ceiling,
                    "public_duties": [_other_municipal_tasks()],
                    **_agreed(gp.list_ceiling, start),
                    "competence": _competence(gp.specialist),
                }
            ),
            "national averages, see the note above physicians",
        )
        for physician_id, gp in named
    ]


def _other_municipal_tasks() -> dict:
    return {"task": "other_municipal_tasks", "hours_per_week": workforce.OTHER_MUNICIPAL_HOURS}


def _agreed(ceiling: int, start: dt.date) -> dict[str, bool]:
    """A ceiling too small to go without an agreement with the kommune (rule
    `list-ceiling-min-agreement`): the only GP of a very small municipality has one, as no
    larger list is there to be had."""
    least = load_catalogue().parameter(SMALL_LIST_RULE, "min_without_agreement", start)
    return {"list_ceiling_agreed": True} if ceiling < least else {}


def _competence(specialist: bool) -> dict[str, bool]:
    """Kompetansekravforskriften § 3: a specialist or in training; courses assumed done."""
    kind = "specialist_general_practice" if specialist else "in_specialist_training"
    return {kind: True, "legevakt_courses": True}
