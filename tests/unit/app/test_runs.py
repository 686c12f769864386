"""Runs from the app: the CLI's numbers, two at once undisturbed, cancel between replications."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from simulator.app.runs import Runs
from simulator.errors import Sentence
from simulator.experiment import api
from simulator.experiment.store import StoreMismatch
from simulator.report.excel import write_outcome
from simulator.report.i18n import Translator
from simulator.scenario import load_scenario_text
from tests.support.workbook import cells

TABLES = ("summary.csv", "differences.csv", "kpis.csv")


def _plans(*texts: str) -> list:
    return [(load_scenario_text(text), text) for text in texts]


def test_two_runs_at_once_give_the_numbers_of_the_experiment_layer(
    shared_text: str, own_text: str, tmp_path: Path
) -> None:
    runs = Runs(tmp_path / "app")
    first = runs.start(_plans(shared_text, own_text), 2, "nb")
    second = runs.start(_plans(own_text, shared_text), 2, "en")
    for run in (first, second):
        while run.state == "running":
            time.sleep(0.1)
        assert run.state == "done", run.error
    for run, order in ((first, (shared_text, own_text)), (second, (own_text, shared_text))):
        alone = tmp_path / f"alone-{run.id}"
        scenarios = [scenario for scenario, _ in _plans(*order)]
        outcome = api.compare(scenarios, api.Settings(replications=2, out=alone))
        for table in TABLES:
            assert (run.out / table).read_bytes() == (alone / table).read_bytes(), table
        excel = write_outcome(outcome, alone / "results.xlsx", Translator(run.lang))
        assert cells(run.out / "results.xlsx") == cells(excel)  # the workbook of --excel
        assert "results.xlsx" in run.files()["excel"]
        assert (run.out / "plans" / f"{run.names[0]}.yaml").read_text() == order[0]
    assert '<html lang="en"' in (second.out / "report.html").read_text()
    assert '<html lang="nb"' in (first.out / "report.html").read_text()


def test_cancel_stops_after_the_replication_under_way(shared_text: str, tmp_path: Path) -> None:
    runs = Runs(tmp_path)
    run = runs.start(_plans(shared_text), 200, "nb")
    while run.done == 0 and run.state == "running":
        time.sleep(0.05)
    run.cancel.set()
    while run.state == "running":
        time.sleep(0.05)
    assert run.state == "cancelled"
    assert 1 <= run.done < 200
    kept = list((run.out / "replications").rglob("*.json"))
    assert len(kept) >= run.done  # the finished replications stay for a rerun to resume
    assert not (run.out / "report.html").exists()


def test_one_plan_is_a_trial_as_samsim_run_gives_it(shared_text: str, tmp_path: Path) -> None:
    run = Runs(tmp_path / "app").start(_plans(shared_text), 2, "nb")
    while run.state == "running":
        time.sleep(0.1)
    assert run.state == "done", run.error
    alone = tmp_path / "alone"
    api.trial(load_scenario_text(shared_text), api.Settings(replications=2, out=alone))
    for table in ("summary.csv", "kpis.csv"):
        assert (run.out / table).read_bytes() == (alone / table).read_bytes(), table
    assert not (run.out / "differences.csv").exists()
    ((whole, doctors),) = run.calendar_links()  # one shared legevakt
    on_duty = set(re.findall(r"DESCRIPTION:([a-z0-9-]+)\\,", (run.out / whole).read_text()))
    prefix = f"calendars/{run.names[0]}/felles-legevakt-"
    assert {d.removeprefix(prefix).removesuffix(".ics") for d in doctors} == on_duty
    assert len(on_duty) >= 10  # most of the 14 GPs take turns


def test_a_refusal_is_shown_in_the_language_of_the_page(
    shared_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args, **kwargs):
        raise StoreMismatch(Sentence("store.mismatch", {"root": "ut"}))

    monkeypatch.setattr(api, "trial", refuse)
    runs = Runs(tmp_path / "app")
    for lang, words in (("nb", "ut inneholder resultater"), ("en", "ut holds results")):
        run = runs.start(_plans(shared_text), 2, lang)
        while run.state == "running":
            time.sleep(0.05)
        assert run.state == "failed" and run.error.startswith(words)
