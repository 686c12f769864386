"""The optional full event log of a replication: one row per thing that happened (a contact,
a call answered, a job queued, started and ended, a doctor's trip, a bed admission...).

The engine hands rows to an `EventLog` only when one is given to `simulate`; without one it
skips the logging entirely. Rows are collected in column lists and handed on in batches of
`batch_rows`, so memory stays bounded however long the run; `parquet_event_log` streams the
batches into a Parquet file. The columns are documented in docs/engine.md.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # PyArrow (36 MB) is imported when a log is written, not with the engine
    import pyarrow as pa

    from simulator.engine.arrivals import Contacts
    from simulator.engine.legevakt import Job

URGENCY_NAMES = ("red", "orange", "green")
BATCH_ROWS = 65_536


class Event(StrEnum):
    contact = "contact"  # a patient calls or comes to the legevakt (type: the contact type)
    to_gp_offices = "to_gp_offices"  # in office hours: the contact goes to the GP offices
    answered = "answered"  # a nurse answers the call (minutes: the wait)
    advised = "advised"  # the nurse's advice ends the contact (time: end of the call)
    queued = "queued"  # a doctor job joins the doctors' queue (type: the job kind)
    started = "started"  # a doctor starts the job (minutes: the wait in the queue)
    ended = "ended"  # the doctor finishes the job
    travel = "travel"  # a doctor's trip from origin to place (minutes, km)
    bed_work = "bed_work"  # a named doctor's admission or round work (minutes)
    admitted = "admitted"  # a bed unit admits a patient (minutes: length of stay)
    transferred = "transferred"  # no bed free: to hospital `place` (minutes, km)
    discharged = "discharged"  # a bed patient leaves


COLUMNS = (
    ("time", "float64"),
    ("event", "string"),
    ("legevakt", "string"),
    ("unit", "string"),
    ("contact", "int64"),
    ("type", "string"),
    ("urgency", "string"),
    ("municipality", "string"),
    ("origin", "string"),
    ("place", "string"),
    ("physician", "string"),
    ("minutes", "float64"),
    ("km", "float64"),
)


@functools.cache
def schema() -> pa.Schema:
    """The log's Arrow schema: `COLUMNS` with their Arrow types."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])


NAN = math.nan


class EventLog:
    """Collects rows and hands them to `write` as Arrow record batches."""

    def __init__(
        self, write: Callable[[pa.RecordBatch], None], batch_rows: int = BATCH_ROWS
    ) -> None:
        self._write = write
        self._batch_rows = batch_rows
        self._columns: dict[str, list] = {name: [] for name, _ in COLUMNS}
        self.rows = 0

    def add(
        self,
        time: float,
        event: Event,
        *,
        legevakt: str = "",
        unit: str = "",
        contact: int = 0,
        type: str = "",
        urgency: int | None = None,
        municipality: str = "",
        origin: str = "",
        place: str = "",
        physician: str = "",
        minutes: float = NAN,
        km: float = NAN,
    ) -> None:
        c = self._columns
        c["time"].append(time)
        c["event"].append(event.value)
        c["legevakt"].append(legevakt)
        c["unit"].append(unit)
        c["contact"].append(contact)
        c["type"].append(type)
        c["urgency"].append("" if urgency is None else URGENCY_NAMES[urgency])
        c["municipality"].append(municipality)
        c["origin"].append(origin)
        c["place"].append(place)
        c["physician"].append(physician)
        c["minutes"].append(minutes)
        c["km"].append(km)
        self.rows += 1
        if len(c["time"]) >= self._batch_rows:
            self.flush()

    def contact(self, time: float, legevakt: str, number: int, contacts: Contacts, i: int) -> None:
        self.add(
            time,
            Event.contact,
            legevakt=legevakt,
            contact=number,
            type=contacts.contact.value,
            urgency=int(contacts.urgency[i]),
            municipality=contacts.municipality,
            place=contacts.place,
        )

    def answered(
        self, time: float, wait: float, end: float, legevakt: str, number: int, job: Job | None
    ) -> None:
        """A nurse answered call `number` after `wait`; without a doctor job it ends at `end`."""
        self.add(time + wait, Event.answered, legevakt=legevakt, contact=number, minutes=wait)
        if job is None:
            self.add(end, Event.advised, legevakt=legevakt, contact=number)

    def job(self, time: float, event: Event, legevakt: str, job: Job, **extra) -> None:
        self.add(
            time,
            event,
            legevakt=legevakt,
            contact=job.number,
            type=job.kind,
            urgency=job.urgency,
            municipality=job.municipality,
            place=job.place,
            **extra,
        )

    def flush(self) -> None:
        """Hand the rows collected so far on as one batch."""
        if not self._columns["time"]:
            return
        import pyarrow as pa

        self._write(pa.RecordBatch.from_pydict(self._columns, schema=schema()))
        self._columns = {name: [] for name, _ in COLUMNS}


@contextmanager
def parquet_event_log(path: Path) -> Iterator[EventLog]:
    """An event log streamed into the Parquet file `path` (write it to a temporary file and
    rename it, see `simulator.files.write_atomic`); the file is complete when the block ends."""
    import pyarrow.parquet as pq

    with pq.ParquetWriter(path, schema()) as writer:
        log = EventLog(writer.write_batch)
        yield log
        log.flush()
