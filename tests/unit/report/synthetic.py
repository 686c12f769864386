"""Synthetic result directories for report tests, written through the experiment layer's
own store and tables so they have exactly the shape of real ones (docs/results.md).

The payloads are a plausible stand-in for the engine's (busy evenings and weekends at the
legevakt, beds that fill in winter, doctors whose hours depend on the plan); they are made
from seeded numpy streams so every run writes the same directory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from simulator.experiment.design import DesignResult, Variant, fingerprint, replication_seed
from simulator.experiment.store import ResultStore
from simulator.experiment.tables import differences_table, summary_table
from simulator.files import write_atomic
from simulator.plan.timeline import Category
from simulator.report.kpis import words_of
from simulator.scenario import Scenario, load_scenario_text

COMMON = """
municipalities:
  - {id: senja, number: 5421, name: Senja, population: 14800,
     settlements: [{place: finnsnes, share: 0.6}, {place: gibostad, share: 0.15},
                   {place: skaland, share: 0.25}]}
  - {id: dyroy, number: 5420, name: Dyrøy, population: 1100, centre: brostadbotn}
places:
  - {id: finnsnes, name: Finnsnes, lat: 69.23, lon: 17.98, municipality: senja}
  - {id: gibostad, name: Gibostad, lat: 69.35, lon: 18.08, municipality: senja}
  - {id: skaland, name: Skaland, lat: 69.45, lon: 17.30, municipality: senja}
  - {id: brostadbotn, name: Brostadbotn, lat: 69.09, lon: 17.69, municipality: dyroy}
  - {id: unn, name: UNN Tromsø, lat: 69.68, lon: 18.98, kind: hospital}
travel:
  links:
    - {from: finnsnes, to: gibostad, minutes: 20}
    - {from: finnsnes, to: skaland, minutes: 55}
    - {from: finnsnes, to: brostadbotn, minutes: 30}
    - {from: skaland, to: gibostad, mode: ferry, departures_per_day: 6}
    - {from: finnsnes, to: unn}
offices:
  - {id: finnsnes-lk, name: Finnsnes legekontor, place: finnsnes, municipality: senja}
  - {id: skaland-lk, name: Skaland utekontor, place: skaland, municipality: senja,
     branch_of: finnsnes-lk}
  - {id: dyroy-lk, name: Dyrøy legekontor, place: brostadbotn, municipality: dyroy}
physicians:
  - {id: gp1, name: Dr. Aas, office: finnsnes-lk, age: 45, fte: 1.0, list_size: 1200,
     employment: salaried, branch_days: [{office: skaland-lk, days: [tue]}]}
  - {id: gp2, name: Dr. Berg, office: finnsnes-lk, age: 38, fte: 1.0, list_size: 1100,
     employment: salaried, kommuneoverlege: [{municipality: senja, fte: 0.2}]}
  - {id: gp3, name: Dr. Dahl, office: finnsnes-lk, age: 61, fte: 0.8, list_size: 900}
  - {id: gp4, name: Dr. Eng, office: dyroy-lk, age: 50, fte: 1.0, list_size: 1000,
     kommuneoverlege: [{municipality: dyroy, fte: 0.1}]}
kad:
  - {id: midt-troms-kad, name: Midt-Troms KAD, place: finnsnes, beds: 4,
     municipalities: [senja, dyroy], cover: legevakt, legevakt: finnsnes-lv}
"""

SHARED = """
scenario: {id: samarbeid, title: Interkommunal legevakt, start_date: 2026-01-05, weeks: 8,
           description: Senja og Dyrøy deler legevakt og KAD., lang: nb}
legevakt:
  - id: finnsnes-lv
    name: Midt-Troms legevakt
    station: finnsnes
    municipalities: [senja, dyroy]
    shifts:
      - {id: evening, start: "15:30", end: "23:00", doctors: 1}
      - {id: night, start: "23:00", end: "08:00", mode: home_call}
collaborations:
  - {id: midt-troms-lv, type: intermunicipal_legevakt, name: Legevaktsamarbeidet,
     host: senja, members: [dyroy], legevakt: finnsnes-lv}
"""

SOLO = """
scenario: {id: solo, title: Hver kommune for seg, start_date: 2026-01-05, weeks: 8, lang: nb}
legevakt:
  - id: finnsnes-lv
    name: Senja legevakt
    station: finnsnes
    municipalities: [senja]
    shifts: [{id: evening, start: "15:30", end: "08:00", mode: home_call}]
  - id: dyroy-lv
    name: Dyrøy legevakt
    station: brostadbotn
    municipalities: [dyroy]
    shifts: [{id: evening, start: "15:30", end: "08:00", mode: home_call}]
"""

KPI_DIRECTIONS = {"wait": True, "transfers": True, "travel": True, "cost": True, "within": False}


def scenario(text: str, lang: str = "nb") -> Scenario:
    return load_scenario_text((text + COMMON).replace("lang: nb", f"lang: {lang}"))


def payload(s: Scenario, seed: np.random.SeedSequence) -> dict[str, Any]:
    """One replication of a stand-in model: numbers that move with the plan like the engine's."""
    rng = np.random.default_rng(seed)
    stations = len(s.legevakt)
    hours = np.arange(168) % 24
    weekend = np.arange(168) >= 120
    shape = 1.0 + 2.5 * ((hours >= 16) & (hours < 23)) + 1.5 * weekend
    wait_scale = 1.0 + 0.25 * (stations == 1)  # one shared station: further to travel
    kpis = {
        f"legevakt.wait_minutes.{urgency}.{stat}|all": float(
            base * factor * wait_scale * rng.lognormal(0, 0.08)
        )
        for stat, factor in (("median", 1.0), ("p90", 2.6))
        for urgency, base in (("red", 4.0), ("orange", 18.0), ("green", 45.0))
    }
    kpis["physician.nights_per_month.mean|all"] = float(2 + 2 * (stations > 1))
    kpis["beds.transfers|all"] = float(rng.poisson(12 + 4 * (stations > 1)))
    kpis["travel.doctor_hours|all"] = float(6 + 3 * stations + rng.normal(0, 0.5))
    kpis["call_centre.answered_within_2_min|all"] = float(min(1, 0.8 + rng.normal(0, 0.02)))
    for stat, hours in (("mean", 54.0), ("median", 52.0), ("p75", 60.0)):
        kpis[f"gp.weekly_hours.total.{stat}|all"] = hours - 2 * stations + rng.normal(0, 0.5)
    kpis["gp.share_above_48h|all"] = float(0.7 - 0.1 * stations)
    kpis["gp.share_above_60h|all"] = float(0.3 - 0.05 * stations)
    for m in s.municipalities:
        kpis[f"cost.per_inhabitant_nok|{m.id}"] = float(900 + 400 * stations + rng.normal(0, 20))
    series = {
        f"legevakt_arrivals_by_hour_of_week|{lv.id}": list(rng.poisson(shape * 0.6).astype(float))
        for lv in s.legevakt
    }
    days = s.scenario.weeks * 7
    for unit in s.kad:
        level = 2.5 + np.sin(np.arange(days) / 9) + rng.normal(0, 0.6, days)
        series[f"kad_occupancy_by_day|{unit.id}"] = list(np.clip(level, 0, unit.beds))
    return {
        "kpis": kpis,
        "physicians": _physicians(s, rng),
        "series": series,
        "findings": _findings(s, rng),
    }


def _physicians(s: Scenario, rng: np.random.Generator) -> list[dict[str, Any]]:
    share = 1.0 / max(len(s.legevakt), 1)
    rows = []
    for p in s.physicians:
        hours = {
            Category.office_clinical: 28 * p.fte,
            Category.office_admin: 6 * p.fte,
            Category.kommuneoverlege: 37.5 * sum(k.fte for k in p.kommuneoverlege),
            Category.legevakt_active: 4 + 3 * (1 - share),
            Category.legevakt_on_call: 18 * (1 - share) + 6,
            Category.travel: 2 + 4 * len(p.branch_days),
            Category.meetings: 1.5,
            Category.off: 100.0,
        }
        office = s.by_id("offices")[p.office] if p.office else None
        shifts = float(rng.poisson(4 + 4 * (1 - share)))
        for category, value in hours.items():
            if value:
                rows.append(
                    {
                        "physician": p.id,
                        "municipality": office.municipality if office else "",
                        "role": p.role.value,
                        "category": category.value,
                        "hours_per_week": float(value * rng.lognormal(0, 0.05)),
                        "shifts_per_month": shifts,
                        "nights_per_month": shifts / 2,
                    }
                )
    return rows


def _findings(s: Scenario, rng: np.random.Generator) -> list[dict[str, Any]]:
    busy = [p for p in s.physicians if p.age < 60]
    return [
        {
            "rule_id": "aml-daily-limit",
            "title": {"nb": "Høyst 13 timers arbeid per døgn", "en": "At most 13 hours per day"},
            "source": {
                "law": "arbeidsmiljøloven",
                "paragraph": "§ 10-4 (1)",
                "lovdata": "LOV-2005-06-17-62",
                "refs": ["L5"],
            },
            "kind": "law",
            "severity": "breach" if len(s.legevakt) == 1 else "info",
            "subject_kind": "physician",
            "subject_id": p.id,
            "measured": float(round(13 + rng.uniform(0.5, 4), 1)),
            "limit": 13.0,
            "unit": "h",
            "explanation": {
                "nb": "Vakt etter kontordag <b>uten</b> hvile.",
                "en": "A shift after an office day <b>without</b> rest.",
            },
            "unverified": None,
        }
        for p in busy
        if rng.random() < 0.6
    ]


def write_result_dir(root: Path, scenarios: list[Scenario], replications: int = 5) -> Path:
    """A result directory of a trial (one scenario) or a comparison (several)."""
    seed = 7
    variants = [Variant(s.scenario.id, s) for s in scenarios]
    kind = "trial" if len(variants) == 1 else "compare"
    store = ResultStore(root)
    store.open(_manifest(variants, seed, kind, replications))
    payloads = {v.name: [] for v in variants}
    for i in range(replications):
        for v in variants:
            result = payload(v.scenario, replication_seed(seed, i))
            store.save(v.name, i, result)
            payloads[v.name].append(result)
    design = DesignResult(variants, payloads, replications, seed)
    _csv(root / "summary.csv", summary_table(design))
    if kind == "compare":
        _csv(root / "differences.csv", differences_table(design, _lower_is_better))
    return root


def _lower_is_better(kpi: str) -> bool | None:
    words = words_of(kpi)
    found = [better for word, better in KPI_DIRECTIONS.items() if word in words]
    return found[-1] if found else None


def _csv(path: Path, table: Any) -> None:
    write_atomic(path, lambda tmp: table.to_csv(tmp, index=False))


def _manifest(variants: list[Variant], seed: int, kind: str, n: int) -> dict[str, Any]:
    return {
        "kind": kind,
        "fingerprint": fingerprint(variants, seed),
        "samsim_version": "0.1.0",
        "seed": seed,
        "variants": [
            {
                "name": v.name,
                "scenario_id": v.scenario.scenario.id,
                "rules_date": v.scenario.scenario.effective_rules_date.isoformat(),
                "scenario": json.loads(v.scenario.model_dump_json(by_alias=True)),
            }
            for v in variants
        ],
        "machine": {"python": "3.11", "platform": "test", "cpus": 2},
        "started": "2026-11-23T16:00:00+00:00",
        "replications": n,
        "converged": True,
    }
