"""Locks between processes: one poller per database, one reminder sweep at a time.

PostgreSQL: session advisory locks on a connection held for the block (a killed process's
connection closes, so its lock is freed at once). SQLite: an `flock` on a file beside the
database (released by the kernel when the process dies). An in-memory SQLite database is
private to its process and needs no lock.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

INSTANCE_LOCK = "advisorbot:instance"
SWEEP_LOCK = "advisorbot:reminder-sweep"


class AlreadyRunning(Exception):
    """Another process holds the lock."""


def _key(name: str) -> int:
    """A stable signed 64-bit advisory lock key for a lock name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def _lock_path(engine: Engine, name: str) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(f"{database}.{name.rsplit(':', 1)[-1]}.lock")


class _FileLock:
    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

    def try_acquire(self) -> bool:
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def close(self) -> None:
        os.close(self._fd)  # closing the descriptor releases the lock


class _AdvisoryLock:
    def __init__(self, engine: Engine, name: str) -> None:
        self._key = _key(name)
        # Its own connection, autocommit: the lock lives exactly as long as this connection.
        self._conn: Connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")

    def try_acquire(self) -> bool:
        return bool(
            self._conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self._key}).scalar()
        )

    def close(self) -> None:
        # The connection goes back to the pool, so the lock must be given up explicitly
        # (a connection that died has lost it already).
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self._key})
        except DBAPIError:
            self._conn.invalidate()
        finally:
            self._conn.close()


@contextmanager
def held(engine: Engine, name: str) -> Iterator[bool]:
    """Try to take the lock `name` for the block; yields whether it was taken (no waiting)."""
    lock: _FileLock | _AdvisoryLock | None
    if engine.dialect.name == "postgresql":
        lock = _AdvisoryLock(engine, name)
    else:
        path = _lock_path(engine, name)
        lock = _FileLock(path) if path is not None else None
    if lock is None:
        yield True
        return
    try:
        yield lock.try_acquire()
    finally:
        lock.close()


@contextmanager
def instance_lock(engine: Engine) -> Iterator[None]:
    """The one-poller lock of `advisorbot run`; raises AlreadyRunning when it is taken."""
    with held(engine, INSTANCE_LOCK) as taken:
        if not taken:
            raise AlreadyRunning
        yield


@contextmanager
def sweep_lock(engine: Engine) -> Iterator[bool]:
    """One reminder sweep at a time over all instances: `with sweep_lock(engine) as mine:`.

    Yields False when another process is sweeping just now; the caller then skips this
    round (the next one comes in 15 minutes, and the ledger keeps sends single anyway).
    """
    with held(engine, SWEEP_LOCK) as taken:
        if not taken:
            log.info("another process is running the reminder sweep; skipping this one")
        yield taken
