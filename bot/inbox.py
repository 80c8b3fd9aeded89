"""Durable intake of updates (see pitfalls: updates are confirmed before they are processed).

The Updater (polling) and the webhook server both hand each update to
`Application.update_queue.put` before Telegram learns it was delivered: the next
getUpdates call confirms the batch, and the webhook answers 200 after `put` returns.
`PersistentUpdateQueue.put` stores the update first, so a crash after that loses nothing:
at start-up `replay_pending` queues whatever was stored but not handled, and the unique
(chat, message) key on activities keeps a re-delivered message from being recorded twice.
Updates from people who are not registered are not stored (they are only answered).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from telegram import Update

from bot.context import Services
from storage.directory import person_by_telegram
from storage.inbox import finish_update, pending_updates, store_update

log = logging.getLogger(__name__)


def sender_id(update: Update) -> int | None:
    user = update.effective_user
    return user.id if user is not None else None


class PersistentUpdateQueue(asyncio.Queue[object]):
    """An update queue whose `put` first writes registered people's updates to the inbox."""

    def __init__(self) -> None:
        super().__init__()
        self._services: Services | None = None

    def attach(self, services: Services) -> None:
        """Give the queue the services, once the application (which owns them) is built."""
        self._services = services

    async def put(self, item: object) -> None:
        if isinstance(item, Update) and self._services is not None:
            self._store(item, self._services)
        await super().put(item)

    def _store(self, update: Update, services: Services) -> None:
        user_id = sender_id(update)
        if user_id is None or not is_registered(services, user_id):
            return
        with services.connection() as conn:
            store_update(conn, update.update_id, update.to_dict(), services.now())


def is_registered(services: Services, telegram_id: int) -> bool:
    """Known people are cached; a miss asks the database (someone may have just linked)."""
    if telegram_id in services.known_telegram_ids:
        return True
    assert services.settings is not None
    if telegram_id in services.settings.admins:
        return True
    with services.session() as session:
        found = person_by_telegram(session, telegram_id) is not None
    if found:
        services.known_telegram_ids.add(telegram_id)
    return found


def mark_handled(services: Services, update: object) -> None:
    if isinstance(update, Update):
        with services.connection() as conn:
            finish_update(conn, update.update_id)


async def replay_pending(
    services: Services, queue: asyncio.Queue[object], decode: Callable[[dict[str, Any]], Update]
) -> int:
    """Queue the updates a previous run stored but did not finish; returns how many."""
    with services.connection() as conn:
        pending = pending_updates(conn)
    for _update_id, payload in pending:
        # Straight onto the queue: the update is in the inbox already.
        await asyncio.Queue.put(queue, decode(payload))
    if pending:
        log.info("replaying %d stored update(s) from before the restart", len(pending))
    return len(pending)
