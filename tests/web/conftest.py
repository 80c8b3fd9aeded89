"""Fixtures for the dashboard: the seeded college, the app with a fixed clock, a client."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.testclient import TestClient

from bot.settings import load_settings
from bot.web.app import build_web_app
from tests.web.seed import ADMIN_TG, BOT_TOKEN, NOW, College, seed, sign_in_link


class Sent:
    """A hand-written fake of the bot's send: records (telegram id, text)."""

    def __init__(self) -> None:
        self.messages: list[tuple[int, str]] = []

    async def __call__(self, chat_id: int, text: str) -> None:
        self.messages.append((chat_id, text))


class Clock:
    """A fixed clock the test may move on purpose."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def college(engine: Engine) -> College:
    return seed(engine)


@pytest.fixture
def sent() -> Sent:
    return Sent()


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def web_app(engine: Engine, college: College, sent: Sent, clock: Clock) -> Starlette:
    settings = load_settings(
        database_url=str(engine.url),
        telegram_bot_token=BOT_TOKEN,
        admins=frozenset({ADMIN_TG}),
        timezone="Asia/Shanghai",
        _env_file=None,
    )
    return build_web_app(settings, engine=engine, clock=clock, notify=sent)


@pytest.fixture
def client(web_app: Starlette) -> Iterator[TestClient]:
    with TestClient(web_app, base_url="http://127.0.0.1") as client:
        yield client


def signed_in(client: TestClient, engine: Engine, person_id: int) -> TestClient:
    """The client with a session for the person, through a real one-time link."""
    token = sign_in_link(engine, person_id)
    response = client.get(f"/signin/{token}", follow_redirects=False)
    assert response.status_code == 303, response.text
    return client
