"""'Did you mean' for mistyped keys and ids: the nearest known spelling, if one is close."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from simulator.scenario.texts import Text

SIMILARITY = 0.6  # difflib ratio from which a known name counts as the likely intended one


def did_you_mean(word: str, choices: Iterable[str]) -> Text | str:
    """ "; did you mean 'x'?" for the closest choice, or "" when none is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=SIMILARITY)
    return Text("did_you_mean", {"word": close[0]}) if close else ""
