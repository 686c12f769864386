"""Each legevakt's `rota_file` is read at load time, so that a missing, binary or malformed
file, or one naming unknown doctors, is refused by `validate` at its line."""

from __future__ import annotations

from collections.abc import Iterator

from simulator.rota.csvinput import RotaInputError
from simulator.rota.rotafile import read_rota
from simulator.scenario import Scenario
from simulator.scenario.references import Issue
from simulator.scenario.texts import Text


def unreadable_rotas(scenario: Scenario) -> Iterator[Issue]:
    physicians = {p.id for p in scenario.physicians}
    legevakts = {lv.id for lv in scenario.legevakt}
    for index, legevakt in enumerate(scenario.legevakt):
        if legevakt.rota_file is None:
            continue
        try:
            read_rota(legevakt.rota_file, physicians, legevakts)
        except RotaInputError as error:
            yield Issue(("legevakt", index, "rota_file"), Text("rota_file", {"error": str(error)}))
