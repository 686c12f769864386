"""What was simulated: a STRESS-DES-style description generated from each scenario (Monks et
al. 2019: objective, model logic, data and assumptions, what is in and out of the model,
experimentation), so the reader of a report can judge what its numbers mean."""

from __future__ import annotations

from collections import Counter

from simulator.idealtypes.library import load_library
from simulator.report.html import Section, escape, items, paragraph, tag
from simulator.report.i18n import Translator
from simulator.report.results import ResultSet, VariantResult
from simulator.scenario import Scenario
from simulator.scenario.base import ALL_DAYS, WORKDAYS
from simulator.scenario.legevakt import Legevakt, ShiftTemplate

SECTION_ID = "scenario"


def section(results: ResultSet, t: Translator) -> Section:
    body = paragraph(t(f"kind.{results.kind}", variants=len(results.variants)))
    if results.kind == "sweep":
        # the points of a sweep differ only in the swept settings, which are their names
        body += _variant(results.variants[0], results, t)
        body += tag("h4", escape(t("sweep.points")))
        body += items(v.name for v in results.variants)
    else:
        body += "".join(_variant(v, results, t) for v in results.variants)
    body += tag("h3", escape(t("scope.in"))) + items(t(k) for k in _included_keys(results))
    body += tag("h3", escape(t("scope.out"))) + items(t(f"out.{i}") for i in range(1, 7))
    return Section(SECTION_ID, t("section.scenario"), body)


def _variant(variant: VariantResult, results: ResultSet, t: Translator) -> str:
    s = variant.scenario
    meta = s.scenario
    heading = tag("h3", escape(f"{variant.name}: {meta.title}"))
    text = paragraph(meta.description) if meta.description else ""
    text += paragraph(
        t(
            "scenario.run",
            weeks=meta.weeks,
            start=meta.start_date.isoformat(),
            warmup=meta.warmup_weeks,
            replications=len(variant.payloads),
            seed=results.manifest.get("seed", meta.seed),
            rules=meta.effective_rules_date.isoformat(),
        )
    )
    return heading + text + items(_entities(s, t)) + _assumptions(s, t)


def _entities(s: Scenario, t: Translator) -> list[str]:
    branches = [o for o in s.offices if o.branch_of]
    lines = [
        t(
            "entity.municipalities",
            count=len(s.municipalities),
            names=", ".join(m.name for m in s.municipalities),
            population=t.integer(sum(m.population for m in s.municipalities)),
        ),
        t("entity.offices", count=len(s.offices) - len(branches), branches=len(branches)),
        t(
            "entity.physicians",
            count=len(s.physicians),
            fte=t.number(sum(p.fte for p in s.physicians), 1),
            listed=t.integer(sum(p.list_size for p in s.physicians)),
        ),
    ]
    lines += [_legevakt(lv, s, t) for lv in s.legevakt]
    lines += [
        t("entity.beds", name=u.name, beds=u.beds, cover=t(f"cover.{u.cover.value}"))
        for u in [*s.kad, *s.sykestuer]
    ]
    kinds = Counter(c.type for c in s.collaborations)
    lines += [
        t("entity.collaboration", idealtype=_idealtype_name(kind, t), count=count)
        for kind, count in sorted(kinds.items())
    ]
    return lines


def _idealtype_name(kind: str, t: Translator) -> str:
    """The idealtype's name in the library (models/), in the report's language."""
    info = load_library().get(kind)
    return getattr(info.name, t.lang) if info else kind


def _legevakt(lv: Legevakt, s: Scenario, t: Translator) -> str:
    names = [s.by_id("municipalities")[m].name for m in lv.municipalities]
    shifts = "; ".join(_shift(shift, t) for shift in lv.shifts)
    return t("entity.legevakt", name=lv.name, serves=", ".join(names), shifts=shifts)


def _shift(shift: ShiftTemplate, t: Translator) -> str:
    end = shift.end or t("shift.hours", hours=t.number(shift.hours or 0, 0))
    if set(shift.days) == set(ALL_DAYS):
        days = t("days.all")
    elif set(shift.days) == set(WORKDAYS):
        days = t("days.workdays")
    else:
        days = ", ".join(t(f"day.{d.value}") for d in shift.days)
    return t(
        "entity.shift",
        start=shift.start,
        end=end,
        days=days,
        mode=t(f"mode.{shift.mode.value}"),
        doctors=shift.doctors,
    )


def _assumptions(s: Scenario, t: Translator) -> str:
    demand, travel, policy = s.demand, s.travel, s.policy
    overrides = {k: v for k, v in demand.rates.model_dump().items() if v is not None}
    rates = (
        ", ".join(f"{t(f'contact.{k}')} {t.number(v, 0)}" for k, v in overrides.items())
        if overrides
        else t("assume.profile_rates")
    )
    los = [u.length_of_stay.median_days for u in [*s.kad, *s.sykestuer]]
    lines = [
        t("assume.demand", profile=demand.profile, rates=rates),
        t(
            "assume.travel",
            speed=t.number(travel.road_speed_kmh, 0),
            detour=t.number(travel.detour_factor, 2),
            ferry=t.number(travel.ferry_speed_kmh, 1),
            links=len(travel.links),
        ),
        t("assume.passive", weighting=t(f"passive.{policy.passive_weighting.value}")),
        t("assume.rest", hours=t.number(policy.rest_hours_after_duty, 0)),
    ]
    if los:
        lines.append(t("assume.los", days=t.number(sum(los) / len(los), 1)))
    if policy.max_shift_frequency_days:
        lines.append(t("assume.frequency", days=policy.max_shift_frequency_days))
    return tag("h4", escape(t("assume.title"))) + items(lines)


def _included_keys(results: ResultSet) -> list[str]:
    """What the engine represents, limited to what these scenarios contain."""
    scenarios = [v.scenario for v in results.variants]
    keys = ["in.gp_offices", "in.ledger", "in.travel"]
    if any(s.legevakt for s in scenarios):
        keys += ["in.legevakt", "in.call_centre"]
    if any(s.kad or s.sykestuer for s in scenarios):
        keys.append("in.beds")
    if any(o.branch_of for s in scenarios for o in s.offices):
        keys.append("in.branch_offices")
    if any(s.collaborations for s in scenarios):
        keys.append("in.collaborations")
    return [*keys, "in.rules"]
