"""A consistent backup of the live database: SQLite's online backup API, or pg_dump.

Both run while the bot is up. SQLite's backup API copies the database page by page under its
own locking (a plain file copy of a WAL database can miss committed pages); PostgreSQL's
pg_dump reads one snapshot and writes the custom format that `pg_restore` reads back.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url


class BackupError(Exception):
    """The backup could not be made; the message names the fix."""


def backup_database(database_url: str, out: Path) -> str:
    """Write a backup of `database_url` to `out` (which must not exist); returns its kind."""
    if out.exists():
        raise FileExistsError(out)
    url = make_url(database_url)
    partial = out.with_name(out.name + ".partial")
    try:
        if url.get_backend_name() == "sqlite":
            _sqlite_backup(url, partial)
            kind = "sqlite"
        elif url.get_backend_name() == "postgresql":
            _pg_dump(url, partial)
            kind = "pg_dump"
        else:
            raise BackupError(f"cannot back up a {url.get_backend_name()} database")
        # Only a finished backup takes the name: a crash leaves `.partial`, never half a file.
        partial.rename(out)
    finally:
        partial.unlink(missing_ok=True)
    return kind


def _sqlite_backup(url: URL, target: Path) -> None:
    if not url.database or url.database == ":memory:" or not Path(url.database).exists():
        raise BackupError(f"no SQLite database at {url.database!r}; check DATABASE_URL")
    source = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()


def libpq_environment(url: URL) -> dict[str, str]:
    """The connection as libpq's variables: not on the command line, where `ps` shows it."""
    env = dict(os.environ)
    for name, value in (
        ("PGHOST", url.host),
        ("PGPORT", url.port),
        ("PGUSER", url.username),
        ("PGPASSWORD", url.password),
        ("PGDATABASE", url.database),
    ):
        if value is not None:
            env[name] = str(value)
    sslmode = url.query.get("sslmode")  # e.g. ?sslmode=require
    if isinstance(sslmode, str):
        env["PGSSLMODE"] = sslmode
    return env


def _pg_dump(url: URL, target: Path) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError(
            "pg_dump is not installed; install the PostgreSQL client "
            "(Debian/Ubuntu: apt-get install postgresql-client) of the server's major version"
        )
    result = subprocess.run(
        [pg_dump, "--format=custom", "--no-owner", f"--file={target}"],
        env=libpq_environment(url),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise BackupError(f"pg_dump failed: {last}")
