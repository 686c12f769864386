"""Published national rates and how the model's contact types map onto them.

Shared by `test_national_rates.py` and `benchmarks/calibration_national.py`; the reasoning is in
docs/validation.md ("Calibration against national rates"). Citation keys: docs/sources.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from simulator.data_sources import load_municipalities
from simulator.engine.demand import Contact
from simulator.scenario import Scenario
from simulator.starter.build import Request, build_scenario
from simulator.starter.districts import Layout
from simulator.starter.yaml_text import plain
from tests.validation.erlang import erlang_b

# KPR 2023, Helsedirektoratet annual report table 9.3 (S45). Its per-100 figures (23, 0.7, 1.7,
# 26) are these counts over the population of 1 January 2024, which is the scenario's.
POPULATION_2024 = 5_550_203  # SSB, 1 January 2024 (docs/data.md)
KPR_CONSULTATIONS = 1_292_635  # physical consultations at legevakt
KPR_E_CONSULTATIONS = 39_072
KPR_HOME_VISITS = 95_139  # sykebesøk
KPR_TOTAL = 1_426_846  # "legevakt consultations", 26/100 ≈ 260/1 000
RED_PER_1000 = 9.0  # Watchtowers 2007, national estimate (S57)
KAD_ADMISSIONS_PER_1000 = 5.2  # fixed panel of 151 kommuner, 2022 (S78)
KAD_BEDS_2022 = 688  # reported beds (S78)
KAD_ADMISSIONS_2022 = 32_957  # reported admissions, 298 kommuner (S78)
KAD_OCCUPANCY = (0.44, 0.51)  # Sør-Øst 2017–2021, derived from S78, S79 (docs/sources.md)
GP_CONSULTATIONS_PER_PERSON = 3.0  # SSB 2023 (S46)
DAYTIME_SHARE = (0.09, 0.17)  # daytime share of legevakt consultations 2019–2021 (S54, S55)


def per_1000(count: float) -> float:
    return count / POPULATION_2024 * 1000


@dataclass(frozen=True)
class Figure:
    """One published figure with its source and the relative tolerance of the comparison."""

    name: str
    published: float
    source: str
    tolerance: float


FIGURES = {
    "consultations": Figure("station consultations", per_1000(KPR_CONSULTATIONS), "S45", 0.02),
    "home_visits": Figure("home visits incl. call-outs", per_1000(KPR_HOME_VISITS), "S45", 0.03),
    "face_to_face": Figure(
        "consultations + home visits", per_1000(KPR_CONSULTATIONS + KPR_HOME_VISITS), "S45", 0.02
    ),
    "e_consultations": Figure("e-consultations", per_1000(KPR_E_CONSULTATIONS), "S45", 0.02),
    "total": Figure("legevakt consultations (KPR total)", per_1000(KPR_TOTAL), "S45", 0.05),
    "red": Figure("red responses", RED_PER_1000, "S57", 0.02),
}


def kpr_rates(per_1000_by_type: Mapping[Contact, float], callout_share: float) -> dict[str, float]:
    """The model's contacts per 1 000 in KPR's terms: red responses that start with a doctor
    call-out are home visits (the doctor goes to the patient), the others consultations at the
    station; the KPR total adds the e-consultations (docs/validation.md)."""
    red = per_1000_by_type[Contact.red_response]
    consultations = per_1000_by_type[Contact.station_consultation] + (1 - callout_share) * red
    home = per_1000_by_type[Contact.home_visit] + callout_share * red
    return {
        "consultations": consultations,
        "home_visits": home,
        "face_to_face": consultations + home,
        "e_consultations": per_1000_by_type[Contact.e_consultation],
        "total": consultations + home + per_1000_by_type[Contact.e_consultation],
        "red": red,
    }


def callout_share(scenario: Scenario) -> float:
    """Share of red responses that start with a call-out, weighted by the population served."""
    municipalities = scenario.by_id("municipalities")
    people = [
        (sum(municipalities[m].population for m in lv.municipalities), lv)
        for lv in scenario.legevakt
    ]
    total = sum(p for p, _ in people)
    return sum(p * lv.callout.with_ambulance_share for p, lv in people) / total


def national_document(numbers: tuple[str, ...] | None = None) -> dict:
    """The scenario `samsim new` writes for `numbers` (default: every municipality)."""
    numbers = numbers or tuple(load_municipalities())
    request = Request(numbers, Layout.as_today, dt.date(2027, 1, 4), "national", "Norway")
    return plain(build_scenario(request))


def kad_occupancy(units: list[tuple[int, float]], mean_stay_days: float) -> float:
    """Mean occupancy of loss systems (beds, admissions per year): carried load a(1 - B(c, a))
    over all beds, Erlang B being insensitive to the distribution of the stay."""
    carried = 0.0
    for beds, per_year in units:
        offered = per_year * mean_stay_days / 365.25
        carried += offered * (1 - erlang_b(beds, offered))
    return carried / sum(beds for beds, _ in units)
