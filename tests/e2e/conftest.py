"""The real `advisorbot run` process against the local Bot API server (tests/botapi)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from storage.db import make_engine, upgrade
from storage.directory import add_semester
from storage.models import Activity, Person
from storage.roster import import_roster, parse_roster
from tests.botapi.server import FakeBotApi

TOKEN = "424242:e2e-secret-token-value"
ADVISORS = 30
FIRST_ADVISOR = 10_001
COUNSELOR = 20_001
ADMIN = 30_001


def roster_text() -> str:
    lines = ["class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram"]
    for n in range(ADVISORS):
        lines.append(
            f"数学2025-{n + 1}班,2025,数学,班主任{n + 1:02d},{FIRST_ADVISOR + n},辅导员甲,{COUNSELOR}"
        )
    return "\n".join(lines) + "\n"


@dataclass
class BotProcess:
    """`python -m bot run` as a child process; its output goes to a log file."""

    env: dict[str, str]
    cwd: Path
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0
    logs: list[Path] = field(default_factory=list)

    def start(self) -> None:
        self.starts += 1
        log_file = self.log_path.with_suffix(f".{self.starts}.log")
        self.logs.append(log_file)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            env=self.env,
            cwd=self.cwd,
            stdout=log_file.open("wb"),
            stderr=subprocess.STDOUT,
        )

    def kill(self) -> None:
        """SIGKILL: no shutdown, no final getUpdates, nothing flushed."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)

    def output(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in self.logs if p.exists())


@dataclass
class World:
    api: FakeBotApi
    bot: BotProcess
    engine: Engine
    db_url: str

    def activity_count(self) -> int:
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(Activity)) or 0

    def person(self, name: str) -> Person:
        with Session(self.engine) as session:
            person = session.scalar(select(Person).where(Person.name == name))
            assert person is not None
            return person


def seed(engine: Engine) -> None:
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    with Session(engine) as session:
        import_roster(session, parse_roster(roster_text()), datetime.now(UTC))
        session.add(Person(name="新老师", is_advisor=True, created_at=datetime.now(UTC)))
        add_semester(session, "current", today - timedelta(days=60), today + timedelta(days=60))
        session.commit()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    db_url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    engine = make_engine(db_url)
    upgrade(engine)
    seed(engine)
    api = FakeBotApi(token=TOKEN).start_in_thread()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "ADVISORBOT_", "DATABASE_URL"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        DATABASE_URL=db_url,
        ADVISORBOT_ADMINS=str(ADMIN),
        ADVISORBOT_RATE_LIMIT="300",
        # No dashboard: parallel runs would fight over its default port (tests/web serves it).
        ADVISORBOT_WEB_PORT="0",
        PYTHONUNBUFFERED="1",
    )
    bot = BotProcess(env, tmp_path, tmp_path / "bot")
    try:
        yield World(api, bot, engine, db_url)
    finally:
        bot.stop()
        api.stop()
        engine.dispose()
