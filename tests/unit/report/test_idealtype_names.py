"""The report names a collaboration by its idealtype's name in the library, in the report's
language, for every idealtype a scenario can hold (a missing name once crashed the report)."""

from __future__ import annotations

import pytest

from simulator.idealtypes.library import load_library
from simulator.report.description import _idealtype_name
from simulator.report.i18n import Translator
from simulator.scenario.registry import IDEALTYPES


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_registered_idealtype_has_a_name_in_both_languages(lang: str) -> None:
    t = Translator(lang)
    assert len(IDEALTYPES) >= 10  # the schema's idealtypes are registered on import
    for kind in IDEALTYPES:
        assert _idealtype_name(kind, t) == getattr(load_library()[kind].name, lang)
    assert _idealtype_name("time_commitment", Translator("nb")) == "Tidsforpliktelse"
