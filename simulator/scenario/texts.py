"""Validation messages by code, rendered in English or bokmål when shown, so that
`samsim validate --lang nb`, `samsim check` and the app say the same thing in one language.

A validator raises `invalid(code, **values)`: Pydantic keeps the code as the error's type and
the values as its context, and `Text.render` finds the wording in
`simulator/scenario/validation_texts.py`. Pydantic's own error types keep Pydantic's English
and take their bokmål from the same module."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import PydanticCustomError

from simulator.scenario.validation_texts import OWN, PYDANTIC_NB

LANGUAGES = ("en", "nb")


@dataclass(frozen=True)
class Text:
    """A message as its code and values; values may be `Text`s, rendered in the same language.
    `english` is Pydantic's own wording for its built-in error types."""

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
    english: str | None = None

    def render(self, lang: str) -> str:
        if lang == "en" and self.english is not None:
            return self.english
        template = PYDANTIC_NB[self.code] if self.english is not None else _own(self.code, lang)
        return template.format(**{k: shown(v, lang) for k, v in self.values.items()})

    def __str__(self) -> str:
        return self.render("en")


def invalid(code: str, **values: Any) -> PydanticCustomError:
    """The error a validator raises for the message `code` with its `values`."""
    return PydanticCustomError(code, _own(code, "en"), values)


def is_own(code: str) -> bool:
    return code in OWN


def shown(value: Any, lang: str) -> str:
    """A value as it reads in `lang`: a whole float without '.0', a decimal comma in bokmål."""
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.replace(".", ",") if lang == "nb" and isinstance(value, float) else text


def _own(code: str, lang: str) -> str:
    return OWN[code][LANGUAGES.index(lang)]
