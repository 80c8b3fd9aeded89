"""Engines, sessions and migrations. Nothing is built at import time: callers pass the URL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, *, busy_timeout: float = 30, **kwargs: Any) -> Engine:
    """An engine for `url`; SQLite gets WAL mode, foreign keys and a busy timeout.

    PostgreSQL gets no ping before each checkout (it cost ~13 % of a recorded message):
    a connection the server dropped fails on first use with `connection_invalidated`, the
    pool is emptied, and the caller runs its unit of work again (`is_dropped_connection`).
    The bot passes a short `busy_timeout`: SQLite waits for a lock inside the event loop,
    so a long wait would stop the bot reading updates; past it the write is retried later.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        connect_args = kwargs.pop("connect_args", {})
        # Several processes (the bot and `advisorbot remind`) may write at once.
        connect_args.setdefault("timeout", busy_timeout)
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", lambda conn, rec: _sqlite_pragmas(conn, rec, busy_timeout))
        # pysqlite's own transaction handling breaks SAVEPOINT; let SQLAlchemy emit BEGIN.
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", None):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, **kwargs)


_SQLITE_TRANSIENT = ("locked", "busy", "unable to open", "disk I/O")


def is_outage(error: BaseException) -> bool:
    """True when `error` means the database cannot be reached or written just now.

    The server down or restarting, a dropped connection, a pool that cannot hand out a
    connection, SQLite locked by another process: the same work succeeds once it is back.
    Programming errors and constraint violations are not outages.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, exc.DBAPIError) and current.connection_invalidated:
            return True
        if isinstance(current, exc.OperationalError) and isinstance(
            current.orig, sqlite3.OperationalError
        ):
            # SQLite also reports a missing table as "operational"; only these pass.
            return any(word in str(current.orig) for word in _SQLITE_TRANSIENT)
        if isinstance(current, exc.OperationalError | exc.InterfaceError | exc.TimeoutError):
            return True
        current = current.__cause__ or current.__context__
    return False


def is_dropped_connection(error: BaseException) -> bool:
    """A connection the server closed under us: running the work again at once succeeds."""
    return isinstance(error, exc.DBAPIError) and error.connection_invalidated


def _sqlite_pragmas(
    dbapi_connection: sqlite3.Connection, _record: object, busy_timeout: float
) -> None:
    dbapi_connection.isolation_level = None  # autocommit at the driver; see the begin hook
    cursor = dbapi_connection.cursor()
    try:
        database = cursor.execute("PRAGMA database_list").fetchone()
        if database and database[2]:  # a file, not :memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
    finally:
        cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for one unit of work each; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits when the block ends normally and rolls back otherwise."""
    with factory() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic configuration pointing at the migrations shipped inside this package."""
    script_location = Path(__file__).resolve().parent / "migrations"
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to `revision` (the latest schema by default)."""
    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
