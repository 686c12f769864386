"""The headline KPIs: the rows of the decision summary that heads the report and the terminal
output of `run`, `compare` and `sweep`, in the order a council reads them.

This is the one list of them. Each entry says why it is there, its practical-difference
threshold (a difference smaller than it reads "no practical difference", never "in favour
of") and its unit, which decides how it is written (simulator.report.units). A KPI that a
result does not hold (a plan without KAD beds has no bed wait) is left out of the summary
without a word.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.report.units import Unit, unit_of


@dataclass(frozen=True)
class Headline:
    kpi: str
    why: str
    practical: float  # a smaller absolute difference, in the KPI's own unit, is no difference
    relative: float = 0.0  # ... nor one smaller than this share of the first plan's mean
    by_municipality: bool = False  # also a row per municipality, where municipalities differ
    unit: Unit | None = None  # default: read from the name (units.unit_of)
    per_period: bool = False  # a total over the simulated weeks: the label says how many

    @property
    def shown_in(self) -> Unit:
        return self.unit or unit_of(self.kpi)

    def threshold(self, baseline: float) -> float:
        """The smallest difference from `baseline` that matters in practice."""
        return max(self.practical, self.relative * abs(baseline))


# ASSUMPTION: the practical thresholds are this project's judgement of what a planner calls
# no difference, not published statistics (listed in docs/report.md).
HALF_A_SHIFT = 0.5  # shifts or nights a month: less than half a shift is no difference
ONE_POINT = 0.01  # shares: less than one percentage point is no difference
ONE_MINUTE = 1.0
ONE_PERCENT = 0.01

HEADLINES: tuple[Headline, ...] = (
    Headline(
        "physician.on_call_hours_per_week.mean",
        "On-call load is what recruitment to rural GP posts turns on (KS/Norut 2013).",
        practical=0.5,
    ),
    Headline(
        "physician.on_call_hours_per_week.max",
        "A plan can look fair on average and still put one doctor on call every other night.",
        practical=0.5,
    ),
    Headline(
        "physician.nights_per_month.max",
        "Nights are the burden doctors count; SFS 2305 § 7.4 limits what follows them.",
        practical=HALF_A_SHIFT,
    ),
    Headline(
        "gp.within_5_days",
        "Fastlegeforskriften § 22: a patient is normally seen within five working days.",
        practical=ONE_POINT,
        by_municipality=True,
    ),
    Headline(
        "gp.wait_days.mean",
        "The same access in days, per municipality, where the difference between plans shows.",
        practical=0.5,
        by_municipality=True,
    ),
    Headline(
        "legevakt.patient_travel_minutes.mean",
        "Travel to the legevakt station is what a patient gives up for a shared legevakt.",
        practical=ONE_MINUTE,
        by_municipality=True,
    ),
    Headline(
        "legevakt.population_beyond_40_min",
        "Share of people beyond 40 min from their legevakt (national reference 2011: 5 %).",
        practical=ONE_POINT,
        by_municipality=True,
    ),
    Headline(
        "legevakt.population_beyond_60_min",
        "Beyond 60 min the legevakt is out of reach for most urgent contacts.",
        practical=ONE_POINT,
    ),
    Headline(
        "legevakt.wait_minutes.red.p90",
        "Red (acute) contacts: the 90th percentile shows an unstaffed shift, a mean hides it.",
        practical=ONE_MINUTE,
    ),
    Headline(
        "beds.doctor_wait_minutes.p90",
        "KAD and sykestue admissions and rounds that wait for a free doctor: a round that waits "
        "hours shows a doctor the plan does not have.",
        practical=15.0,
    ),
    Headline(
        "travel.doctor_hours",
        "Doctor hours on the road are working hours lost to patients (branch offices, KAD).",
        practical=1.0,
        relative=ONE_PERCENT,
        per_period=True,
    ),
    Headline(
        "cost.per_inhabitant_nok",
        "What each municipality pays, per inhabitant, for its doctors on duty and shared units.",
        practical=1.0,
        relative=ONE_PERCENT,
        by_municipality=True,
        per_period=True,
    ),
    # Staffing gaps and how they are closed (locums or a neighbour's doctor, issue 16): a plan
    # that leaves shifts without a doctor is not a plan, whatever its other figures.
    *(
        Headline(kpi, why, practical, relative, by_municipality=True, per_period=True)
        for kpi, why, practical, relative in (
            ("staffing.unstaffed_shifts", "Shifts the plan leaves without a doctor.", 0.5, 0.0),
            ("staffing.locum_shifts", "Shifts filled by locums (vikarer).", 0.5, 0.0),
            ("staffing.locum_hours", "Hours worked by locums.", 1.0, ONE_PERCENT),
            ("staffing.locum_cost_nok", "What the locums cost.", 1.0, ONE_PERCENT),
            ("staffing.neighbour_shifts", "Shifts a neighbour's doctor takes.", 0.5, 0.0),
        )
    ),
    Headline(
        "gp.weekly_hours.total.mean",
        "A GP's whole week, legevakt included: the burnout question, against the 2018 "
        "time-use survey's 55.6 h (S71).",
        practical=0.5,
    ),
    Headline(
        "gp.share_above_48h",
        "GPs above the 48 h average week of the working-time rules; the survey of Rosta and "
        "Rø (S74) found 47-58 % of GPs there.",
        practical=ONE_POINT,
    ),
    Headline(
        "rules.breaches",
        "Simulated rule breaches per replication (working time, rest, rota): each cites its "
        "paragraph in the rule section.",
        practical=0.5,
    ),
)

BY_KPI = {h.kpi: h for h in HEADLINES}
DEFAULT_RELATIVE = ONE_PERCENT  # any other KPI: a difference under 1 % of the mean is none


def practical_threshold(kpi: str, baseline: float) -> float:
    """The practical threshold of any KPI: its headline entry's, else 1 % of the baseline."""
    entry = BY_KPI.get(kpi)
    return entry.threshold(baseline) if entry else DEFAULT_RELATIVE * abs(baseline)
