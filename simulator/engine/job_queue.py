"""The doctors' queue of one legevakt station: SimPy's `PriorityStore` in what it does and in
the order of its events, with less Python per job and fewer events.

Order is the contract (same seed, same result): a put adds the item at once and schedules an
event whose processing hands the first waiting request the best item, as SimPy's `StorePut`
does; a request is served at once when it is the first waiting and an item is there, as
`StoreGet` is. What is left out is machinery the station never uses: capacity (the queue is
unbounded, so puts never wait), the queues of pending puts, and callbacks that find nothing to
do.

Fewer events: when nothing else is due at this moment (`nothing_else_now`), an event scheduled
now as the last thing of what is being processed would be the next one processed. It is then
processed at once instead (`put(last=True)`, `take_now`): the same callbacks run on the same state,
and the events scheduled later keep their order among themselves. Events that nothing waits
for (the end of a process, a doctor's last trip home) are not made at all.

Less Python per event: events are scheduled as SimPy's `Environment.schedule` does, a push of
(time, priority, id, event) onto its heap, and the time is read from `Environment._now`,
without a method call for either; a chain of timeouts of which one at most is pending reuses
one event (`Recurring`).
"""

from __future__ import annotations

from collections.abc import Callable
from heapq import heappop, heappush
from typing import Any, Protocol

import simpy
from simpy.events import NORMAL, PENDING


def nothing_else_now(env: simpy.Environment) -> bool:
    """No event is due at this moment, so one scheduled now would be processed next."""
    queue = env._queue
    return not queue or queue[0][0] > env._now


class Timer(simpy.Event):
    """SimPy's `Timeout` with its callback, made in one call (no check of the delay, which the
    engine never makes negative)."""

    def __init__(
        self,
        env: simpy.Environment,
        delay: float,
        callback: Callable[[simpy.Event], None],
        value: Any = None,
        priority: int = NORMAL,
    ) -> None:
        self.env = env
        self.callbacks = [callback]
        self._ok = True
        self._value = value
        heappush(env._queue, (env._now + delay, priority, next(env._eid), self))


class Recurring(simpy.Event):
    """A timeout scheduled again once processed: one event for a chain of timeouts of which
    one at most is pending (a feed's arrivals, a doctor's work), not an object for each."""

    def __init__(self, env: simpy.Environment) -> None:
        self.env = env
        self.callbacks = None  # processed: not pending
        self._ok = True
        self._value = None

    def after(
        self, delay: float, callback: Callable[[simpy.Event], None], priority: int = NORMAL
    ) -> None:
        """Be processed `delay` from now, calling `callback` (once processed since last time)."""
        env = self.env
        self.callbacks = [callback]
        heappush(env._queue, (env._now + delay, priority, next(env._eid), self))


class Waiter(Protocol):
    """What waits in a queue's `get_queue` for an item: a `Request`, or a doctor (a request
    of its own, without an event object for each wait)."""

    def take(self, item: Any) -> None:
        """Be met with `item` by an event scheduled now."""

    def process(self, item: Any) -> None:
        """Be met with `item` now, as that event's processing would."""


class JobQueue:
    """A heap of `items` (smallest first) and the `get_queue` of those waiting for one."""

    def __init__(self, env: simpy.Environment) -> None:
        self.env = env
        self.items: list[Any] = []
        self.get_queue: list[Waiter] = []

    def put(self, item: Any, last: bool = False) -> None:
        """Add `item` and hand it to the first waiting request: by an event, processed after
        those due now before it; at once if the put is the caller's last act (`last`) and
        nothing else is due now, as that event would be the next processed (and the request's
        event, met then, the next after it)."""
        heappush(self.items, item)
        if not (last and nothing_else_now(self.env)):
            Timer(self.env, 0, self._serve_first)
        elif self.get_queue:
            self.get_queue.pop(0).process(heappop(self.items))

    def take_now(self) -> Any | None:
        """The best item for a request made now as the caller's last act, if the request
        would be met at once and its event processed next; else None (make the request)."""
        if self.items and not self.get_queue and nothing_else_now(self.env):
            return heappop(self.items)
        return None

    def get(self, callback: Callable[[simpy.Event], None] | None = None) -> Request:
        """A request for the best item, met at once if one is there and nobody waits before;
        `callback` is called with it when its event is processed."""
        request = Request(self, callback)
        self.wait(request)
        return request

    def wait(self, waiter: Waiter) -> None:
        """`waiter` waits for the best item, met at once if one is there and nobody waits
        before."""
        self.get_queue.append(waiter)
        if self.items:
            self._serve_first()

    def _serve_first(self, _: simpy.Event | None = None) -> None:
        """The first waiting request takes the best item, if there is one."""
        if self.get_queue and self.items:
            self.get_queue.pop(0).take(heappop(self.items))


class Request(simpy.Event):
    """A request for the next item; `cancel` withdraws it while it waits."""

    def __init__(
        self, queue: JobQueue, callback: Callable[[simpy.Event], None] | None = None
    ) -> None:
        self.env = queue.env
        self.callbacks = [] if callback is None else [callback]
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
        env = self.env
        heappush(env._queue, (env._now, NORMAL, next(env._eid), self))

    def process(self, item: Any) -> None:
        """Meet the request with `item` and process its event now, as `Environment.step`
        would (for an event that would be the next processed)."""
        self._ok = True
        self._value = item
        callbacks, self.callbacks = self.callbacks, None
        for callback in callbacks:
            callback(self)
