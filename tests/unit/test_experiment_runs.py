"""Running designs: identical results for any executor, resumable stores, sweeps."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from simulator.commands.common import default_scenario_path
from simulator.experiment.design import DesignRunner, Variant, kpi_series
from simulator.experiment.executors import ProcessExecutor, SerialExecutor
from simulator.experiment.replication import prepare_plan, simulate_replication
from simulator.experiment.store import ResultStore, StoreMismatch
from simulator.experiment.sweep import SweepError, apply, grid, parse_axis
from simulator.plan.plan import Plan
from simulator.report.i18n import Translator
from simulator.scenario import Scenario, load_scenario

CALLS: list[int] = []


def queue_model(scenario: Scenario, seed: np.random.SeedSequence) -> dict:
    """A tiny stand-in replication: exponential waits scaled by the scenario's population."""
    CALLS.append(1)
    rng = np.random.default_rng(seed)
    population = sum(m.population for m in scenario.municipalities)
    waits = rng.exponential(population / 1000, size=50)
    return {"kpis": {"wait|all": float(waits.mean()), "p90|all": float(np.quantile(waits, 0.9))}}


@pytest.fixture(scope="module")
def demo() -> Scenario:
    return load_scenario(default_scenario_path())


def test_results_do_not_depend_on_the_number_of_workers(demo: Scenario) -> None:
    variants = [Variant("demo", demo)]
    serial = DesignRunner(variants, queue_model, 5, SerialExecutor()).run(6)
    parallel = DesignRunner(variants, queue_model, 5, ProcessExecutor(2)).run(6)
    assert serial.payloads == parallel.payloads


PICKLED: list[str] = []


class CountedInput:
    """A prepared input that notes each time it is pickled (in this, the parent process)."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario

    def __getstate__(self) -> dict:
        PICKLED.append(self.scenario.scenario.id)
        return self.__dict__


def counted_model(prepared: CountedInput, seed: np.random.SeedSequence) -> dict:
    return queue_model(prepared.scenario, seed)


def test_workers_get_each_plan_pickled_once_and_the_same_results(
    demo: Scenario, tmp_path: Path
) -> None:
    variants = [Variant("a", demo), Variant("b", demo)]
    PICKLED.clear()
    store = ResultStore(tmp_path)
    parallel = DesignRunner(
        variants, counted_model, 5, ProcessExecutor(2), store, prepare=CountedInput
    ).run(6)
    assert len(PICKLED) == 2  # once per variant, not once per replication
    assert parallel.payloads == DesignRunner(variants, queue_model, 5).run(6).payloads
    assert store.load("b", 5) == parallel.payloads["b"][5]


def test_a_rerun_reuses_finished_replications_and_recomputes_damaged_ones(
    demo: Scenario, tmp_path: Path
) -> None:
    variants = [Variant("demo", demo)]
    first = DesignRunner(variants, queue_model, 1, store=ResultStore(tmp_path)).run(5)
    files = sorted((tmp_path / "replications" / "demo").glob("rep-*.json"))
    assert len(files) == 5
    files[1].write_text(files[1].read_text()[:20])  # truncated
    record = json.loads(files[3].read_text())
    record["payload"]["kpis"]["wait|all"] += 1  # silently altered
    files[3].write_text(json.dumps(record))
    CALLS.clear()
    store = ResultStore(tmp_path)
    second = DesignRunner(variants, queue_model, 1, store=store).run(5)
    assert len(CALLS) == 2
    assert sorted(p.name for p in store.damaged) == [files[1].name, files[3].name]
    assert second.payloads == first.payloads


def test_a_store_refuses_results_of_another_scenario(tmp_path: Path) -> None:
    ResultStore(tmp_path).open({"fingerprint": "a"})
    with pytest.raises(StoreMismatch):
        ResultStore(tmp_path).open({"fingerprint": "b"})


def test_auto_replications_stop_when_precise_enough(demo: Scenario) -> None:
    result = DesignRunner([Variant("demo", demo)], queue_model, 2, precision=0.1).run(None)
    assert result.converged
    assert 3 <= result.replications < 100


def test_sweep_paths_select_items_by_id(demo: Scenario) -> None:
    shift = demo.legevakt[0].shifts[0].id
    lv = demo.legevakt[0].id
    axes = [parse_axis(f"legevakt[{lv}].shifts[{shift}].doctors=1..3")]
    points = grid(axes)
    assert [p[axes[0].path] for p in points] == [1, 2, 3]
    changed = apply(demo, points[2])
    assert changed.legevakt[0].shifts[0].doctors == 3
    assert demo.legevakt[0].shifts[0].doctors == 1  # the original is untouched


@pytest.mark.parametrize(
    ("option", "en", "nb"),
    [
        ("legevakt[nowhere].name=x", "no legevakt item with id 'nowhere'", "med id «nowhere»"),
        ("policy.no_such_field=1", "no 'no_such_field' here", "ingen «no_such_field» her"),
        (
            "policy.max_shift_frequency_days=-3",
            "makes the scenario invalid:\n  policy.max_shift_frequency_days: ",
            "gjør scenarioet ugyldig:\n  policy.max_shift_frequency_days: ",
        ),
        ("policy.max_shift_frequency_days", "is not PATH=VALUES", "er ikke STI=VERDIER"),
        ("policy.max_shift_frequency_days=3..1", "is not a range", "er ikke et intervall"),
    ],
)
def test_bad_sweep_options_say_what_is_wrong_in_either_language(
    demo: Scenario, option: str, en: str, nb: str
) -> None:
    with pytest.raises(SweepError) as refused:
        axis = parse_axis(option)
        apply(demo, grid([axis])[0])
    for lang, fragment in (("en", en), ("nb", nb)):
        t = Translator(lang)
        assert fragment in "\n".join(t.said(s) for s in refused.value.sentences)


def test_a_kpi_missing_from_some_replications_is_nan_there() -> None:
    series = kpi_series([{"kpis": {"a|all": 1.0}}, {"kpis": {"a|all": 2.0, "b|all": 5.0}}])
    assert series["a|all"] == [1.0, 2.0]
    assert series["b|all"][0] != series["b|all"][0] and series["b|all"][1] == 5.0  # NaN first


def test_the_notebook_api_returns_dataframes(demo: Scenario) -> None:
    import simulator
    from simulator.experiment.api import Settings

    settings = Settings(replications=3, function=queue_model, prepare=lambda s: s)
    summary = simulator.trial(demo, settings)
    assert set(summary.kpi) == {"wait", "p90"} and (summary.n == 3).all()
    differences = simulator.compare([demo, demo], settings)
    assert (differences.difference == 0).all() and not differences.significant.any()
    points = simulator.sweep(demo, ["policy.max_shift_frequency_days=3,4"], settings=settings)
    assert len(set(points.variant)) == 2


@pytest.mark.parametrize(
    ("kpi", "lower"),
    [
        ("gp.wait_days.mean", True),
        ("gp.within_5_days", False),
        ("physician.on_call_hours_per_week.max", True),
        ("physician.weekly_hours.meetings.mean", None),
        ("legevakt.nhl-lv.doctor_hours_per_week", None),
        ("legevakt.nhl-lv.shift_nurse_hours_per_week", None),
        ("legevakt.nurse_hours_per_week", None),
        ("cost.nurses_nok", True),
        ("beds.occupancy", None),
    ],
)
def test_kpi_directions(kpi: str, lower: bool | None) -> None:
    from simulator.experiment.replication import lower_is_better

    assert lower_is_better(kpi) is lower


def rota_summary(plan: Plan, seed: np.random.SeedSequence) -> dict:
    """A stand-in replication that reports the plan's rota."""
    starts = sum(a.start.timestamp() for a in plan.rota)
    return {"kpis": {"shifts|all": float(len(plan.rota)), "starts|all": starts}}


def test_plans_of_several_variants_built_on_workers_equal_serial_ones(demo: Scenario) -> None:
    meta = demo.scenario.model_copy(update={"weeks": 4, "warmup_weeks": 1})
    short = demo.model_copy(update={"scenario": meta})
    busier = apply(short, {"physicians[grong-gp1].list_size": 1000})
    variants = [Variant("a", short), Variant("b", busier)]

    def run(executor: SerialExecutor | ProcessExecutor) -> DesignRunner:
        runner = DesignRunner(variants, rota_summary, 5, executor, prepare=prepare_plan)
        runner.run(2)
        return runner

    serial, parallel = run(SerialExecutor()), run(ProcessExecutor(2))
    assert serial.done == parallel.done
    assert all(serial._inputs[v.name].rota == parallel._inputs[v.name].rota for v in variants)


def test_a_result_directory_keeps_the_solved_rotas_for_reruns(
    demo: Scenario, tmp_path: Path
) -> None:
    from simulator.experiment.api import ROTA_CACHE, Settings, trial

    meta = demo.scenario.model_copy(update={"weeks": 2, "warmup_weeks": 1})
    short = demo.model_copy(update={"scenario": meta})
    first = trial(short, Settings(replications=1, out=tmp_path / "one"))
    assert list((tmp_path / "one" / ROTA_CACHE).glob("*.json"))
    shutil.copytree(tmp_path / "one" / ROTA_CACHE, tmp_path / "two" / ROTA_CACHE)
    second = trial(short, Settings(replications=1, out=tmp_path / "two"))
    assert first.result.payloads == second.result.payloads


SPREAD: list[object] = []


def spread_model(scenario: Scenario, seed: np.random.SeedSequence, executor=None) -> dict:
    SPREAD.append(executor)
    return queue_model(scenario, seed)


def test_split_runs_a_round_smaller_than_the_workers_here_on_the_workers(demo: Scenario) -> None:
    workers, SPREAD[:] = ProcessExecutor(2), []
    one = DesignRunner([Variant("demo", demo)], spread_model, 5, workers, split=True).run(1)
    assert [workers] == SPREAD  # called here, with the workers for its parts
    DesignRunner([Variant("demo", demo)], spread_model, 5, workers, split=True).run(2)
    assert [workers] == SPREAD  # two replications: each a task of its own, no executor
    assert one.payloads == DesignRunner([Variant("demo", demo)], queue_model, 5).run(1).payloads


def test_one_replication_split_over_workers_gives_the_serial_payload(demo: Scenario) -> None:
    def run(executor: SerialExecutor | ProcessExecutor) -> dict:
        variants = [Variant("demo", demo)]
        runner = DesignRunner(
            variants, simulate_replication, 5, executor, prepare=prepare_plan, split=True
        )
        return runner.run(1).payloads

    assert run(ProcessExecutor(2)) == run(SerialExecutor())
