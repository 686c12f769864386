"""Problems placed next to their fields; municipalities found by name or number."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from typer.testing import CliRunner

from simulator.app import roundtrip, schemaform, start
from simulator.app.annotate import annotate, section_of
from simulator.app.pickmap import pick_map
from simulator.app.plans import Plans, edit_section
from simulator.cli import app as cli
from simulator.starter.districts import Layout


def _annotated(text: str, section: str, edits: dict[str, str], lang: str = "en"):
    plan = Plans().add(text)
    edit_section(plan, section, edits)
    tree = plan.tree()
    form = schemaform.section_form(tree, section)
    mine = [p for p in plan.problems() if section_of(p) == section]
    left = annotate(form, mine, tree, lang)
    return form, left, plan.problems()


def test_a_problem_appears_next_to_its_field(shared_text: str) -> None:
    form, left, _ = _annotated(shared_text, "legevakt", {"legevakt/0/shifts/1/end": "9 o'clock"})
    (field,) = [f for f in form.fields() if f.problems]
    assert field.name == "legevakt/0/shifts/1/end" and left == []
    assert field.problems == ["'9 o'clock' is not a time of day; write it as HH:MM, e.g. '08:00'"]


def test_a_problem_reads_in_bokmal_as_validate_lang_nb_prints_it(shared_text: str) -> None:
    edits = {"legevakt/0/shifts/1/end": "9 o'clock"}
    form, _, problems = _annotated(shared_text, "legevakt", edits, "nb")
    (field,) = [f for f in form.fields() if f.problems]
    assert field.problems == [
        "«9 o'clock» er ikke et klokkeslett; skriv det som TT:MM, f.eks. «08:00»"
    ]
    assert [problem.said("nb") for problem in problems] == field.problems


def test_a_missing_required_key_appears_at_its_empty_field(shared_text: str) -> None:
    form, _, _ = _annotated(shared_text, "offices", {"offices/1/place": ""})
    (field,) = [f for f in form.fields() if f.problems]
    assert (field.name, field.problems) == ("offices/1/place", ["missing required key 'place'"])


def test_a_problem_without_a_field_goes_to_the_nearest_group(shared_text: str) -> None:
    plan = Plans().add(shared_text)
    tree = plan.tree()
    tree["kad"][0]["colour"] = "blue"  # not a key of the schema: no field shows it
    plan.text = roundtrip.dump(tree)
    form = schemaform.section_form(plan.tree(), "kad")
    left = annotate(form, plan.problems(), plan.tree(), "en")
    (item,) = [g for g in form.groups() if g.problems]
    assert item.name == "kad/0" and item.problems[0].startswith("unknown key 'colour'")
    assert left == []


def test_problems_of_other_sections_are_left_for_the_page(shared_text: str) -> None:
    _, _, problems = _annotated(shared_text, "scenario", {"scenario/weeks": "many"})
    form = schemaform.section_form(roundtrip.load(shared_text), "legevakt")
    assert annotate(form, problems, roundtrip.load(shared_text), "en") == problems
    assert [section_of(p) for p in problems] == ["scenario"]


def test_municipalities_by_name_number_or_pick() -> None:
    assert start.resolve("Andøy, 1870") == (("1871", "1870"), [])
    assert start.resolve("1871 Andøy, andøy, Sortland - Suortá") == (("1871", "1870"), [])
    assert start.resolve("301") == (("0301",), [])
    numbers, (unknown,) = start.resolve("Andøy, Sortlnd")
    assert numbers == ("1871",)
    assert unknown == start.Unknown("Sortlnd", ("1870 Sortland", "4636 Solund", "5059 Orkland"))
    assert "1871 Andøy" in start.choices() and len(start.choices()) == 357


def test_the_starting_plan_is_what_samsim_new_writes(tmp_path: Path) -> None:
    today = dt.date.today()
    target = tmp_path / "new.yaml"
    result = CliRunner().invoke(
        cli, ["new", "--municipalities", "1871,1870", "--legevakt", "shared", "--out", str(target)]
    )
    assert result.exit_code == 0, result.output
    text = start.starting_plan(("1871", "1870"), Layout.shared, today)
    assert text == target.read_text(encoding="utf-8")


def test_the_map_has_every_municipality_inside_its_frame() -> None:
    svg = pick_map()
    width, height = (float(v) for v in re.search(r'viewBox="0 0 (\S+) (\S+)"', svg).groups())
    circles = re.findall(r'<circle cx="(\S+)" cy="(\S+)" r="\S+" data-pick="([^"]+)"', svg)
    assert len(circles) == 357 and ("1871 Andøy" in {c[2] for c in circles})
    assert all(0 <= float(x) <= width and 0 <= float(y) <= height for x, y, _ in circles)
    tromso, oslo = (next(c for c in circles if c[2].startswith(n)) for n in ("5501", "0301"))
    assert float(tromso[1]) < float(oslo[1])  # north is up
