"""`advisorbot backup`: restored into a fresh database, it gives the same `status --json`."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.backup import libpq_environment
from storage.db import make_engine
from tests.cli.test_cli import cli
from tests.cli.test_exports import AT, recorded  # noqa: F401 - the fixture

PG_TOOLS = shutil.which("pg_dump") and shutil.which("pg_restore")


@pytest.fixture
def fresh_pg(pg_server_url: str) -> Iterator[str]:
    """An empty PostgreSQL database beside the session's, dropped afterwards."""
    admin = make_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    name = f"advisorbot_restore_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _status(url: str) -> str:
    result = cli(url, "status", "--at", AT, "--json")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_backup_restores_to_the_same_status(
    recorded: str,  # noqa: F811 - the fixture
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    before = _status(recorded)
    hours = '"rule": "hours_semester", "period": "2026-2027-1", "done": 6'
    assert hours in before  # the recorded activities are in what is compared
    out = tmp_path / "backup.bin"
    result = cli(recorded, "backup", "--out", str(out))
    if recorded.startswith("postgresql") and not PG_TOOLS:
        assert result.returncode == 1 and "postgresql-client" in result.stderr
        pytest.skip("pg_dump/pg_restore are not installed (the CI image has them)")
    assert result.returncode == 0, result.stderr
    assert out.exists() and not out.with_name("backup.bin.partial").exists()
    again = cli(recorded, "backup", "--out", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr

    if recorded.startswith("sqlite"):
        assert out.read_bytes()[:16] == b"SQLite format 3\x00"
        restored = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        shutil.copy(out, tmp_path / "restored.sqlite3")
    else:
        restored = request.getfixturevalue("fresh_pg")
        database = make_url(restored).database or ""
        result_restore = subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={database}", str(out)],
            env=libpq_environment(make_url(restored)),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result_restore.returncode == 0, result_restore.stderr
    assert _status(restored) == before
