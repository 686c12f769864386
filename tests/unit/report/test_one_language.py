"""One language: no message of the bokmål catalogue holds an English word, and no English
message a bokmål word; the answer `run`, `compare` and `sweep` print is wholly in the
language of --lang.

The check is a list of marker words per language: common words that the other language
never uses. Norwegian domain terms of the glossary (legevakt, kommune, fastlege, KAD,
sykestue) are English text as well, and law names in a citation "(... § ...)" are left as
they are.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simulator.cli import app
from simulator.commands import common
from simulator.report.i18n import CATALOGUES
from simulator.scenario import load_scenario

ENGLISH = {
    "the", "and", "of", "with", "without", "shifts", "doctor", "doctors", "municipality",
    "breach", "breaches", "persons", "replications", "mean", "waiting", "rule", "summary",
    "share", "hours", "week", "people", "none", "between",
}  # fmt: skip
BOKMAL = {
    "og", "av", "med", "uten", "vakter", "lege", "leger", "brudd", "personer", "replikasjoner",
    "snitt", "ventetid", "sammendrag", "til", "ikke", "eller", "timer", "uke", "andel",
    "innbyggere", "planen", "mellom",
}  # fmt: skip
OTHER = {"nb": ENGLISH, "en": BOKMAL}
CITATION = re.compile(r"\([^()]*§[^()]*\)")
PLACEHOLDER = re.compile(r"\{[^}]*\}")
WORD = re.compile(r"[^\W\d_]+")
ROOT = Path(__file__).resolve().parents[3]
runner = CliRunner()


def foreign_words(text: str, lang: str) -> set[str]:
    bare = CITATION.sub("", PLACEHOLDER.sub("", text))
    return {w.lower() for w in WORD.findall(bare)} & OTHER[lang]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_no_message_holds_a_word_of_the_other_language(lang: str) -> None:
    mixed = {k: v for k, v in CATALOGUES[lang].items() if foreign_words(v, lang)}
    assert mixed == {}


def test_the_marker_words_find_the_other_language() -> None:
    english = {"of", "shifts", "without", "doctor"}
    assert foreign_words("5 of 8 shifts without a doctor", "nb") == english
    assert foreign_words("5 av 8 vakter uten lege", "en") == {"av", "vakter", "uten", "lege"}
    assert foreign_words("Kommunen (helse- og omsorgstjenesteloven § 3-5)", "en") == set()


SENJA = [str(ROOT / "scenarios" / f) for f in ("senja-senjalegen.yaml", "senja-solo.yaml")]
COMMANDS = {
    "run": ["run", "--weeks", "2"],
    "trial": ["run", "-n", "2", "--weeks", "2"],
    "compare": ["compare", *SENJA, "-n", "2"],
    "sweep": ["sweep", "--set", "policy.max_shift_frequency_days=4,7", "-n", "2"],
}


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_what_a_command_prints_is_in_one_language(command: str, lang: str) -> None:
    args = COMMANDS[command]
    if command == "sweep":
        args = [args[0], str(ROOT / "simulator" / "data" / "default.yaml"), *args[1:]]
    result = runner.invoke(app, [*args, "--lang", lang])
    assert result.exit_code == 0, result.output
    mixed = [line for line in result.output.splitlines() if foreign_words(line, lang)]
    assert mixed == []
    assert ("Sammendrag" if lang == "nb" else "Summary") in result.output


DESCRIBING = {
    "show": ["show", SENJA[1]],
    "idealtypes list": ["idealtypes", "list"],
    "check": ["check", SENJA[1]],  # its ages are measured in years: "61 år", not "61 years"
    "network": ["network", SENJA[1]],
    "locate": ["locate", SENJA[1], "--candidates", "finnsnes,skaland"],
    "rota size": ["rota", "size", SENJA[1], "--legevakt", "finnsnes-lv", "--max", "1"],
}
EXIT = {"rota size": 1}  # one doctor cannot staff Finnsnes legally (rest after duty)


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("command", sorted(DESCRIBING))
def test_what_a_describing_command_prints_is_in_one_language(
    command: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ids and the scenario's own title are data, written as the user wrote them; the console
    is wide, so that no id is folded into words (xdist workers fix COLUMNS at 80)."""
    monkeypatch.setattr(common.console, "width", 250)
    result = runner.invoke(app, [*DESCRIBING[command], "--lang", lang], env={"COLUMNS": "250"})
    assert result.exit_code == EXIT.get(command, 0), result.output
    title = load_scenario(SENJA[1]).scenario.title
    text = IDENT.sub("", result.output.replace(title, ""))
    mixed = [line for line in text.splitlines() if foreign_words(line, lang)]
    assert mixed == []
    assert result.output != runner.invoke(app, [*DESCRIBING[command], "--lang", OTHER_LANG[lang]])


OTHER_LANG = {"nb": "en", "en": "nb"}
IDENT = re.compile(r"\w+(?:[-_]\w+)+")  # ids: finnsnes-gp01, two_doctor_rule


def test_check_gives_the_units_of_the_rules_in_the_language() -> None:
    nb = runner.invoke(app, ["check", SENJA[1], "--lang", "nb"], env={"COLUMNS": "250"}).output
    en = runner.invoke(app, ["check", SENJA[1], "--lang", "en"], env={"COLUMNS": "250"}).output
    assert re.search(r"målt \d+ år; grense \d+ år", nb) and "years" not in nb
    assert re.search(r"measured \d+ years; limit \d+ years", en)


def test_show_prints_a_title_as_written_not_as_console_markup(tmp_path: Path) -> None:
    text = Path(SENJA[1]).read_text(encoding="utf-8")
    title = "  title: Senja – each municipality on its own"
    marked = text.replace(title, "  title: '[bold]Senja[/bold] [red]x'", 1)
    (tmp_path / "base").symlink_to(ROOT / "scenarios" / "base")
    (tmp_path / "plan.yaml").write_text(marked, encoding="utf-8")
    result = runner.invoke(app, ["show", str(tmp_path / "plan.yaml")])
    assert result.exit_code == 0, result.output
    assert "[bold]Senja[/bold] [red]x" in result.output


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_new_says_what_it_wrote_in_one_language(lang: str, tmp_path: Path) -> None:
    out = tmp_path / "plan.yaml"
    result = runner.invoke(
        app, ["new", "--out", str(out), "--municipalities", "5045", "--lang", lang]
    )
    assert result.exit_code == 0, result.output
    said = result.output.replace(str(out), "")
    assert not foreign_words(said, lang)
    assert ("innbyggere" if lang == "nb" else "inhabitants") in said


BROKEN = ROOT / "tests" / "scenarios" / "broken" / "several-problems.yaml"


@pytest.mark.parametrize("asked", [[], ["--lang", "nb"], ["--lang", "en"]])
def test_validate_prints_problems_in_one_language_bokmal_by_default(asked: list[str]) -> None:
    """The broken file states no language: without --lang its problems are in bokmål."""
    lang = asked[-1] if asked else "nb"
    result = runner.invoke(app, ["validate", *asked, str(BROKEN)], env={"COLUMNS": "250"})
    assert result.exit_code == 2
    text = IDENT.sub("", result.output.replace(str(BROKEN), ""))
    assert [line for line in text.splitlines() if foreign_words(line, lang)] == []
    assert ("5 feil funnet" if lang == "nb" else "5 problems found") in result.output


DEMO = str(ROOT / "simulator" / "data" / "default.yaml")
SAID = {  # what `new`, `rota` and `locate` say when they note or refuse, and how it starts
    "new merged": (
        ["new", "-o", "OUT", "--municipalities", "1931"],
        0,
        ("merk: 1931", "note: 1931"),
    ),
    "new split": (
        ["new", "-o", "OUT", "--municipalities", "1850"],
        2,
        ("feil: «1850»", "error: '"),
    ),
    "new unknown": (
        ["new", "-o", "OUT", "--municipalities", "9999,abc"],
        2,
        ("feil: «", "error: '"),
    ),
    "new neither": (["new", "-o", "OUT"], 2, ("feil: oppgi", "error: give")),
    "rota legevakt": (["rota", "make", DEMO, "--legevakt", "x"], 2, ("feil: ingen", "error: no")),
    "rota date": (["rota", "size", DEMO, "--from", "2026-13-01"], 2, ("feil: --from", "error: --")),
    "locate unknown": (
        ["locate", SENJA[1], "--candidates", "finnsnes,atlantis"],
        2,
        ("feil: ukjente", "error: unknown"),
    ),
}


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("case", sorted(SAID))
def test_notes_and_refusals_are_in_one_language(case: str, lang: str, tmp_path: Path) -> None:
    args, code, starts = SAID[case]
    out = str(tmp_path / "plan.yaml")
    result = runner.invoke(app, [out if a == "OUT" else a for a in args] + ["--lang", lang])
    assert result.exit_code == code, result.output
    said = result.output.replace(out, "")
    assert starts[lang == "en"] in said
    assert [line for line in said.splitlines() if foreign_words(line, lang)] == []
