"""Calibration: the national scenario with the `national-2023` profile against the published
national rates (docs/validation.md, "Calibration against national rates").

Rates per 1 000 depend on how demand is generated, not on staffing, so the expected national
rates are integrated exactly from the arrival model (`simulator.engine.expected`) and compared
with the published figures. Samples check the engine against those expectations: a year of the
engine's own arrivals at all 169 stations, an end-to-end replication of four districts (how
contacts are routed, GP requests), and a year of every KAD unit (admissions, occupancy).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from simulator.compiler import compile_plan
from simulator.engine.arrivals import legevakt_contacts
from simulator.engine.beds import served_population, simulate_unit
from simulator.engine.calendar import Calendar
from simulator.engine.demand import Contact, DemandModel
from simulator.engine.expected import DAYS_PER_YEAR, ExpectedContacts, expected_contacts
from simulator.engine.run import replicate
from simulator.engine.streams import Streams
from simulator.network.travel import TravelNetwork
from simulator.rota.rotation import GREEDY
from simulator.scenario import Scenario
from tests.validation import national_reference as ref

SEED = 20231
POISSON_Z = 4.0  # a count is within 4 standard deviations of its expectation
# Bergen (urban), Tønsbergregionen (three kommuner), Balsfjord + Storfjord (rural,
# inter-municipal) and Alta (remote, large): a stratified subset for the end-to-end check.
SUBSET = ("4601", "3903", "3905", "3911", "5532", "5538", "5601")
SUBSET_WEEKS = 6


@pytest.fixture(scope="module")
def national() -> Scenario:
    return Scenario.model_validate(ref.national_document())


@pytest.fixture(scope="module")
def year(national: Scenario) -> Calendar:
    meta = national.scenario
    return Calendar.for_horizon(meta.start_date, 52, meta.warmup_weeks)


@pytest.fixture(scope="module")
def demand(national: Scenario) -> DemandModel:
    return DemandModel.resolve(national.demand)


@pytest.fixture(scope="module")
def expected(national: Scenario, year: Calendar, demand: DemandModel) -> ExpectedContacts:
    return expected_contacts(national, year, demand, TravelNetwork.from_scenario(national))


def _within_poisson(observed: float, mean: float) -> bool:
    return abs(observed - mean) <= POISSON_Z * math.sqrt(mean)


@pytest.mark.parametrize("figure", sorted(ref.FIGURES))
def test_expected_national_rate_matches_the_published_one(
    national: Scenario, expected: ExpectedContacts, figure: str
) -> None:
    rates = {c: expected.per_1000(c) for c in Contact}
    model = ref.kpr_rates(rates, ref.callout_share(national))[figure]
    published = ref.FIGURES[figure]
    assert abs(model / published.published - 1) <= published.tolerance, (model, published)


def test_without_the_doorstep_calibration_consultations_fall_short(
    national: Scenario, demand: DemandModel, expected: ExpectedContacts
) -> None:
    """The published rate is observed after distance decay: the doorstep rate is above it, and
    the decay in the national scenario brings it down to the published rate."""
    doorstep = demand.rates_per_1000[Contact.station_consultation]
    observed = expected.per_1000(Contact.station_consultation)
    published = ref.FIGURES["consultations"].published
    assert doorstep > published * (1 + ref.FIGURES["consultations"].tolerance)
    assert observed < published


def test_daytime_share_of_consultations_is_in_the_published_range(
    expected: ExpectedContacts,
) -> None:
    c = Contact.station_consultation
    share = expected.office_hours[c] / expected.per_year[c]
    low, high = ref.DAYTIME_SHARE
    assert low <= share <= high, share


def test_a_sampled_year_of_arrivals_matches_the_expected_rates(
    national: Scenario, year: Calendar, demand: DemandModel, expected: ExpectedContacts
) -> None:
    """The engine's own arrival generation for every station over a year."""
    travel, streams = TravelNetwork.from_scenario(national), Streams(SEED)
    weights = demand.hourly_weights(year)
    counts = dict.fromkeys(Contact, 0)
    for lv in national.legevakt:
        for batch in legevakt_contacts(national, lv, demand, year, travel, streams, weights):
            counts[batch.contact] += int(np.count_nonzero(batch.times >= year.warmup))
    years = (year.days - year.warmup_days) / DAYS_PER_YEAR
    for contact in Contact:
        assert _within_poisson(counts[contact], expected.per_year[contact] * years), contact


@pytest.fixture(scope="module")
def subset_run() -> tuple[Any, ExpectedContacts, Calendar]:
    scenario = Scenario.model_validate(ref.national_document(SUBSET))
    run = replicate(compile_plan(scenario, SUBSET_WEEKS, rota_settings=GREEDY), SEED, SUBSET_WEEKS)
    meta = scenario.scenario
    whole = Calendar.for_horizon(meta.start_date, SUBSET_WEEKS + meta.warmup_weeks, 0)
    demand = DemandModel.resolve(scenario.demand)
    return (
        run,
        expected_contacts(scenario, whole, demand, TravelNetwork.from_scenario(scenario)),
        whole,
    )


def test_a_replication_routes_the_expected_contacts(
    subset_run: tuple[Any, ExpectedContacts, Calendar],
) -> None:
    """Every contact of the horizon, and those of office hours sent to the GP offices."""
    run, expected, whole = subset_run
    years = whole.days / DAYS_PER_YEAR
    assert _within_poisson(run.contacts, sum(expected.per_year.values()) * years)
    assert _within_poisson(run.to_gp_offices, sum(expected.office_hours.values()) * years)


def test_gp_requests_are_the_published_consultations_plus_daytime_acute(
    subset_run: tuple[Any, ExpectedContacts, Calendar],
) -> None:
    """3.0 requests per listed person a year (S46) plus the legevakt contacts of office hours
    that need a doctor; everyone in the starting scenario is listed."""
    run, expected, whole = subset_run
    calendar = run.calendar
    counted_years = (calendar.days - calendar.warmup_days) / DAYS_PER_YEAR
    working = calendar.working_days()
    counted_share = np.count_nonzero(working >= calendar.warmup_days) / len(working)
    listed = sum(p.list_size for p in run.plan.scenario.physicians)
    routine = ref.GP_CONSULTATIONS_PER_PERSON * listed * whole.days / DAYS_PER_YEAR
    acute = sum(v for c, v in expected.office_hours.items() if c is not Contact.nurse_phone)
    mean = (routine + acute * whole.days / DAYS_PER_YEAR) * counted_share
    asked = sum(run.offices.office_asked.values())
    assert _within_poisson(asked, mean), (asked, mean)
    assert abs(asked / listed / counted_years / ref.GP_CONSULTATIONS_PER_PERSON - 1) <= 0.05


@pytest.fixture(scope="module")
def kad_year(national: Scenario, year: Calendar, demand: DemandModel) -> list:
    travel, streams = TravelNetwork.from_scenario(national), Streams(SEED)
    return [simulate_unit(national, u, demand, year, travel, streams) for u in national.kad]


def test_kad_admissions_match_the_published_rate(
    national: Scenario, year: Calendar, kad_year: list
) -> None:
    years = (year.days - year.warmup_days) / DAYS_PER_YEAR
    arrivals = sum(o.arrivals for o in kad_year)
    population = sum(served_population(national, u) for u in national.kad)
    assert population == ref.POPULATION_2024
    assert _within_poisson(arrivals, ref.KAD_ADMISSIONS_PER_1000 * population / 1000 * years)


def _mean_stay_days(national: Scenario) -> float:
    stays = {(u.length_of_stay.median_days, u.length_of_stay.sigma) for u in national.kad}
    assert len(stays) == 1
    ((median, sigma),) = stays
    return median * math.exp(sigma**2 / 2)


def test_kad_occupancy_matches_erlang_b(national: Scenario, year: Calendar, kad_year: list) -> None:
    """Simulated occupancy of the beds as the scenario spreads them, against the loss formula."""
    units = [
        (u.beds, served_population(national, u) / 1000 * ref.KAD_ADMISSIONS_PER_1000)
        for u in national.kad
    ]
    reference = ref.kad_occupancy(units, _mean_stay_days(national))
    occupied = sum(o.occupied.mean(year.horizon) for o in kad_year)
    simulated = occupied / sum(u.beds for u in national.kad)
    assert abs(simulated / reference - 1) <= 0.03, (simulated, reference)
