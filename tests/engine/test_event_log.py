"""The optional full event log: its counts agree with the replication's own accounting, it
does not change the simulation, and it is streamed in batches and written atomically."""

from __future__ import annotations

import math

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands import run as run_command
from simulator.compiler import compile_plan
from simulator.engine import EventLog, RunResult, simulate
from simulator.engine.eventlog import Event, schema
from tests.support.scenarios import mixed_scenario

WEEKS = 6
SEED = 11


@pytest.fixture(scope="module")
def logged() -> tuple[RunResult, pd.DataFrame, list[int]]:
    batches: list[pa.RecordBatch] = []
    log = EventLog(batches.append, batch_rows=200)
    result = simulate(compile_plan(mixed_scenario(), WEEKS), SEED, WEEKS, log)
    log.flush()
    table = pa.Table.from_batches(batches, schema=schema())
    return result, table.to_pandas(), [b.num_rows for b in batches]


def _count(events: pd.DataFrame, name: str) -> int:
    return int((events.event == name).sum())


def test_the_log_accounts_for_every_contact_job_and_bed(logged):
    result, events, _ = logged
    c = result.conservation
    assert _count(events, "contact") == c.contacts
    assert _count(events, "to_gp_offices") == c.to_gp_offices
    assert _count(events, "advised") == c.nurse_only
    assert _count(events, "queued") == c.queued
    assert _count(events, "started") == c.started == _count(events, "ended")
    assert _count(events, "queued") - _count(events, "started") == c.waiting_at_end
    assert _count(events, "admitted") == c.bed_admitted
    assert _count(events, "transferred") == c.bed_transferred


def test_every_doctor_job_traces_back_to_its_contact(logged):
    _, events, _ = logged
    contacts = events[events.event == "contact"].set_index("contact")
    assert contacts.index.is_unique
    patients = events[(events.event == "queued") & (events.type != "bed")]
    assert set(patients.contact) <= set(contacts.index)
    first = patients.groupby("contact").time.min()
    assert (first >= contacts.time[first.index]).all()  # nobody queues before calling


def test_the_call_centre_kpi_follows_from_the_log(logged):
    result, events, _ = logged
    warmup = 7 * 24 * 60  # one week of warm-up in the test scenario
    contact_time = events[events.event == "contact"].set_index("contact").time
    answered = events[events.event == "answered"]
    counted = answered[contact_time[answered.contact].to_numpy() >= warmup]
    share = (counted.minutes <= 2).mean()  # akuttmedisinforskriften § 13 d: within 2 min
    assert share == pytest.approx(result.kpis["call_centre.answered_within_2_min"])


def test_travel_rows_carry_the_doctors_km(logged):
    _, events, _ = logged
    travel = events[events.event == "travel"]
    assert len(travel) > 0  # the home-call doctor drives to the station
    assert (travel.origin != travel.place).all()
    assert (travel.km > 0).all() and (travel.physician != "").all()


def test_logging_does_not_change_the_result(logged):
    result, _, _ = logged
    plain = simulate(compile_plan(mixed_scenario(), WEEKS), SEED, WEEKS)
    same = [
        k
        for k, v in plain.kpis.items()
        if v == result.kpis[k] or (math.isnan(v) and math.isnan(result.kpis[k]))
    ]
    assert len(same) == len(plain.kpis)


def test_rows_are_handed_on_in_bounded_batches(logged):
    _, events, sizes = logged
    assert len(sizes) > 2 and max(sizes) == 200  # never more than a batch held
    assert sum(sizes) == len(events)


runner = CliRunner()


def test_run_writes_the_event_log_only_when_asked(tmp_path):
    with_log, without = tmp_path / "with", tmp_path / "without"
    args = ["run", "--weeks", "1", "--seed", "3", "--out"]
    assert runner.invoke(app, [*args, str(with_log), "--events"]).exit_code == 0
    assert runner.invoke(app, [*args, str(without)]).exit_code == 0
    table = pq.read_table(with_log / "events.parquet")
    assert table.schema.equals(schema())
    assert table.num_rows > 0
    intervals = pq.read_table(with_log / "intervals.parquet")
    assert set(intervals.column_names) == {"physician", "start", "end", "category"}
    assert not (without / "events.parquet").exists()
    assert not (without / "intervals.parquet").exists()
    assert not list(with_log.glob(".*"))  # no temporary files left behind


def test_an_interrupted_run_leaves_no_event_log(tmp_path, monkeypatch):
    def failing(plan, seed, weeks, log):
        log.add(0.0, Event.contact, legevakt="lv")
        log.flush()  # a batch is already in the temporary file
        raise RuntimeError("interrupted")

    scenario = mixed_scenario()
    plan = compile_plan(scenario, 1)
    monkeypatch.setattr(run_command, "simulate", failing)
    with pytest.raises(RuntimeError):
        run_command.simulate_with_event_log(plan, 1, 1, tmp_path / "events.parquet")
    assert list(tmp_path.iterdir()) == []
