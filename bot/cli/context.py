"""What the database commands share: settings, an upgraded engine and a session factory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.cli.common import fail_key
from bot.settings import Settings, load_settings
from reminders.policy import Policy, PolicyError, load_policy
from storage.db import make_engine, make_session_factory, unit_of_work, upgrade


@dataclass(frozen=True)
class CliContext:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        with unit_of_work(self.sessions) as session:
            yield session

    def policy(self) -> Policy:
        try:
            return load_policy(self.settings.config_path)
        except PolicyError as exc:
            fail_key("policy_error", error=exc)


def open_context(*, migrate: bool = True) -> CliContext:
    """Settings from the environment, and the database brought to the latest schema."""
    settings = load_settings()
    engine = make_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    return CliContext(settings, engine, make_session_factory(engine))
