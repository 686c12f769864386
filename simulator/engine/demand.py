"""Demand profiles: contact rates, their hour-of-week shape and the other demand defaults.

A profile is package data (`plan/profiles/<name>.yaml`, every value with its citation); a
scenario's `demand:` section overrides any value. `DemandModel` is the resolved result the
engine uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from simulator.engine.calendar import Calendar
from simulator.plan.profiles import GpDemand, load_profile
from simulator.plan.profiles import pick as _pick
from simulator.scenario.settings import Demand

HOURS_PER_YEAR = 365.25 * 24


class Contact(StrEnum):
    """Legevakt contact types by first response (docs/sources.md)."""

    nurse_phone = "nurse_phone"
    doctor_phone = "doctor_phone"
    station_consultation = "station_consultation"
    home_visit = "home_visit"
    red_response = "red_response"
    e_consultation = "e_consultation"  # a written question answered by the doctor on duty


FACE_TO_FACE = frozenset({Contact.station_consultation})


@dataclass(frozen=True)
class DemandModel:
    rates_per_1000: dict[Contact, float]
    hour_of_week: np.ndarray  # 7 × 24 weights, Monday first, mean 1
    holiday_factor: float
    distance_decay_half_km: float
    walk_in_share: float
    non_urgent_share: float
    kad_admissions_per_1000: float
    gp_consultations_per_person: float
    gp_same_day_share: float
    service_minutes: dict[Contact, float]
    gp_slot_minutes: float
    gp_clinical_share: float
    by_municipality: dict[str, np.ndarray] = field(default_factory=dict)  # own shapes, mean 1
    by_legevakt: dict[str, np.ndarray] = field(default_factory=dict)

    @classmethod
    def resolve(cls, demand: Demand) -> DemandModel:
        """The named profile with the scenario's overrides applied."""
        raw = load_profile(demand.profile)
        gp = GpDemand.resolve(demand)
        rates = {c: float(raw["rates_per_1000"][c.value]) for c in Contact}
        rates.update({Contact(k): v for k, v in demand.rates.model_dump(exclude_none=True).items()})
        return cls(
            rates_per_1000=rates,
            hour_of_week=_week_shape(raw["hour_of_day"], demand.hour_of_week),
            holiday_factor=_pick(demand.holiday_factor, raw["holiday_factor"]),
            distance_decay_half_km=_pick(
                demand.distance_decay_half_km, raw["distance_decay_half_km"]
            ),
            walk_in_share=float(raw["walk_in_share"]),
            non_urgent_share=float(raw["non_urgent_share"]),
            kad_admissions_per_1000=_pick(
                demand.kad_admissions_per_1000, raw["kad_admissions_per_1000"]
            ),
            gp_consultations_per_person=gp.gp_consultations_per_person,
            gp_same_day_share=gp.gp_same_day_share,
            service_minutes={Contact(k): float(v) for k, v in raw["service_minutes"].items()},
            gp_slot_minutes=float(raw["gp_slot_minutes"]),
            gp_clinical_share=float(raw["gp_clinical_share"]),
            by_municipality=_shapes(demand.hour_of_week_by_municipality),
            by_legevakt=_shapes(demand.hour_of_week_by_legevakt),
        )

    def decay(self, contact: Contact, km: float) -> float:
        """Demand multiplier at `km` from the station: face-to-face contacts halve every
        `distance_decay_half_km` (S67); phone and acute contacts do not decay."""
        if contact not in FACE_TO_FACE:
            return 1.0
        return float(0.5 ** (km / self.distance_decay_half_km))

    def hourly_weights(self, calendar: Calendar, shape: np.ndarray | None = None) -> np.ndarray:
        """Weight of every hour of the horizon by `shape` (default: the scenario's); holidays
        take Sunday's shape × holiday factor."""
        week = self.hour_of_week if shape is None else shape
        days = np.arange(calendar.days)
        holiday = np.array([calendar.is_holiday(d) for d in days])
        row = np.where(holiday, 6, days % 7)
        weights = week[row] * np.where(holiday, self.holiday_factor, 1.0)[:, None]
        return weights.reshape(-1)

    def place_weights(
        self, weights: np.ndarray, calendar: Calendar, legevakt: str, municipality: str
    ) -> np.ndarray:
        """The hourly weights of a municipality's contacts with a legevakt: its own shape,
        else the legevakt's, else the scenario's `weights`."""
        shape = self.by_municipality.get(municipality, self.by_legevakt.get(legevakt))
        return weights if shape is None else self.hourly_weights(calendar, shape)


def _shapes(weeks: dict[str, list[float]]) -> dict[str, np.ndarray]:
    return {place: _normalised(np.asarray(week, dtype=float)) for place, week in weeks.items()}


def _normalised(week: np.ndarray) -> np.ndarray:
    """7 × 24 weights of mean 1, so that a rate per year keeps its annual volume."""
    shape = week.reshape(7, 24)
    return shape / shape.mean()


def _week_shape(hour_of_day: dict, override: list[float] | None) -> np.ndarray:
    """The scenario's shape, else the profile's, as 7 × 24 weights of mean 1."""
    if override is not None:
        return _normalised(np.asarray(override, dtype=float))
    day = [hour_of_day["weekday"]] * 5 + [hour_of_day["saturday"], hour_of_day["sunday"]]
    return _normalised(np.asarray(day, dtype=float))


def poisson_arrivals(rng: np.random.Generator, per_year: float, weights: np.ndarray) -> np.ndarray:
    """Arrival minutes of a non-homogeneous Poisson process with a piecewise-constant hourly
    rate `per_year / HOURS_PER_YEAR × weights[h]`: a Poisson count per hour, placed uniformly
    within the hour, which is exact for piecewise-constant rates."""
    counts = rng.poisson(per_year / HOURS_PER_YEAR * weights)
    hours = np.repeat(np.arange(len(weights)), counts)
    return np.sort(hours * 60.0 + rng.random(len(hours)) * 60.0)
