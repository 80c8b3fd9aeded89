"""Shared fixtures: databases (SQLite always, PostgreSQL where reachable) and time."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from storage.db import make_engine, upgrade

TZ = ZoneInfo("Asia/Shanghai")
PG_URL = os.environ.get("ADVISORBOT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
# Under CI (or when asked) an unreachable PostgreSQL fails the run instead of skipping.
REQUIRE_PG = (
    os.environ.get("CI", "").lower() == "true" or os.environ.get("ADVISORBOT_REQUIRE_PG") == "1"
)


def local(*args: int) -> datetime:
    """An aware moment in the college's zone: local(2026, 11, 23, 20)."""
    return datetime(*args, tzinfo=TZ)  # type: ignore[misc]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (faster than migrating every time)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    target = tmp_path / "advisorbot.sqlite3"
    shutil.copy(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test session, dropped at the end."""
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # any driver error means: no server to test against
        admin.dispose()
        message = f"PostgreSQL not reachable at {PG_URL} ({type(exc).__name__}); set ADVISORBOT_TEST_PG_URL"
        if REQUIRE_PG:
            pytest.fail(message)
        pytest.skip(message)
    name = f"advisorbot_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_server_url: str) -> Iterator[str]:
    """The session's PostgreSQL database, emptied after each test that uses it."""
    yield pg_server_url
    engine = make_engine(pg_server_url)
    with engine.begin() as conn:
        tables = [
            "reminder_ledger",
            "open_questions",
            "activity_evidence",
            "form_submissions",
            "semester_plans",
            "invite_codes",
            "group_bindings",
            "activities",
            "classes",
            "people",
            "semesters",
            "update_inbox",
            "activity_changes",
            "link_requests",
            "link_attempts",
        ]
        conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each database test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
