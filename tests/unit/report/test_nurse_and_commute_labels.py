"""The nurse and commuting KPIs read in bokmål in a bokmål report."""

from __future__ import annotations

import pytest

from simulator.report.i18n import Translator
from simulator.report.kpis import kpi_label


@pytest.mark.parametrize(
    ("kpi", "label"),
    [
        (
            "legevakt.lv.call_centre_nurse_hours_per_week",
            "Legevakt · lv · sykepleier i legevaktsentralen timer per uke",
        ),
        (
            "legevakt.lv.shift_nurse_hours_per_week",
            "Legevakt · lv · sykepleier på vakt timer per uke",
        ),
        ("cost.nurses_nok", "Kostnad · sykepleiere kr"),
        ("travel.commute_km", "Reise · reise til og fra vakt km"),
    ],
)
def test_nurse_and_commute_kpis_are_labelled_in_bokmal(kpi: str, label: str) -> None:
    assert kpi_label(kpi, Translator("nb")) == label
