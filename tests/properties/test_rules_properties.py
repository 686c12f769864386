"""Property-based tests of the rules (Hypothesis), each against an obviously correct model."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from rules_testkit import BASE, ORIGIN, gp, plan, scenario, shift, timeline
from typer.testing import CliRunner

from simulator.cli import app
from simulator.plan.timeline import Category as C
from simulator.rules import check_rota, check_scenario, check_timelines, exemption_rules
from simulator.rules.findings import sort_findings
from simulator.rules.window_stack import Stack, first_best, max_window_sums
from simulator.rules.windows import max_window_sum, stretches_between_rests
from simulator.scenario.physicians import Physician

SETTINGS = settings(max_examples=40, deadline=None)
REST = "rest-between-work-periods"
HOUR = 60

# ------------------------------------------------------------------ rest between work periods

durations = st.integers(min_value=1 * HOUR, max_value=30 * HOUR)
gaps = st.integers(min_value=1, max_value=20 * HOUR)


def _blocks(lengths: list[int], pauses: list[int]) -> list[tuple[int, int]]:
    blocks, t = [], 0
    for length, pause in zip(lengths, [*pauses, 0], strict=False):
        blocks.append((t, t + length))
        t += length + pause
    return blocks


def _at_night(start: int, end: int) -> bool:
    """Minute by minute: does [start, end) after midnight touch 21:00–06:00?"""
    return any(
        m % (24 * HOUR) >= 21 * HOUR or m % (24 * HOUR) < 6 * HOUR for m in range(start, end)
    )


@SETTINGS
@given(st.lists(durations, min_size=2, max_size=8), st.data())
def test_a_gap_under_8_hours_is_flagged_after_a_night_duty_in_timelines_and_any_duty_in_rotas(
    lengths: list[int], data: st.DataObject
) -> None:
    pauses = data.draw(st.lists(gaps, min_size=len(lengths) - 1, max_size=len(lengths) - 1))
    blocks = _blocks(lengths, pauses)
    line = timeline("a", [(s / HOUR, e / HOUR, C.legevakt_on_call) for s, e in blocks])
    flagged_timeline = any(f.rule_id == REST for f in check_timelines(scenario(), [line]))
    rota = [shift("a", ORIGIN + dt.timedelta(minutes=s), (e - s) / HOUR) for s, e in blocks]
    flagged_rota = any(f.rule_id == REST for f in check_rota(scenario(), rota))
    assert flagged_timeline == any(
        p < 8 * HOUR and _at_night(*block) for p, block in zip(pauses, blocks, strict=False)
    )
    assert flagged_rota == any(p < 8 * HOUR for p in pauses)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from([C.legevakt_on_call, C.office_clinical]), durations),
        min_size=2,
        max_size=8,
    ),
    st.data(),
)
def test_after_a_night_duty_the_next_work_of_any_kind_needs_8_hours(
    kinds: list[tuple[C, int]], data: st.DataObject
) -> None:
    """Gaps may be zero here: a duty followed at once by more duty is one duty, which reaches
    into the night if any part of it does; followed at once by office work, a rest of zero."""
    pauses = data.draw(
        st.lists(st.integers(0, 20 * HOUR), min_size=len(kinds) - 1, max_size=len(kinds) - 1)
    )
    blocks = _blocks([d for _, d in kinds], pauses)
    expected, night = False, False
    for i, (kind, _) in enumerate(kinds):
        if kind is not C.legevakt_on_call:
            continue
        joined = i > 0 and kinds[i - 1][0] is kind and pauses[i - 1] == 0
        night = (night and joined) or _at_night(*blocks[i])
        if i < len(pauses) and not (pauses[i] == 0 and kinds[i + 1][0] is kind):
            expected = expected or (night and pauses[i] < 8 * HOUR)
    line = timeline(
        "a", [(s / HOUR, e / HOUR, k) for (s, e), (k, _) in zip(blocks, kinds, strict=True)]
    )
    found = [f for f in check_timelines(scenario(), [line]) if f.rule_id == REST]
    assert bool(found) == expected


# ------------------------------------------------------------------ exemption age


def _reference_age_limit(day: dt.date) -> int:
    """The exemption age over time (docs/sources.md): 55 in the first half of 2013, else 60."""
    return 55 if dt.date(2013, 1, 1) <= day <= dt.date(2013, 6, 30) else 60


def _reference_age(birth: dt.date, day: dt.date) -> int:
    years = day.year - birth.year
    return years - 1 if (day.month, day.day) < (birth.month, birth.day) else years


@SETTINGS
@given(
    st.dates(dt.date(1940, 1, 1), dt.date(1975, 12, 31)),
    st.dates(dt.date(2002, 1, 1), dt.date(2030, 12, 31)),
)
def test_exemption_age_right_changes_exactly_at_the_birthday_and_version_dates(
    birth: dt.date, day: dt.date
) -> None:
    doctor = Physician(id="d", age=50, birth_date=birth, fte=1.0)
    expected = _reference_age(birth, day) >= _reference_age_limit(day)
    assert ("legevakt-exemption-age" in [r.id for r in exemption_rules(doctor, day)]) == expected


@SETTINGS
@given(st.dates(dt.date(1950, 1, 1), dt.date(1970, 12, 31)))
def test_exemption_starts_on_the_60th_birthday_not_the_day_before(birth: dt.date) -> None:
    doctor = Physician(id="d", age=50, birth_date=birth, fte=1.0)
    try:
        birthday = birth.replace(year=birth.year + 60)
    except ValueError:  # born on 29 February: the birthday is 1 March in common years
        birthday = dt.date(birth.year + 60, 3, 1)
    if dt.date(2013, 1, 1) <= birthday - dt.timedelta(days=1) <= dt.date(2013, 6, 30):
        return  # 55 was the limit then; covered by the test above
    assert not exemption_rules(doctor, birthday - dt.timedelta(days=1))
    assert [r.id for r in exemption_rules(doctor, birthday)] == ["legevakt-exemption-age"]


# ------------------------------------------------------------------ list ceiling


@SETTINGS
@given(st.integers(1, 5000), st.integers(0, 5000), st.integers(0, 5000))
def test_list_ceiling_findings_are_monotone_in_list_size(ceiling: int, a: int, b: int) -> None:
    small, large = sorted((min(a, ceiling), min(b, ceiling)))

    def findings(size: int) -> set[tuple[str, str]]:
        doctors = [BASE["physicians"][0], gp("b", list_size=size, list_ceiling=ceiling)]
        found = check_scenario(scenario(plan(physicians=doctors)))
        return {(f.rule_id, f.subject_id) for f in found if f.rule_id.startswith("list-ceiling")}

    assert findings(small) <= findings(large)
    assert (("list-ceiling-max", "b") in findings(large)) == (ceiling > 2500 or large > 2500)


# ------------------------------------------------------------------ windows vs brute force

intervals = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 40), st.floats(0, 1, allow_nan=False)),
    min_size=1,
    max_size=12,
)


def _arrays(
    spec: list[tuple[int, int, float]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Sorted, non-overlapping intervals from (gap, length, rate) steps, and minute rates."""
    starts, ends, rates, t = [], [], [], 0
    for gap, length, rate in spec:
        starts.append(t + gap)
        ends.append(t + gap + length)
        rates.append(rate)
        t += gap + length
    minutes = np.zeros(t)
    for s, e, r in zip(starts, ends, rates, strict=True):
        minutes[s:e] = r
    return np.array(starts), np.array(ends), np.array(rates), minutes


@SETTINGS
@given(intervals, st.integers(1, 200))
def test_max_window_sum_agrees_with_minute_by_minute_sums(spec: list, length: int) -> None:
    starts, ends, rates, minutes = _arrays(spec)
    lo, hi = int(starts[0]), max(int(starts[0]), int(ends[-1]) - length)
    padded = np.concatenate((minutes, np.zeros(length)))
    brute = max(padded[t : t + length].sum() for t in range(lo, hi + 1))
    fast, at = max_window_sum(starts, ends, rates, length)
    assert np.isclose(fast, brute)
    assert np.isclose(padded[at : at + length].sum(), brute)


@SETTINGS
@given(st.lists(st.tuples(intervals, st.integers(1, 200)), min_size=1, max_size=5))
def test_stacked_window_sums_are_each_timelines_own_bit_for_bit(specs: list) -> None:
    timelines = [(_arrays(spec), length) for spec, length in specs]
    stack = Stack.of([a[0] for a, _ in timelines], [a[1] for a, _ in timelines])
    rates = np.concatenate([a[2] for a, _ in timelines])
    lengths = np.array([length for _, length in timelines])
    [(sums, at)] = max_window_sums(stack, [rates], lengths)
    for k, ((starts, ends, own_rates, minutes), length) in enumerate(timelines):
        alone = max_window_sum(starts, ends, own_rates, length)
        assert (float(sums[k]), int(at[k])) == alone
        padded = np.concatenate((minutes, np.zeros(length)))
        assert np.isclose(padded[alone[1] : alone[1] + length].sum(), alone[0])


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(-3, 3)), max_size=60))
def test_first_best_is_each_owners_first_argmax(pairs: list) -> None:
    pairs.sort(key=lambda pair: pair[0])  # owners sorted; a stable sort keeps ties in order
    owner = np.array([o for o, _ in pairs], dtype=np.intp)
    values = np.array([v for _, v in pairs], dtype=float)
    first = first_best(values, owner, 8)
    for k in range(8):
        mine = np.flatnonzero(owner == k)
        assert first[k] == (mine[np.argmax(values[mine])] if len(mine) else len(values))


@SETTINGS
@given(intervals, st.integers(1, 30))
def test_stretches_between_rests_agree_with_a_minute_scan(spec: list, min_rest: int) -> None:
    starts, ends, _, minutes = _arrays(spec)
    working = np.zeros(len(minutes), dtype=bool)
    for s, e in zip(starts, ends, strict=True):
        working[s:e] = True
    expected, current, idle, first = [], None, 0, True
    for minute, busy in enumerate(working):
        if busy:
            if current is None:
                current = [minute, minute + 1]
            elif idle >= min_rest and not first:
                expected.append(tuple(current))
                current = [minute, minute + 1]
            current[1] = minute + 1
            idle, first = 0, False
        else:
            idle += 1
    expected.append(tuple(current))
    first, last = stretches_between_rests(starts, ends, min_rest)
    assert list(zip(starts[first].tolist(), ends[last].tolist(), strict=True)) == expected


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from([C.office_clinical, C.legevakt_active, C.off]), st.integers(1, 10)
        ),
        min_size=1,
        max_size=10,
    )
)
def test_aml_13_hours_finding_matches_a_slow_hourly_reference(blocks: list[tuple[C, int]]) -> None:
    spec, t = [], 0
    for category, hours in blocks:
        spec.append((t, t + hours, category))
        t += hours
    hourly = [0 if c is C.off else 1 for c, hours in blocks for _ in range(hours)]
    worst = max(sum(hourly[s : s + 24]) for s in range(max(1, len(hourly) - 23)))
    found = [
        f
        for f in check_timelines(scenario(), [timeline("a", spec)])
        if f.rule_id == "aml-max-13h-24h"
    ]
    assert bool(found) == (worst > 13)
    if found:
        assert found[0].measured == worst


# ------------------------------------------------------------------ --date selects versions

RAW = YAML(typ="safe").load(
    (resources.files("simulator.rules") / "catalogue.yaml").read_text(encoding="utf-8")
)


@settings(max_examples=25, deadline=None)
@given(st.dates(dt.date(1999, 1, 1), dt.date(2031, 12, 31)))
def test_rules_list_date_selects_exactly_the_versions_in_force(day: dt.date) -> None:
    expected = sorted(
        (rule["id"], str(v["valid_from"]))
        for rule in RAW["rules"]
        for v in rule["versions"]
        if v["valid_from"] <= day and (v.get("valid_to") is None or day <= v["valid_to"])
    )
    result = CliRunner().invoke(
        app, ["rules", "list", "--date", day.isoformat(), "--format", "json"]
    )
    assert result.exit_code == 0
    listed = sorted((row["id"], row["valid_from"]) for row in json.loads(result.stdout))
    assert listed == expected


def _reference_daily_rest_breach(hourly_work: list[bool]) -> bool:
    """Hour by hour: a stretch since the end of the last 11-hour rest (or the start) may not
    reach past 13 hours of elapsed time at the end of a working hour."""
    stretch_start, idle = None, 0
    for hour, working in enumerate(hourly_work):
        if not working:
            idle += 1
            continue
        if stretch_start is None or idle >= 11:
            stretch_start = hour
        idle = 0
        if hour + 1 - stretch_start > 13:
            return True
    return False


@SETTINGS
@given(st.lists(st.tuples(st.booleans(), st.integers(1, 12)), min_size=1, max_size=12))
def test_daily_rest_finding_matches_an_hourly_reference(blocks: list[tuple[bool, int]]) -> None:
    spec, hourly, t = [], [], 0
    for working, hours in blocks:
        spec.append((t, t + hours, C.office_clinical if working else C.off))
        hourly += [working] * hours
        t += hours
    found = [
        f
        for f in check_timelines(scenario(), [timeline("a", spec)])
        if f.rule_id == "aml-daily-rest"
    ]
    assert bool(found) == _reference_daily_rest_breach(hourly)


# ------------------------------------------------------------------ timelines checked together

day_blocks = st.lists(
    st.tuples(
        st.sampled_from(
            [
                C.office_clinical,
                C.legevakt_active,
                C.legevakt_on_call,
                C.travel,
                C.backup_on_call,
                C.off,
            ]
        ),
        st.integers(1, 14),
    ),
    min_size=1,
    max_size=14,
)


@SETTINGS
@given(st.lists(day_blocks, min_size=2, max_size=4), st.lists(st.booleans(), min_size=4))
def test_timelines_checked_together_give_each_ones_findings(
    blocks: list[list[tuple[C, int]]], salaried: list[bool]
) -> None:
    ids = [f"d{i}" for i in range(len(blocks))]
    doctors = [
        gp(d, employment="salaried" if s else "self_employed")
        for d, s in zip(ids, salaried, strict=False)
    ]
    checked = scenario(plan(physicians=doctors))
    timelines = []
    for d, spec in zip(ids, blocks, strict=True):
        ends = np.cumsum([h for _, h in spec]).tolist()
        starts = [0, *ends[:-1]]
        timelines.append(
            timeline(d, [(a, b, c) for a, b, (c, _) in zip(starts, ends, spec, strict=True)])
        )
    alone = [f for t in timelines for f in check_timelines(checked, [t])]
    assert check_timelines(checked, timelines) == sort_findings(alone)
