"""Checks of simulated physician timelines: rest after legevakt, on-call class, and the
working-time limits of arbeidsmiljøloven chapter 10.

aml governs employment. SFS 2305 § 3.2 sets its daily and weekly limits aside for legevakt,
and a self-employed GP's own practice is not employment, so an aml finding is a breach only
for a salaried doctor's work outside legevakt, or when the scenario's policy applies aml to
legevakt (policy.aml_for_legevakt) or the exemption is not in force; otherwise information.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from simulator.plan.timeline import overlaps_night
from simulator.rules.catalogue import Rule, Severity, Version
from simulator.rules.context import TimelineContext
from simulator.rules.findings import Finding, finding
from simulator.rules.ledger import (
    IS_ACTIVE_DUTY,
    IS_BACKUP,
    IS_BRIDGE,
    IS_FRONT,
    IS_LEGEVAKT,
    IS_PASSIVE,
    IS_WORK,
    Prepared,
    duty_mask,
)
from simulator.rules.rota_checks import rest_hours
from simulator.rules.stacked import Stacked
from simulator.rules.window_stack import first_best, max_window_sums
from simulator.rules.windows import stretches_between_rests
from simulator.scenario.physicians import Employment
from simulator.scenario.settings import PassiveWeighting, Policy

# ------------------------------------------------------------------ rest after legevakt
#
# SFS 2305 § 7.4 asks, as a main rule, for 8 hours off between two work periods, "judged against
# the load", and MODEL.md gives rest after night duty. Read here as: a duty (touching legevakt
# intervals, with the travel and bed work that continue them) that reaches into the night
# (21:00–06:00, aml § 10-11) needs the hours off before the next work. A bakvakt is a work period
# only for the work it is called in for, so its waiting time (backup_on_call) is neither duty nor
# work here: a bakvakt never called in needs no rest, one called in at night needs it from the
# end of that work. docs/rules.md, rest after legevakt.

REST_WORK = IS_WORK & ~IS_BACKUP  # what ends a rest: any work but waiting as bakvakt


def timeline_rest(
    rule: Rule, version: Version, ctx: TimelineContext, chunk: Stacked
) -> Iterator[Finding]:
    """After each night duty, the next work starts at least `hours` later. One finding per
    doctor: how often, and the shortest rest."""
    hours = rest_hours(version, ctx)
    if hours is None:
        return
    limit = round(hours * 60)
    stack = chunk.stack
    keep = REST_WORK[chunk.codes]
    at, gaps = _short_rests(chunk.codes[keep], stack.starts[keep], stack.ends[keep], limit)
    owner = stack.timeline[keep][at]
    ends = stack.local(stack.ends[keep][at], owner)
    count = np.bincount(owner, minlength=len(chunk.prepared))
    shortest = first_best(-gaps, owner, len(chunk.prepared))
    for p, n, worst in zip(chunk.prepared, count.tolist(), shortest.tolist(), strict=True):
        if n:
            yield _rest_finding(rule, version, p, hours, n, gaps[worst], ends[worst])


def _rest_finding(
    rule: Rule, version: Version, p: Prepared, hours: float, n: int, gap: int, end: int
) -> Finding:
    return finding(
        rule,
        version,
        p.physician.id,
        f"{n} gang(er) under {hours:g} timer fri etter legevakt; kortest {gap / 60:g} t",
        f"{n} time(s) less than {hours:g} hours off after legevakt; shortest {gap / 60:g} h",
        measured=round(gap / 60, 2),
        limit=hours,
        unit="h",
        start=p.at(end),
        end=p.at(end + gap),
    )


def short_rests(p: Prepared, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """(gap, duty end) in minutes for every night duty followed by work less than `limit`
    later (the engine gives rest after such duties with the same reading)."""
    keep = REST_WORK[p.codes]
    ends = p.timeline.ends[keep]
    at, gaps = _short_rests(p.codes[keep], p.timeline.starts[keep], ends, limit)
    return gaps, ends[at]


def _short_rests(
    codes: np.ndarray, starts: np.ndarray, ends: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray]:
    """The night duties' last intervals among the work intervals given (those ending a rest)
    that the next work follows less than `limit` minutes later, and the gaps. Stacked
    timelines are far apart, so a gap never reaches from one into the next."""
    if len(starts) < 2:
        return np.empty(0, np.intp), np.empty(0, np.int64)
    duty = duty_mask(codes, starts, ends, IS_FRONT)
    gap = starts[1:] - ends[:-1]
    continues = duty[1:] & duty[:-1] & (gap == 0)
    segment = np.cumsum(duty & ~np.concatenate(([False], continues))) - 1
    at_night = np.zeros(len(starts), bool)
    at_night[segment[duty & overlaps_night(starts, ends)]] = True
    short = np.flatnonzero(duty[:-1] & ~continues & (gap < limit) & at_night[segment[:-1]])
    return short, gap[short]


# ------------------------------------------------------------------ on-call class


def oncall_class(
    rule: Rule, version: Version, ctx: TimelineContext, chunk: Stacked
) -> Iterator[Finding]:
    """Information per doctor: average active minutes per on-call hour over the timeline's
    front duties (bakvakt has its own allowance), and the class it falls in."""
    bounds = version.parameters["class_upper_minutes"]
    total, active = _front_minutes(chunk)
    for i, p in enumerate(chunk.prepared):
        if total[i] == 0:
            continue
        minutes_per_hour = 60.0 * active[i] / total[i]
        klass = 1 + sum(minutes_per_hour > b for b in bounds)
        yield finding(
            rule,
            version,
            p.physician.id,
            f"{minutes_per_hour:.1f} aktive minutter per vakttime i snitt: vaktklasse {klass}",
            f"{minutes_per_hour:.1f} active minutes per on-call hour on average: class {klass}",
            severity=Severity.info,
            measured=round(minutes_per_hour, 1),
            limit=f"class {klass}",
            unit="min/h",
        )


def _front_minutes(chunk: Stacked) -> tuple[np.ndarray, np.ndarray]:
    """Each timeline's minutes of front duty, and of active work in it (whole minutes: the
    sums are exact in any order)."""
    stack, codes = chunk.stack, chunk.codes
    duty = duty_mask(codes, stack.starts, stack.ends, IS_FRONT)
    length = stack.ends - stack.starts
    active = duty & (IS_ACTIVE_DUTY[codes] | IS_BRIDGE[codes])
    n = len(chunk.prepared)
    return (
        np.bincount(stack.timeline, weights=length * duty, minlength=n),
        np.bincount(stack.timeline, weights=length * active, minlength=n),
    )


# ------------------------------------------------------------------ arbeidsmiljøloven


def passive_weight(policy: Policy, ctx: TimelineContext) -> float:
    """How much of a passive on-call minute counts as work: aml § 10-4 (3) 1/7 (also under
    SFS 2305 classes, which set pay, not working time), 1/4, or the custom factor."""
    if policy.passive_weighting is PassiveWeighting.one_quarter:
        return 0.25
    if policy.passive_weighting is PassiveWeighting.custom:
        assert policy.passive_weight is not None
        return policy.passive_weight
    return 1.0 / ctx.catalogue.parameter("aml-oncall-weight", "denominator", ctx.on)


def _strict(ctx: TimelineContext) -> bool:
    """aml limits bind legevakt too: by local policy, or when no exemption is in force."""
    exemption = ctx.catalogue.rule("aml-legevakt-exemption").version(ctx.on)
    exempt = exemption is not None and exemption.parameters["legevakt_exempt"]
    return ctx.scenario.policy.aml_for_legevakt or not exempt


@dataclass(frozen=True)
class Scope:
    """Why an aml excess is a breach or only information, in a few words."""

    severity: Severity
    nb: str
    en: str
    employed: bool = False  # the excess is in employed work outside legevakt


def _scope(p: Prepared, own_exceeds: bool, legevakt: bool, strict: bool) -> Scope:
    """`own_exceeds`: the excess is there without legevakt; `legevakt`: legevakt adds to it;
    `strict`: aml binds legevakt too (`_strict`, looked up once per rule)."""
    if p.physician.employment is Employment.salaried and own_exceeds:
        return Scope(
            Severity.breach,
            "i ansettelsesforholdet utenom legevakt",
            "in employed work outside legevakt",
            employed=True,
        )
    if legevakt and strict:
        return Scope(Severity.breach, "medregnet legevakt", "including legevakt")
    if legevakt:
        return Scope(
            Severity.info,
            "medregnet legevakt, som SFS 2305 § 3.2 unntar",
            "including legevakt, which SFS 2305 § 3.2 exempts",
        )
    return Scope(
        Severity.info,
        "i egen praksis, som ikke er ansettelse etter aml",
        "in own practice, which is not employment under aml",
    )


def aml_window_total(
    rule: Rule, version: Version, ctx: TimelineContext, chunk: Stacked
) -> Iterator[Finding]:
    """The largest total work in any rolling window, passive time weighted, of a stack of
    timelines at once; without legevakt too, to tell why it is exceeded."""
    weight = passive_weight(ctx.scenario.policy, ctx)
    rate_all = np.where(IS_PASSIVE, weight, IS_WORK.astype(float))
    rate_non = np.where(IS_LEGEVAKT, 0.0, rate_all)
    strict = _strict(ctx)
    spans = [_window(p, version) for p in chunk.prepared]
    lengths = np.array([length for length, _ in spans])
    rates = [rate_all[chunk.codes], rate_non[chunk.codes]]
    (totals, total_at), (owns, own_at) = max_window_sums(chunk.stack, rates, lengths)
    for i, (p, (length, cap)) in enumerate(zip(chunk.prepared, spans, strict=True)):
        total, own = float(totals[i]), float(owns[i])
        if total <= cap + 1e-9:
            continue
        scope = _scope(p, own > cap + 1e-9, total > own + 1e-9, strict)
        at = int(own_at[i] if scope.employed else total_at[i])
        yield _window_finding(
            rule, version, p, scope, own if scope.employed else total, at, length, cap
        )


def _window(p: Prepared, version: Version) -> tuple[int, float]:
    """The window's length and the limit in it, in minutes: averaged rules use the whole
    timeline when it is shorter than the window, with the limit pro rata."""
    window = version.parameters["window_hours"] * 60
    limit = version.parameters["max_hours"] * 60
    span = int(p.timeline.ends[-1] - p.timeline.starts[0])
    if version.parameters["averaged"] and span < window:
        return span, limit * span / window
    return window, limit


def _window_finding(
    rule: Rule,
    version: Version,
    p: Prepared,
    scope: Scope,
    total: float,
    at: int,
    length: int,
    cap: float,
) -> Finding:
    hours, cap_hours, span_hours = total / 60, cap / 60, length / 60
    return finding(
        rule,
        version,
        p.physician.id,
        f"{hours:.1f} t arbeid på {span_hours:g} t {scope.nb}; grensen er {cap_hours:g} t",
        f"{hours:.1f} h of work in {span_hours:g} h {scope.en}; the limit is {cap_hours:g} h",
        severity=scope.severity,
        measured=round(hours, 2),
        limit=round(cap_hours, 2),
        unit="h",
        start=p.at(at),
        end=p.at(at + length),
    )


def aml_rest(
    rule: Rule, version: Version, ctx: TimelineContext, chunk: Stacked
) -> Iterator[Finding]:
    """No stretch between two rests of `min_rest_hours` may be longer than `period_hours`
    minus the rest. On-call duty is not rest."""
    min_rest = version.parameters["min_rest_hours"] * 60
    allowed = version.parameters["period_hours"] * 60 - min_rest
    strict = _strict(ctx)
    s = _Stretches.of(chunk, min_rest, allowed)
    for i, p in enumerate(chunk.prepared):
        if not s.count[i]:
            continue
        worst = s.worst[i]
        scope = _scope(p, bool(s.any_own[i]), bool(s.legevakt[worst] > 0), strict)
        hours, rest_hours = s.lengths[worst] / 60, min_rest / 60
        yield finding(
            rule,
            version,
            p.physician.id,
            f"{s.count[i]} gang(er) mer enn {allowed / 60:g} t uten {rest_hours:g} t "
            f"sammenhengende fri {scope.nb}; lengst {hours:.1f} t",
            f"{s.count[i]} time(s) more than {allowed / 60:g} h without {rest_hours:g} h "
            f"of continuous rest {scope.en}; longest {hours:.1f} h",
            severity=scope.severity,
            measured=round(hours, 2),
            limit=allowed / 60,
            unit="h without rest",
            start=p.at(s.starts[worst]),
            end=p.at(s.ends[worst]),
        )


@dataclass(frozen=True)
class _Stretches:
    """The stretches between rests of a stack's timelines, and per timeline those that count:
    longer than allowed, and only those without legevakt when a salaried doctor has any (the
    excess is then in employed work)."""

    starts: np.ndarray  # in each timeline's own minutes
    ends: np.ndarray
    legevakt: np.ndarray  # minutes of legevakt in each stretch
    lengths: np.ndarray  # the length of a stretch that counts, else -1
    count: list[int]  # per timeline: stretches that count
    worst: list[int]  # per timeline: the first longest that counts
    any_own: np.ndarray  # per timeline: is a stretch too long without legevakt?

    @classmethod
    def of(cls, chunk: Stacked, min_rest: int, allowed: int) -> _Stretches:
        stack, n = chunk.stack, len(chunk.prepared)
        work = np.flatnonzero(IS_WORK[chunk.codes])
        first, last = stretches_between_rests(stack.starts[work], stack.ends[work], min_rest)
        first, last = work[first], work[last]
        starts, ends, owner = stack.starts[first], stack.ends[last], stack.timeline[first]
        too_long = (ends - starts) > allowed
        lv_minutes = IS_LEGEVAKT[chunk.codes] * (stack.ends - stack.starts)  # whole: exact sums
        lv_cum = np.concatenate(([0], np.cumsum(lv_minutes)))
        legevakt = lv_cum[last + 1] - lv_cum[first]
        own = too_long & (legevakt == 0)
        any_own = np.bincount(owner, weights=own, minlength=n) > 0
        salaried = np.array([p.physician.employment is Employment.salaried for p in chunk.prepared])
        pick = np.where((salaried & any_own)[owner], own, too_long)
        lengths = np.where(pick, ends - starts, -1)
        count = np.bincount(owner, weights=pick, minlength=n).astype(int).tolist()
        worst = first_best(lengths, owner, n).tolist()
        local = (stack.local(starts, owner), stack.local(ends, owner))
        return cls(*local, legevakt, lengths, count, worst, any_own)
