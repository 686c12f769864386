"""What every command needs: loading scenarios with problems reported, never a traceback."""

from __future__ import annotations

from contextvars import ContextVar
from importlib import resources
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console

from simulator.errors import EXIT_INVALID, InputError
from simulator.report.i18n import LANGUAGES, Translator
from simulator.scenario import Scenario, ScenarioError

console = Console(emoji=False)  # `:100:` in a location or a name stays as written
errors = Console(stderr=True, highlight=False, emoji=False)


def register(app: typer.Typer) -> None:
    """This module defines no commands."""


def default_scenario_path() -> Path:
    """The scenario embedded in the package, used when a command is given no file."""
    return Path(str(resources.files("simulator") / "data" / "default.yaml"))


# The language the running command speaks, once it has chosen one: a library's refusal raised
# deep below the command (`WordedError`) is said in it (`simulator.failures`).
SPOKEN: ContextVar[str] = ContextVar("spoken", default=LANGUAGES[0])


def translator(lang: str | None, scenario: Scenario | None = None) -> Translator:
    """The language asked for, else the scenario's, else bokmål; an unknown one is refused
    (`UnknownLanguage`, exit 2). The command speaks it from here on (`SPOKEN`)."""
    t = Translator(lang or (scenario.scenario.lang.value if scenario else LANGUAGES[0]))
    SPOKEN.set(t.lang)
    return t


def load_or_exit(path: Path | None, lang: str | None = None) -> Scenario:
    """Load `path` (or the embedded default) as `run` needs it; on problems print them all (in
    `lang`, else the scenario's language, else bokmål) and exit 2."""
    from simulator.preflight import load_runnable  # networkx and the rules: only when loading

    try:
        path = path or default_scenario_path()
        scenario = load_runnable(path)
    except ScenarioError as error:
        report_problems(error, path, lang)
        raise typer.Exit(EXIT_INVALID) from None
    translator(lang, scenario)  # the command speaks its language from here on
    return scenario


def report_problems(
    error: ScenarioError, source: Path | None = None, lang: str | None = None
) -> None:
    """Print every problem in `lang` (else the scenario's language, else bokmål), then a count
    naming the file loaded (problems may lie in the files it includes). An unknown `lang` is
    refused as bad input (`UnknownLanguage`)."""
    *problems, summary = error.lines(Translator(lang).lang if lang else None)
    for line in problems:
        errors.print(line, markup=False, soft_wrap=True)
    errors.print(f"{source}: {summary}" if source else summary, markup=False, soft_wrap=True)


def refuse(t: Translator, *messages: str) -> NoReturn:
    """Refuse bad input through the one error path (`simulator.failures`, exit 2): a line for
    each message, with the prefix `error:` in the language of `t`."""
    raise InputError("\n".join(t("cli.error", message=m) for m in messages))


def note(t: Translator, message: str) -> None:
    """A note on stderr beside the output, with the prefix `note:` in the language of `t`."""
    errors.print(t("cli.note", message=message), markup=False, soft_wrap=True)
