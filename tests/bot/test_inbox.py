"""The inbox under long polling: what is stored before Telegram is told of delivery."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from telegram import Bot, Update
from telegram.request import BaseRequest, RequestData

from bot.context import Services
from bot.inbox import FlushBeforePoll, PersistentUpdateQueue, replay_pending
from bot.local_api import UpdateFactory
from bot.settings import Settings
from storage.db import make_session_factory
from storage.models import InboxUpdate
from tests.conftest import local

ADVISOR, STRANGER = 101, 999


class RecordingRequest(BaseRequest):
    """The getUpdates request behind `FlushBeforePoll`: notes what the inbox held when asked."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.inbox_at_poll: list[list[int]] = []

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        self.inbox_at_poll.append(stored_ids(self.engine))
        return 200, b'{"ok": true, "result": []}'


def stored_ids(engine: Engine) -> list[int]:
    with Session(engine) as session:
        return sorted(session.scalars(select(InboxUpdate.update_id)))


@pytest.fixture
def services(engine: Engine) -> Services:
    return Services(
        settings=Settings(telegram_bot_token=SecretStr("1:x"), database_url=str(engine.url)),
        sessions=make_session_factory(engine),
        clock=lambda: local(2026, 11, 23, 20),
        known_telegram_ids={ADVISOR},
    )


def polling_queue(services: Services) -> PersistentUpdateQueue:
    queue = PersistentUpdateQueue(batch_until_poll=True)
    queue.attach(services)
    return queue


@pytest.fixture
def parts(
    engine: Engine, services: Services
) -> tuple[PersistentUpdateQueue, RecordingRequest, UpdateFactory]:
    factory = UpdateFactory(Bot("1:x"), moment=lambda: local(2026, 11, 23, 20))
    return polling_queue(services), RecordingRequest(engine), factory


def message(factory: UpdateFactory, user_id: int, text: str) -> Update:
    return factory.message(factory.user(user_id, f"user{user_id}", None, "zh-hans"), text)


async def poll(queue: PersistentUpdateQueue, inner: RecordingRequest, patience: float) -> None:
    request = FlushBeforePoll(inner, queue, settle_timeout=patience)
    await request.do_request("http://local/getUpdates", "POST")


async def test_a_batch_handled_before_the_next_poll_is_never_written(
    parts: tuple[PersistentUpdateQueue, RecordingRequest, UpdateFactory],
) -> None:
    queue, inner, factory = parts
    first, second = message(factory, ADVISOR, "今天查寝"), message(factory, ADVISOR, "今天听课")
    await queue.put(first)
    await queue.put(second)

    async def handle_soon() -> None:
        await asyncio.sleep(0.05)
        queue.handled(first)
        await asyncio.sleep(0.05)
        queue.handled(second)

    handler = asyncio.create_task(handle_soon())
    await poll(queue, inner, patience=5.0)
    await handler
    # the poll waited for the batch (it did not take the 5 s), and nothing was stored
    assert inner.inbox_at_poll == [[]]
    assert stored_ids(inner.engine) == []


async def test_what_is_unhandled_at_the_poll_is_stored_first_and_dropped_once_handled(
    parts: tuple[PersistentUpdateQueue, RecordingRequest, UpdateFactory],
) -> None:
    queue, inner, factory = parts
    done, slow = message(factory, ADVISOR, "今天查寝"), message(factory, ADVISOR, "今天听课")
    stranger = message(factory, STRANGER, "今天查寝")
    for update in (done, slow, stranger):
        await queue.put(update)
    queue.handled(done)
    await poll(queue, inner, patience=0.05)
    # the confirming poll found the slow update stored; the stranger's is never stored
    assert inner.inbox_at_poll == [[slow.update_id]]
    queue.handled(slow)
    assert stored_ids(inner.engine) == []


@pytest.mark.parametrize("webhook_url", [None, "https://bot.example.edu/hook"])
async def test_the_application_stores_at_once_only_with_a_webhook(
    engine: Engine, webhook_url: str | None
) -> None:
    from bot.app import build_application
    from tests.bot.harness import ZHANG, seed

    seed(engine)
    settings = Settings(
        telegram_bot_token=SecretStr("1:x"), database_url=str(engine.url), webhook_url=webhook_url
    )
    application = build_application(settings, engine=engine, rate_limit=False)
    factory = UpdateFactory(application.bot, moment=lambda: local(2026, 11, 23, 20))
    update = message(factory, ZHANG, "今天查寝")
    await application.update_queue.put(update)
    # a webhook answers Telegram as soon as `put` returns: the update must be stored by then;
    # under long polling it is stored before the next poll, only if still unhandled
    assert stored_ids(engine) == ([update.update_id] if webhook_url else [])


async def test_an_update_replayed_after_a_restart_leaves_the_inbox_once_handled(
    parts: tuple[PersistentUpdateQueue, RecordingRequest, UpdateFactory], services: Services
) -> None:
    queue, inner, factory = parts
    left = message(factory, ADVISOR, "今天查寝")
    await queue.put(left)
    queue.flush()  # stored; then the process dies before handling it
    restarted = polling_queue(services)
    replayed = await replay_pending(
        services, restarted, lambda payload: Update.de_json(payload, factory.bot)
    )
    assert replayed == 1 and stored_ids(inner.engine) == [left.update_id]
    again = await restarted.get()
    assert isinstance(again, Update) and again.update_id == left.update_id
    restarted.handled(again)
    assert stored_ids(inner.engine) == []
