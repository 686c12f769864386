"""Travel times the engine asks for: place-to-place minutes and km.

The engine only needs `minutes(a, b)` and `km(a, b)`; the travel network
(`simulator.network.travel.TravelNetwork`) provides them from its fastest paths over listed and
estimated legs, ferries included.
"""

from __future__ import annotations

from typing import Protocol


class TravelTimes(Protocol):
    def minutes(self, a: str, b: str) -> float: ...

    def km(self, a: str, b: str) -> float: ...
