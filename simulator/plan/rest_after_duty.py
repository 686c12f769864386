"""The one reading of SFS 2305 § 7.4 third paragraph [S17] ("as a main rule at least 8 hours
off between two work periods after legevakt") that the rota, its rules check and the engine
share: which duties planned rest follows.

A bakvakt waits on call and works only when it is called in, so its waiting is no work period:
no rest is planned after a bakvakt duty. The rest a bakvakt called in at night needs follows
the work it was called in for, and only that (the simulated timelines:
`simulator.rules.timeline_checks.short_rests`, given by `simulator.engine.rest`). Every other
duty (on site, home call) is followed by the rest.
"""

from __future__ import annotations

from simulator.scenario.legevakt import ShiftMode


def rest_follows(mode: ShiftMode) -> bool:
    """Is planned rest due after a duty in `mode`? Not after a bakvakt."""
    return mode is not ShiftMode.backup
