"""One doctor's shift at a legevakt station (not a backup): take jobs until the shift ends, then
finish the one in hand.

The shift is a SimPy process written as callbacks on its events rather than as a generator:
each callback does what the generator did between two yields, so the events and the order in
which they are scheduled are those of the process, without resuming a generator for each.
Its start is an urgent event, as a process's `Initialize` is; its end, which nothing waits
for, is no event. Its timeouts and its waits for a job follow one another, so one event
(`clock`) serves for all: the doctor waits in the queue as its own request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import simpy
from simpy.events import URGENT

from simulator.engine.job_queue import Recurring, Timer
from simulator.scenario.legevakt import ShiftMode

if TYPE_CHECKING:
    from simulator.engine.legevakt import Job, Station

AFTER_THE_LAST = 1e-6  # minutes: a closing doctor waits past the last arrival, float-safe


class Doctor:
    """A doctor waits for jobs at their base (the station, or home on home call). At the end of
    the shift one event withdraws a waiting doctor's request, which ends the shift where it
    stands; a busy doctor finishes the job, returns to base and leaves. When the legevakt
    closes at the end of the shift (`closing`: when the last patient who called before it
    closed joins the queue), the doctor stays until then and the queue is empty."""

    __slots__ = (
        "base",
        "clock",
        "closing",
        "env",
        "here",
        "job",
        "physician",
        "queue",
        "start",
        "station",
        "stop",
        "waiting",
    )

    def __init__(
        self,
        station: Station,
        physician: str,
        start: float,
        end: float,
        mode: ShiftMode,
        home: str,
        closing: float | None,
    ) -> None:
        self.station = station
        self.env = env = station.env
        self.queue = station.store
        self.physician = physician
        self.start = start
        self.base = self.here = home if mode is ShiftMode.home_call else station.place
        self.closing = closing
        self.stop = end if closing is None else max(end, closing + AFTER_THE_LAST)
        self.waiting = False  # in the queue's requests for a job
        self.job: Job  # the job in hand, once there is one
        self.clock = Recurring(env)  # the shift's start, each job's end, each trip back
        self.clock.after(0, self._begin, URGENT)

    def _begin(self, _: simpy.Event) -> None:
        now = self.env._now
        if self.start > now:
            self.clock.after(self.start - now, self._begin)
            return
        Timer(self.env, self.stop - now, self._withdraw)
        self._next()

    def _withdraw(self, _: simpy.Event) -> None:
        """At the end of the shift: withdraw a request for a job that has not been met."""
        if self.waiting:
            self.waiting = False
            self.queue.get_queue.remove(self)

    def _next(self) -> None:
        """Take the next job, or wait for one; after the shift, go home (a trip that nothing
        waits for)."""
        queue = self.queue
        if self.env._now < self.stop or (self.closing is not None and queue.items):
            item = queue.take_now()
            if item is None:
                self.waiting = True
                queue.wait(self)
            else:
                self._work(item[1])
        elif self.here != self.base:
            self.station.go(self.physician, self.here, self.base)

    def take(self, item: tuple[int, Job]) -> None:
        """The request is met with `item` by an event (`JobQueue`)."""
        self.waiting = False
        self.job = item[1]
        self.clock.after(0, self._taken)

    def process(self, item: tuple[int, Job]) -> None:
        """The request is met with `item` now (`JobQueue`)."""
        self.waiting = False
        self._work(item[1])

    def _taken(self, _: simpy.Event) -> None:
        self._work(self.job)

    def _work(self, job: Job) -> None:
        busy, self.here = self.station.serve(self.physician, job, self.here)
        self.job = job
        self.clock.after(busy, self._done)

    def _done(self, _: simpy.Event) -> None:
        """After a job: its follow-up, if any; back to base if the queue is empty."""
        job = self.job
        if job.then is not None:
            self.station.follow_up(job.then, job.then_delay)
        if self.here != self.base and not self.queue.items:
            self.clock.after(self.station.go(self.physician, self.here, self.base), self._back)
        else:
            self._next()

    def _back(self, _: simpy.Event) -> None:
        self.here = self.base
        self._next()
