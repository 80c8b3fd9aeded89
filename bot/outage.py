"""The database's health as the bot sees it, and the wait for its return.

When a handler fails because the database cannot be reached (PostgreSQL down, a dropped
connection, SQLite locked by another process), the update is not lost and not answered
with an error: `AdvisorApplication.process_update` marks the database down here, keeps
the update (its chat's later updates queue behind it, in order) and waits. A probe in a
worker thread, so the event loop keeps reading updates, tries the database every
`probe_interval` seconds; when it answers, every waiting update is handled again.
"""

from __future__ import annotations

import asyncio
import logging
import time

from sqlalchemy import Engine

log = logging.getLogger(__name__)


class DatabaseHealth:
    """Down or up; `wait_until_up` parks a caller until a probe succeeds."""

    def __init__(self, engine: Engine, probe_interval: float = 1.0) -> None:
        self._engine = engine
        self._probe_interval = probe_interval
        self._up = asyncio.Event()
        self._up.set()
        self._probe: asyncio.Task[None] | None = None
        self._down_since: float | None = None
        # Chats told "I'll save this once the database is back" during this outage.
        self.told: set[int] = set()

    @property
    def down(self) -> bool:
        return not self._up.is_set()

    def mark_down(self, error: BaseException) -> None:
        """The database failed just now: start probing (once per outage)."""
        if self.down:
            return
        log.warning("the database is unreachable (%s); holding updates until it is back", error)
        self._down_since = time.monotonic()
        self._up.clear()
        self.told.clear()
        self._probe = asyncio.create_task(self._probe_until_up(), name="database-probe")

    async def wait_until_up(self) -> None:
        await self._up.wait()

    async def _probe_until_up(self) -> None:
        while True:
            await asyncio.sleep(self._probe_interval)
            try:
                await asyncio.to_thread(self._try_database)
            except Exception as exc:  # any failure to reach or write it: still down
                log.debug("database probe failed: %s", exc)
                continue
            break
        took = time.monotonic() - (self._down_since or time.monotonic())
        log.warning("the database is back after %.1f s; handling the held updates", took)
        self._up.set()

    def _try_database(self) -> None:
        """A write lock taken and released: a locked SQLite file fails here, not only reads."""
        raw = self._engine.raw_connection()  # the driver's own: no autobegin in between
        try:
            cursor = raw.cursor()
            if self._engine.dialect.name == "sqlite":
                cursor.execute("BEGIN IMMEDIATE")
                cursor.execute("ROLLBACK")
            else:
                cursor.execute("SELECT 1")
                raw.rollback()
            cursor.close()
        except Exception:
            raw.invalidate()  # never hand a broken connection back to the pool
            raise
        raw.close()

    async def close(self) -> None:
        if self._probe is not None and not self._probe.done():
            self._probe.cancel()
        self._up.set()
