"""A bot under test: the real Application, a real database, and LocalRequest instead of HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import SecretStr
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from telegram.ext import Application

from bot.app import build_application
from bot.local_api import Call, LocalRequest, UpdateFactory, buttons_of
from bot.settings import Settings
from storage.directory import add_semester
from storage.models import Activity
from storage.roster import import_roster, parse_roster
from tests.conftest import local

NOW = local(2026, 11, 23, 20)
ADMIN_ID = 500
ROSTER = """class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram
数学与应用数学2023-1班,2023,数学与应用数学,张老师,101,李辅导员,201
数学与应用数学2023-2班,2023,数学与应用数学,王老师,102,李辅导员,201
信息与计算科学2024-1班,2024,信息与计算科学,王老师,102,赵辅导员,202
统计学2022-1班,2022,统计学,陈老师,@chen_t,赵辅导员,202
"""
ZHANG, WANG, CHEN, LI, ZHAO, STRANGER = 101, 102, 103, 201, 202, 999
GROUP = -100123


def seed(engine: Engine) -> None:
    with Session(engine) as session:
        import_roster(session, parse_roster(ROSTER), NOW)
        add_semester(
            session,
            "2026-2027-1",
            NOW.date().replace(month=9, day=7),
            NOW.date().replace(year=2027, month=1, day=17),
        )
        session.commit()


@dataclass
class BotUnderTest:
    app: Application  # type: ignore[type-arg]
    request: LocalRequest
    updates: UpdateFactory
    engine: Engine
    clock: list[datetime]

    def user(
        self, user_id: int, lang: str = "zh-hans", username: str | None = None
    ) -> dict[str, Any]:
        return self.updates.user(user_id, f"user{user_id}", username, lang)

    async def say(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        lang: str = "zh-hans",
        username: str | None = None,
        **kwargs: Any,
    ) -> list[str]:
        """Send a message as `user_id`; returns the texts the bot sent in answer."""
        before = len(self.request.calls)
        update = self.updates.message(self.user(user_id, lang, username), text, chat_id, **kwargs)
        await self.app.process_update(update)
        return [
            str(c.params.get("text"))
            for c in self.request.calls[before:]
            if c.method in ("sendMessage", "editMessageText")
        ]

    def last_with_buttons(self) -> Call:
        return next(c for c in reversed(self.request.calls) if buttons_of(c))

    async def press(self, user_id: int, label_or_data: str, lang: str = "zh-hans") -> list[str]:
        """Press the button with this label (or callback data) under the last keyboard."""
        call = self.last_with_buttons()
        data = next(d for label, d in buttons_of(call) if label_or_data in (label, d))
        before = len(self.request.calls)
        await self.app.process_update(self.updates.press(self.user(user_id, lang), call, data))
        return [
            str(c.params.get("text"))
            for c in self.request.calls[before:]
            if c.method in ("sendMessage", "editMessageText")
        ]

    def activities(self, include_deleted: bool = False) -> list[Activity]:
        with Session(self.engine) as session:
            query = select(Activity).order_by(Activity.id)
            if not include_deleted:
                query = query.where(Activity.deleted_at.is_(None))
            return list(session.scalars(query))


def make_bot(engine: Engine, settings: Settings | None = None) -> BotUnderTest:
    settings = settings or Settings(
        telegram_bot_token=SecretStr("123:test"),
        database_url=str(engine.url),
        admins=frozenset({ADMIN_ID}),
    )
    request = LocalRequest()
    clock = [NOW]
    app = build_application(
        settings, engine=engine, request=request, rate_limit=False, clock=lambda: clock[0]
    )
    return BotUnderTest(
        app, request, UpdateFactory(app.bot, moment=lambda: clock[0]), engine, clock
    )
