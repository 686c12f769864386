"""Every validation message exists in English and bokmål: samsim's own by code, Pydantic's by
its error type, and no validator in the scenario schema or the idealtypes says something in
English only."""

from __future__ import annotations

import ast
import string
import typing
from pathlib import Path

import pytest
from pydantic_core.core_schema import ErrorType

from simulator.scenario import ScenarioError, load_scenario
from simulator.scenario.texts import Text
from simulator.scenario.validation_texts import OWN, PYDANTIC_NB

ROOT = Path(__file__).parents[2]
PACKAGES = ("scenario", "idealtypes", "preflight")  # where the messages of `validate` are made
SOURCES = sorted(path for name in PACKAGES for path in (ROOT / "simulator" / name).glob("*.py"))
BROKEN = sorted((ROOT / "tests/scenarios/broken").glob("*.yaml"))
# Calls whose message argument a planner reads: it must be a keyed `Text`, not a string.
MESSAGE_CALLS = {"ValueError", "Issue", "single", "_error", "_located", "Problem"}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(OWN))
def test_own_messages_have_both_forms_with_the_same_values(code: str) -> None:
    english, bokmal = OWN[code]
    assert english.strip() and bokmal.strip()
    assert _placeholders(english) == _placeholders(bokmal)


def test_every_pydantic_error_type_has_a_bokmal_form() -> None:
    assert set(typing.get_args(ErrorType)) <= set(PYDANTIC_NB)


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_english_only_message(path: Path) -> None:
    """A message written as a string literal or f-string is English only: key it instead."""
    for call in _calls(path):
        if _name(call) in MESSAGE_CALLS:
            literal = [a for a in call.args if isinstance(a, ast.JoinedStr | ast.Constant)]
            texts = [
                a for a in literal if not isinstance(a, ast.Constant) or isinstance(a.value, str)
            ]
            assert not texts, (
                f"{path.name}:{call.lineno}: an English-only message; use Text/invalid"
            )


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_every_code_used_is_in_the_catalogue(path: Path) -> None:
    for call in _calls(path):
        if _name(call) in ("Text", "invalid") and call.args:
            code = call.args[0]
            if isinstance(code, ast.Constant):
                assert code.value in OWN, f"{path.name}:{call.lineno}: no message '{code.value}'"


@pytest.mark.parametrize("case", BROKEN, ids=lambda p: p.stem)
def test_every_problem_of_a_broken_file_reads_in_bokmal(case: Path) -> None:
    with pytest.raises(ScenarioError) as raised:
        load_scenario(case)
    for problem in raised.value.problems:
        assert problem.text is not None, f"{problem}: not keyed"
        assert problem.said("en") == problem.message
        assert problem.said("nb") != problem.message


def test_values_are_rendered_in_the_language() -> None:
    hint = Text("did_you_mean", {"word": "gp01"})
    text = Text("list_split_sum", {"total": 0.85, "hint": hint})
    assert text.render("en") == "list_split shares sum to 0.85, not 1"
    assert text.render("nb") == "andelene i list_split summerer til 0,85, ikke 1"
    nested = Text("unknown_key", {"key": "gp1", "hint": hint, "allowed": "id"})
    assert nested.render("nb") == "ukjent nøkkel «gp1»; mente du «gp01»? (tillatt her: id)"


def test_pydantic_messages_keep_their_english_and_translate_their_values(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    demo = (ROOT / "scenarios/alta.yaml").read_text(encoding="utf-8")
    path.write_text(demo.replace("  weeks: 52", "  weeks: -52", 1), encoding="utf-8")
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    (problem,) = raised.value.problems
    assert problem.message.startswith("Input should be greater than")
    assert problem.said("nb").startswith("verdien må være")
    assert "Input" not in problem.said("nb")
