"""The app's pages through FastAPI's TestClient: no browser, no server."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

pytest.importorskip("fastapi", reason="needs the app extra: pip install -e '.[app]'")
from fastapi.testclient import TestClient

from simulator.app.web import create_app
from simulator.idealtypes.preconditions import check_plan
from simulator.scenario import load_scenario_text

REPOSITORY = Path(__file__).resolve().parents[3]
BASE = "http://127.0.0.1:8765"  # as the browser sees the app
FORM = {"content-type": "application/x-www-form-urlencoded"}


def _encoded(pairs: list[tuple[str, str]]) -> str:
    """A form with repeated keys, as a browser sends ticked boxes."""
    return urlencode(pairs)


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(tmp_path), base_url=BASE)


def _changed(before: str, after: str) -> list[tuple[str, str]]:
    """The (old, new) text of each changed line, cut to what differs."""
    pairs = []
    for old, new in zip(before.splitlines(), after.splitlines(), strict=True):
        if old != new:
            words = [
                (a, b) for a, b in zip(old.split(", "), new.split(", "), strict=True) if a != b
            ]
            pairs += words
    return pairs


def _new_plan(client: TestClient, typed: str = "Andøy, Sortland", layout: str = "shared") -> str:
    response = client.post("/plans/new", data={"municipalities": typed, "layout": layout})
    assert response.status_code == 200
    return str(response.url.path)


def test_bokmal_first_english_on_request(client: TestClient) -> None:
    assert "Ny plan fra offentlige data" in client.get("/").text
    client.get("/lang/en")
    page = client.get("/").text
    assert "A new plan from public data" in page and "Ny plan" not in page
    client.get("/lang/nb")
    assert "Ny plan fra offentlige data" in client.get("/").text


def test_an_unknown_municipality_is_named_with_near_ones(client: TestClient) -> None:
    page = client.post("/plans/new", data={"municipalities": "Sortlnd", "layout": "shared"}).text
    assert "«Sortlnd» er ikke en kommune i 2024. Mente du 1870 Sortland" in page


def test_an_edit_shows_the_cli_message_next_to_the_field(client: TestClient) -> None:
    url = _new_plan(client)
    form = {"section": "scenario", "action": "apply", "scenario/weeks": "six"}
    page = client.post(f"{url}/edit", data=form).text
    assert "Feil å rette: 1 " in page
    field = page[page.index('for="scenario/weeks"') :]
    field = field[: field.index("</div>")]
    assert "verdien må være et heltall (fikk &#39;six&#39;)" in field  # as validate --lang nb
    assert "Antall uker etter innkjøringen." in field and "Input should" not in page
    client.get("/lang/en")
    field = client.get(f"{url}?section=scenario").text
    field = field[field.index('for="scenario/weeks"') :]
    assert "Input should be a valid integer" in field and "Horizon after warm-up." in field
    client.get("/lang/nb")
    page = client.post(f"{url}/edit", data={**form, "scenario/weeks": "2"}).text
    assert "Planen er gyldig." in page


def test_add_and_remove_items(client: TestClient) -> None:
    url = _new_plan(client)
    add = {"section": "legevakt", "action": "add:legevakt/0/shifts"}
    client.post(f"{url}/edit", data=add)
    text = client.get(f"{url}/download").text
    assert "id: night-2" in text
    remove = {"section": "legevakt", "action": "remove:legevakt/0/shifts/3"}
    client.post(f"{url}/edit", data=remove)
    assert "night-2" not in client.get(f"{url}/download").text


def test_a_collaboration_from_the_library(client: TestClient) -> None:
    url = _new_plan(client)
    form = {"section": "collaborations", "action": "collaboration"}
    page = client.post(f"{url}/edit", data={**form, "idealtype": "shared_kommuneoverlege"}).text
    assert 'name="collaborations/0/members"' in page
    assert (
        "- id: shared-kommuneoverlege\n    type: shared_kommuneoverlege"
        in client.get(f"{url}/download").text
    )


def test_download_and_save_next_to_the_file(client: TestClient, tmp_path: Path) -> None:
    source = tmp_path / "senja" / "senja-solo.yaml"
    source.parent.mkdir()
    text = (REPOSITORY / "scenarios" / "senja-solo.yaml").read_text(encoding="utf-8")
    source.write_text(text.replace("include: base/senja-region.yaml\n", ""), encoding="utf-8")
    url = str(client.post("/plans/open", data={"path": str(source)}).url.path)
    download = client.get(f"{url}/download")
    assert download.headers["content-disposition"] == 'attachment; filename="senja-solo.yaml"'
    form = {"section": "scenario", "action": "save_as", "save_as_name": "copy.yaml"}
    client.post(f"{url}/edit", data={**form, "scenario/weeks": "8"})
    saved = (source.parent / "copy.yaml").read_text(encoding="utf-8")
    assert saved == download.text.replace("weeks: 52", "weeks: 8")
    assert saved.startswith("# yaml-language-server")  # comments kept


def test_a_missing_file_or_plan_is_said_not_raised(client: TestClient) -> None:
    assert (
        "Fant ingen fil /no/such.yaml."
        in client.post("/plans/open", data={"path": "/no/such.yaml"}).text
    )
    assert "Fant ingen plan p99" in client.get("/plans/p99").text


def test_a_comparison_runs_to_its_report(client: TestClient, tmp_path: Path) -> None:
    shared = _new_plan(client)
    own = _new_plan(client, "1871, 1870", "per-municipality")
    for url, name in ((shared, "felles"), (own, "hver-sin")):
        edits = {"section": "scenario", "scenario/id": name, "scenario/weeks": "1"}
        client.post(f"{url}/edit", data=edits)
    ids = [url.rsplit("/", 1)[-1] for url in (shared, own)]
    run = client.post("/runs", data={"plan": ids, "replications": "2"})
    status_url = f"{run.url.path}/status"
    deadline = time.monotonic() + 120
    while client.get(status_url).json()["state"] == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert client.get(status_url).json() == {"state": "done", "done": 4, "total": 4}
    page = client.get(str(run.url.path)).text
    assert "Ferdig: 2 replikasjoner" in page and 'id="report"' in page
    out = tmp_path / "results" / "run-1-felles-vs-hver-sin"
    assert f"--out {out}" in page
    assert client.get(f"{run.url.path}/files/report.html").status_code == 200
    assert client.get(
        f"{run.url.path}/files/calendars/hver-sin/andoy-legevakt.ics"
    ).text.startswith("BEGIN:VCALENDAR")
    assert client.get(f"{run.url.path}/files/../../outside.txt").status_code == 404


def test_runs_need_valid_plans(client: TestClient) -> None:
    url = _new_plan(client)
    client.post(f"{url}/edit", data={"section": "scenario", "scenario/weeks": "none"})
    page = client.post("/runs", data={"plan": [url.rsplit("/", 1)[-1]]}).text
    assert "har feil som må rettes" in page
    assert "Velg mellom én og fire planer." in client.post("/runs", data={}).text


def test_the_rule_check_tab_gives_the_findings_of_samsim_check(client: TestClient) -> None:
    url = _new_plan(client)
    page = client.get(f"{url}?section=rules").text
    scenario = load_scenario_text(client.get(f"{url}/download").text)
    found = check_plan(scenario, scenario.scenario.effective_rules_date)
    for severity in ("breach", "warning", "info"):
        expected = sum(f.severity == severity for f in found)
        assert page.count(f'<tr class="{severity}">') == expected, severity
    assert all(f.rule_id in page for f in found)
    client.post(f"{url}/edit", data={"section": "scenario", "scenario/weeks": "x"})
    assert "Rett feilene i planen først" in client.get(f"{url}?section=rules").text


def test_ids_are_ticked_and_the_written_order_kept(client: TestClient) -> None:
    url = _new_plan(client)
    page = client.get(f"{url}?section=legevakt").text
    assert 'type="checkbox" name="legevakt/0/municipalities" value="andoy" checked' in page
    before = client.get(f"{url}/download").text
    boxes = [
        ("legevakt/0/municipalities", ""),
        *[("legevakt/0/municipalities", m) for m in ("andoy", "sortland")],
    ]
    client.post(f"{url}/edit", content=_encoded([("section", "legevakt"), *boxes]), headers=FORM)
    assert client.get(f"{url}/download").text == before  # ticked in another order: unchanged
    client.post(
        f"{url}/edit",
        data={
            "section": "collaborations",
            "action": "collaboration",
            "idealtype": "shared_kommuneoverlege",
        },
    )
    ticked = [("collaborations/0/physicians", gp) for gp in ("", "sortland-gp-01", "andoy-gp-01")]
    client.post(
        f"{url}/edit", content=_encoded([("section", "collaborations"), *ticked]), headers=FORM
    )
    assert "physicians: [sortland-gp-01, andoy-gp-01]" in client.get(f"{url}/download").text


def test_other_sites_cannot_post_to_the_app(client: TestClient) -> None:
    evil = {"origin": "http://example.org"}
    assert (
        client.post("/plans/new", data={"municipalities": "1871"}, headers=evil).status_code == 403
    )
    assert client.get("/", headers={"host": "attacker.example:80"}).status_code == 403
    assert (
        client.post(
            "/plans/new", data={"municipalities": "1871"}, headers={"origin": BASE}
        ).status_code
        == 200
    )


def test_files_given_to_samsim_app_are_open_as_plans(tmp_path: Path) -> None:
    source = REPOSITORY / "scenarios" / "nordhordland.yaml"
    client = TestClient(create_app(tmp_path, [source]), base_url=BASE)
    assert 'href="/plans/p1">nordhordland</a>' in client.get("/").text
    assert client.get("/plans/p1/download").text == source.read_text(encoding="utf-8")


def test_a_filtered_page_edits_only_what_it_shows(client: TestClient) -> None:
    url = _new_plan(client)
    page = client.get(f"{url}?section=physicians&find=sortland-gp-10").text
    before = client.get(f"{url}/download").text
    ids = [p.id for p in load_scenario_text(before).physicians]
    others = f"{len(ids) - 1} til er ikke vist her"
    assert page.count('<details id="physicians/') == 1 and others in page
    form = {"section": "physicians", f"physicians/{ids.index('sortland-gp-10')}/age": "63"}
    client.post(f"{url}/edit", data=form)
    after = client.get(f"{url}/download").text
    ((old, new),) = _changed(before, after)
    assert old.startswith("age: ") and new == "age: 63"
    assert "{id: sortland-gp-10" in next(line for line in after.splitlines() if new in line)


def test_bad_requests_get_a_message_not_a_crash(client: TestClient) -> None:
    url = _new_plan(client)
    plan_id = url.rsplit("/", 1)[-1]
    for typed in ("0", "many", "100000"):
        page = client.post("/runs", data={"plan": [plan_id], "replications": typed}).text
        assert "Replikasjoner må være et helt tall fra 1 til 1000." in page
    page = client.post("/plans/new", data={"municipalities": "1871", "layout": "round"}).text
    assert "Velg en av legevaktmodellene i listen." in page
    assert client.get(f"{url}?section=nonsense").status_code == 200  # the scenario tab
    before = client.get(f"{url}/download").text
    client.post(f"{url}/edit", data={"section": "legevakt", "action": "add:nonsense"})
    assert client.get(f"{url}/download").text == before


def test_saving_says_where(client: TestClient, tmp_path: Path) -> None:
    url = _new_plan(client)
    page = client.post(f"{url}/edit", data={"section": "scenario", "action": "save"}).text
    assert f"Lagret i {tmp_path / 'andoy-and-1-more.yaml'}." in page
    (tmp_path / "blocked.yaml").mkdir()  # a folder where the file should go
    form = {"section": "scenario", "action": "save_as", "save_as_name": "blocked"}
    page = client.post(f"{url}/edit", data=form).text
    assert "Kunne ikke lagre: " in page
