"""The doctors' queue of one legevakt station: SimPy's `PriorityStore` in what it does and in
the order of its events, with less Python per job.

Order is the contract (same seed, same result): a put adds the item at once and schedules an
event whose processing hands the first waiting request the best item, as SimPy's `StorePut`
does; a request is served at once when it is the first waiting and an item is there, as
`StoreGet` is. What is left out is machinery the station never uses: capacity (the queue is
unbounded, so puts never wait), the queues of pending puts, and callbacks that find nothing to
do.
"""

from __future__ import annotations

import heapq
from typing import Any

import simpy
from simpy.events import PENDING


class JobQueue:
    """A heap of `items` (smallest first) and the `get_queue` of requests waiting for one."""

    def __init__(self, env: simpy.Environment) -> None:
        self.env = env
        self.items: list[Any] = []
        self.get_queue: list[Request] = []

    def put(self, item: Any) -> None:
        heapq.heappush(self.items, item)
        Handover(self)

    def get(self) -> Request:
        request = Request(self)
        self.get_queue.append(request)
        self._serve_first()
        return request

    def _serve_first(self, _: simpy.Event | None = None) -> None:
        """The first waiting request takes the best item, if there is one."""
        if self.get_queue and self.items:
            self.get_queue.pop(0).take(heapq.heappop(self.items))


class Request(simpy.Event):
    """A request for the next item; `cancel` withdraws it while it waits."""

    def __init__(self, queue: JobQueue) -> None:
        self.env = queue.env
        self.callbacks = []
        self._value = PENDING
        self.queue = queue

    def cancel(self) -> None:
        if self._value is PENDING:
            self.queue.get_queue.remove(self)

    def take(self, item: Any) -> None:
        """Meet the request with `item`: `succeed(item)` without its check, as only the
        queue meets its requests, once."""
        self._ok = True
        self._value = item
        self.env.schedule(self)


class Handover(simpy.Event):
    """The event of a put, triggered as it is made: when processed, the first waiting request
    takes the best item (an `Event` made, given the callback and `succeed`ed, in one call)."""

    def __init__(self, queue: JobQueue) -> None:
        self.env = queue.env
        self.callbacks = [queue._serve_first]
        self._ok = True
        self._value = None
        queue.env.schedule(self)
