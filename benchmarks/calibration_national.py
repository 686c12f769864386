"""The national calibration table of docs/validation.md, from one replication of the national
scenario (`samsim new --national`, greedy rotas (`simulator.rota.rotation.GREEDY`)).

    .venv/bin/python -m benchmarks.calibration_national [--weeks 52] [--seed 20231]

Prints, for each published figure, the expected value integrated exactly from the arrival model
and the simulated one with its 95 % interval. Contacts by type are counted from the
replication's own arrivals (regenerated from the same named streams, so they are the same
contacts); KAD figures come from the replication's bed units, GP figures from its offices.
A year took 22 minutes on the shared development machine under load, 16 of them building the
greedy rotas (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import logging
import math
import time
from dataclasses import dataclass

import numpy as np

from simulator.compiler import compile_plan
from simulator.engine.arrivals import legevakt_contacts
from simulator.engine.beds import served_population
from simulator.engine.calendar import Calendar
from simulator.engine.demand import Contact
from simulator.engine.expected import (
    DAYS_PER_YEAR,
    ExpectedContacts,
    expected_contacts,
    mean_decay,
)
from simulator.engine.run import Run, replicate
from simulator.engine.streams import Streams
from simulator.rota.rotation import GREEDY
from simulator.rules import load_catalogue
from simulator.scenario import Scenario
from tests.validation import national_reference as ref

Z95 = 1.96
SAMPLE_Z = 4.0  # a simulated count is within 4 standard deviations of its expectation


def counted_contacts(run: Run, seed: int) -> dict[Contact, int]:
    """Contacts by type after warm-up: the replication's arrivals, drawn again."""
    scenario, calendar = run.plan.scenario, run.calendar
    weights, streams = run.demand.hourly_weights(calendar), Streams(seed)
    counts = dict.fromkeys(Contact, 0)
    for lv in scenario.legevakt:
        for batch in legevakt_contacts(
            scenario, lv, run.demand, calendar, run.travel, streams, weights
        ):
            counts[batch.contact] += int(np.count_nonzero(batch.times >= calendar.warmup))
    return counts


@dataclass(frozen=True)
class Line:
    """One row of the calibration table: `within` compares the model's rate over a year with
    the published one; `sample_ok` the simulated value with the expectation for its horizon."""

    name: str
    published: str
    year: str
    horizon: str
    simulated: str
    tolerance: str
    within: bool
    sample_ok: bool = True

    def markdown(self) -> str:
        status = ("within" if self.within else "gap") + ("" if self.sample_ok else ", sample off")
        cells = [self.name, self.published, self.year, self.horizon, self.simulated]
        return "| " + " | ".join([*cells, self.tolerance, status]) + " |"


def year_calendar(run: Run) -> Calendar:
    """52 weeks from the scenario's start: the horizon of the published annual rates."""
    meta = run.plan.scenario.scenario
    return Calendar.for_horizon(meta.start_date, 52, meta.warmup_weeks)


def contact_lines(run: Run, seed: int, years: float) -> list[Line]:
    scenario = run.plan.scenario
    share = ref.callout_share(scenario)
    rates = {}
    for calendar in (year_calendar(run), run.calendar):
        exact = expected_contacts(scenario, calendar, run.demand, run.travel)
        rates[calendar] = ref.kpr_rates({c: exact.per_1000(c) for c in Contact}, share)
    year, horizon = rates[year_calendar(run)], rates[run.calendar]
    counts = counted_contacts(run, seed)
    simulated = ref.kpr_rates({c: ref.per_1000(n / years) for c, n in counts.items()}, share)
    lines = []
    for key, figure in ref.FIGURES.items():
        sd = ref.per_1000(math.sqrt(_count_variance(counts, key, share)) / years)
        lines.append(
            Line(
                f"{figure.name} / 1 000",
                f"{figure.published:.1f} ({figure.source})",
                f"{year[key]:.2f}",
                f"{horizon[key]:.2f}",
                f"{simulated[key]:.2f} ± {Z95 * sd:.2f}",
                f"± {figure.tolerance:.0%}",
                abs(year[key] / figure.published - 1) <= figure.tolerance,
                abs(simulated[key] - horizon[key]) <= SAMPLE_Z * sd,
            )
        )
    exact = expected_contacts(scenario, year_calendar(run), run.demand, run.travel)
    c = Contact.station_consultation
    low, high = ref.DAYTIME_SHARE
    daytime = run.to_gp_offices / max(run.contacts, 1)
    year_share = exact.office_hours[c] / exact.per_year[c]
    lines.append(
        Line(
            "office-hours share of contacts",
            f"{low:.2f}–{high:.2f} (S54, S55)",
            f"{year_share:.3f}",
            "",
            f"{daytime:.3f} (incl. warm-up)",
            "range",
            low <= year_share <= high,
            low <= daytime <= high,
        )
    )
    return lines


def _count_variance(counts: dict[Contact, int], key: str, share: float) -> float:
    """Variance of the count behind a KPR figure: a weighted sum of Poisson counts (red
    responses split by the call-out share)."""
    red = counts[Contact.red_response]
    parts = {
        "consultations": counts[Contact.station_consultation] + (1 - share) ** 2 * red,
        "home_visits": counts[Contact.home_visit] + share**2 * red,
        "red": red,
    }
    face = counts[Contact.station_consultation] + counts[Contact.home_visit] + red
    return parts.get(key, face)


def kad_lines(run: Run, years: float) -> list[Line]:
    scenario = run.plan.scenario
    units = [
        (u.beds, served_population(scenario, u) / 1000 * ref.KAD_ADMISSIONS_PER_1000)
        for u in scenario.kad
    ]
    stay = scenario.kad[0].length_of_stay
    mean_stay = stay.median_days * math.exp(stay.sigma**2 / 2)
    outcomes = [run.beds[u.id] for u in scenario.kad]
    arrivals = sum(o.arrivals for o in outcomes)
    beds = sum(o.beds for o in outcomes)
    occupancy = sum(o.occupied.mean(run.calendar.horizon) for o in outcomes) / beds
    rate = ref.per_1000(arrivals / years)
    half = ref.per_1000(Z95 * math.sqrt(arrivals) / years)
    low, high = ref.KAD_OCCUPANCY
    transferred = sum(o.transfers for o in outcomes) / max(arrivals, 1)
    erlang = ref.kad_occupancy(units, mean_stay)
    return [
        Line(
            "KAD admissions / 1 000 (arrivals)",
            f"{ref.KAD_ADMISSIONS_PER_1000} (S78)",
            f"{ref.KAD_ADMISSIONS_PER_1000}",
            f"{ref.KAD_ADMISSIONS_PER_1000}",
            f"{rate:.2f} ± {half:.2f}",
            "± 1 %",
            True,
            abs(rate - ref.KAD_ADMISSIONS_PER_1000) <= SAMPLE_Z / Z95 * half,
        ),
        Line(
            f"KAD occupancy, {beds} beds",
            f"{low:.2f}–{high:.2f} (S78, S79)",
            f"{erlang:.3f} (Erlang B)",
            "",
            f"{occupancy:.3f} ({transferred:.1%} transferred)",
            "range",
            low <= erlang <= high,
            abs(occupancy / erlang - 1) <= 0.03,
        ),
    ]


def gp_lines(run: Run, exact: ExpectedContacts, years: float) -> list[Line]:
    asked = sum(run.offices.office_asked.values())
    booked = sum(int(w.sum()) for w in run.offices.waits.values())
    people = ref.POPULATION_2024 * years
    acute = sum(v for c, v in exact.office_hours.items() if c is not Contact.nurse_phone)
    published = ref.GP_CONSULTATIONS_PER_PERSON
    requested = published + acute / exact.population
    return [
        Line(
            "GP consultations per person",
            f"{published} (S46)",
            f"{requested:.3f} requested",
            "",
            f"{asked / people:.3f} requested, {booked / people:.3f} booked",
            "± 5 %",
            abs(requested / published - 1) <= 0.05,
            abs(asked / people / requested - 1) <= 0.02,
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--seed", type=int, default=20231)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    load_catalogue()
    started = time.perf_counter()
    scenario = Scenario.model_validate(ref.national_document())
    plan = compile_plan(scenario, args.weeks, rota_settings=GREEDY)
    print(f"plan: {time.perf_counter() - started:.0f} s", flush=True)
    run = replicate(plan, args.seed, args.weeks)
    print(f"plan + replication: {time.perf_counter() - started:.0f} s", flush=True)
    calendar: Calendar = run.calendar
    years = (calendar.days - calendar.warmup_days) / DAYS_PER_YEAR
    decay = mean_decay(scenario, run.demand, run.travel)
    warmup = scenario.scenario.warmup_weeks
    print(f"\n{args.weeks} weeks after {warmup} weeks of warm-up, seed {args.seed}")
    print(f"mean distance decay of station consultations: {decay:.4f} (factor {1 / decay:.3f})\n")
    print(
        "| figure (a year) | published | expected, year | expected, horizon | simulated, 95 % CI"
        " | tolerance | status |"
    )
    print("| --- | --- | ---: | ---: | ---: | --- | --- |")
    exact = expected_contacts(scenario, year_calendar(run), run.demand, run.travel)
    lines = contact_lines(run, args.seed, years) + kad_lines(run, years)
    for line in lines + gp_lines(run, exact, years):
        print(line.markdown())


if __name__ == "__main__":
    main()
