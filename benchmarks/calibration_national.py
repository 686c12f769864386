"""The national calibration table of docs/validation.md, from one replication of the national
scenario (`samsim new --national`, greedy rotas as in `engine_national.py`).

    PYTHONPATH=$PWD python benchmarks/calibration_national.py [--weeks 52] [--seed 20231]

Prints, for each published figure, the expected value integrated exactly from the arrival model
and the simulated one with its 95 % interval. Contacts by type are counted from the
replication's own arrivals (regenerated from the same named streams, so they are the same
contacts); KAD figures come from the replication's bed units, GP figures from its offices.
A year takes about 20 minutes on the shared development machine; `--weeks 8` about 3.
"""

from __future__ import annotations

import argparse
import logging
import math
import time

import numpy as np

from benchmarks.engine_national import greedy_plan
from simulator.engine.arrivals import legevakt_contacts
from simulator.engine.beds import served_population
from simulator.engine.calendar import Calendar
from simulator.engine.demand import Contact
from simulator.engine.expected import DAYS_PER_YEAR, expected_contacts, mean_decay
from simulator.engine.run import Run, replicate
from simulator.engine.streams import Streams
from simulator.rules import load_catalogue
from simulator.scenario import Scenario
from tests.validation import national_reference as ref

Z95 = 1.96


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


def contact_rows(run: Run, seed: int, years: float) -> list[str]:
    scenario = run.plan.scenario
    share = ref.callout_share(scenario)
    exact = expected_contacts(scenario, run.calendar, run.demand, run.travel)
    expected = ref.kpr_rates({c: exact.per_1000(c) for c in Contact}, share)
    counts = counted_contacts(run, seed)
    per_year = {c: n / years for c, n in counts.items()}
    simulated = ref.kpr_rates({c: ref.per_1000(v) for c, v in per_year.items()}, share)
    rows = []
    for key, figure in ref.FIGURES.items():
        half = ref.per_1000(Z95 * math.sqrt(_count_variance(counts, key, share)) / years)
        rows.append(
            _row(figure.name, figure.published, figure.source, expected[key], simulated[key], half)
            + f" ± {figure.tolerance:.0%} |"
        )
    office = exact.office_hours[Contact.station_consultation]
    rows.append(
        f"| daytime share of consultations | {ref.DAYTIME_SHARE[0]:.2f}–{ref.DAYTIME_SHARE[1]:.2f}"
        f" (S54, S55) | {office / exact.per_year[Contact.station_consultation]:.3f} | "
        f"{run.to_gp_offices / max(run.contacts, 1):.3f} (all types, whole horizon) | range |"
    )
    return rows


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


def _row(name: str, published: float, source: str, exact: float, sim: float, half: float) -> str:
    return f"| {name} | {published:.1f} ({source}) | {exact:.1f} | {sim:.1f} ± {half:.1f} |"


def kad_rows(run: Run, years: float) -> list[str]:
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
    occupied = sum(o.occupied.mean(run.calendar.horizon) for o in outcomes)
    half = ref.per_1000(Z95 * math.sqrt(arrivals) / years)
    low, high = ref.KAD_OCCUPANCY
    return [
        _row(
            "KAD admissions (arrivals)",
            ref.KAD_ADMISSIONS_PER_1000,
            "S78",
            ref.KAD_ADMISSIONS_PER_1000,
            ref.per_1000(arrivals / years),
            half,
        )
        + " Poisson |",
        f"| KAD occupancy, {beds} beds | {low:.2f}–{high:.2f} (S78, S79) | "
        f"{ref.kad_occupancy(units, mean_stay):.3f} (Erlang B) | {occupied / beds:.3f} | range |",
        f"| KAD transferred for want of a bed | — | | "
        f"{sum(o.transfers for o in outcomes) / max(arrivals, 1):.3f} | |",
    ]


def gp_rows(run: Run, years: float) -> list[str]:
    asked = sum(run.offices.office_asked.values())
    booked = sum(int(w.sum()) for w in run.offices.waits.values())
    people = ref.POPULATION_2024 * years
    return [
        f"| GP consultations per person | {ref.GP_CONSULTATIONS_PER_PERSON:.1f} (S46) | | "
        f"requested {asked / people:.3f}, booked {booked / people:.3f} | ± 5 % |"
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
    plan = greedy_plan(scenario, args.weeks)
    print(f"plan: {time.perf_counter() - started:.0f} s", flush=True)
    run = replicate(plan, args.seed, args.weeks)
    print(f"plan + replication: {time.perf_counter() - started:.0f} s", flush=True)
    calendar: Calendar = run.calendar
    years = (calendar.days - calendar.warmup_days) / DAYS_PER_YEAR
    decay = mean_decay(scenario, run.demand, run.travel)
    warmup = scenario.scenario.warmup_weeks
    print(f"\n{args.weeks} weeks after {warmup} weeks of warm-up, seed {args.seed}")
    print(f"mean distance decay of station consultations: {decay:.4f} (factor {1 / decay:.3f})\n")
    print("| figure (per 1 000 a year) | published | expected | simulated, 95 % CI | tolerance |")
    print("| --- | --- | ---: | ---: | --- |")
    for line in contact_rows(run, args.seed, years) + kad_rows(run, years) + gp_rows(run, years):
        print(line)


if __name__ == "__main__":
    main()
