"""Durable intake of updates (see pitfalls: updates are confirmed before they are processed).

The Updater (polling) and the webhook server both hand each update to
`Application.update_queue.put` before Telegram learns it was delivered: the next
getUpdates call confirms the batch, and the webhook answers 200 after `put` returns.
`PersistentUpdateQueue.put` stores the update first, so a crash after that loses nothing:
at start-up `replay_pending` queues whatever was stored but not handled, and the unique
(chat, message) key on activities keeps a re-delivered message from being recorded twice.
Updates from people who are not registered are not stored (they are only answered).

While the database is down nothing here raises (an exception out of `put` would end the
polling loop for good): updates are kept in memory, and stored by the next `flush` once
the database is back; those whose sender could not be looked up are checked then.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.context import Services
from bot.wrapped_request import WrappedRequest
from storage.db import is_outage
from storage.directory import person_by_telegram
from storage.inbox import finish_update, pending_updates, store_update

log = logging.getLogger(__name__)


def sender_id(update: Update) -> int | None:
    user = update.effective_user
    return user.id if user is not None else None


class PersistentUpdateQueue(asyncio.Queue[object]):
    """An update queue that writes registered people's updates to the inbox before Telegram
    counts them delivered.

    With a webhook each update is stored as it is put (the webhook answers 200 after `put`).
    With long polling (`batch_until_poll`) an update Telegram has not yet been told about
    needs no copy: until the next getUpdates confirms it, a crash only means Telegram sends
    it again. So the updates of one batch are kept in memory; right before that confirming
    request `FlushBeforePoll` gives the batch a moment to be handled (`all_handled`) and
    then stores only what is still unhandled (`flush`, one transaction).
    Usually that is nothing: a message is answered in a few milliseconds.
    """

    def __init__(self, *, batch_until_poll: bool = False) -> None:
        super().__init__()
        self._services: Services | None = None
        self._batch = batch_until_poll
        self._unsaved: dict[int, Update] = {}
        # Put while the database was down: whether the sender is registered is not known.
        self._unchecked: set[int] = set()
        self._stored: set[int] = set()  # in the inbox table, not yet handled
        self._to_finish: set[int] = set()  # handled, but the inbox row could not be dropped
        self._all_handled = asyncio.Event()
        self._all_handled.set()

    def attach(self, services: Services) -> None:
        """Give the queue the services, once the application (which owns them) is built."""
        self._services = services

    async def put(self, item: object) -> None:
        services = self._services
        if isinstance(item, Update) and services is not None:
            try:
                self._keep(services, item)
            except SQLAlchemyError as exc:  # raised here it would end polling for good
                if is_outage(exc):
                    log.warning("database unreachable; update %s held in memory", item.update_id)
                else:
                    log.exception("could not store update %s; held in memory", item.update_id)
                self._hold(item, checked=False)
        await super().put(item)

    def _keep(self, services: Services, item: Update) -> None:
        user_id = sender_id(item)
        if user_id is None or not is_registered(services, user_id):
            return
        if self._batch:
            self._hold(item, checked=True)
            return
        with services.connection() as conn:
            store_update(conn, item.update_id, item.to_dict(), services.now())
        self._stored.add(item.update_id)

    def _hold(self, item: Update, *, checked: bool) -> None:
        self._unsaved[item.update_id] = item
        if not checked:
            self._unchecked.add(item.update_id)
        self._all_handled.clear()

    @property
    def holding(self) -> bool:
        """Updates are waiting to be stored (or their handled rows to be dropped)."""
        return bool(self._unsaved or self._to_finish)

    async def put_stored(self, item: Update) -> None:
        """Queue an update that is in the inbox already (one left from before a restart)."""
        self._stored.add(item.update_id)
        await super().put(item)

    async def all_handled(self) -> None:
        """Returns once every unsaved update has been handled."""
        await self._all_handled.wait()

    def flush(self) -> bool:
        """Store the updates put since the last flush (one transaction).

        Returns False when the database is unreachable: they stay in memory for the next.
        """
        if not (self._unsaved or self._to_finish) or self._services is None:
            return True
        try:
            self._store_unsaved(self._services)
        except SQLAlchemyError as exc:  # raised here it would stop the next poll
            if is_outage(exc):
                log.warning("database unreachable; %d update(s) held in memory", len(self._unsaved))
            else:
                log.exception("could not store %d held update(s)", len(self._unsaved))
            return False
        return True

    def _store_unsaved(self, services: Services) -> None:
        now = services.now()
        unsaved = dict(self._unsaved)
        strangers = {
            update_id
            for update_id in self._unchecked & unsaved.keys()
            if not is_registered(services, sender_id(unsaved[update_id]) or 0)
        }
        with services.connection() as conn:
            for update_id, update in unsaved.items():
                if update_id not in strangers:
                    store_update(conn, update_id, update.to_dict(), now)
            for update_id in self._to_finish:
                finish_update(conn, update_id)
        self._to_finish.clear()
        self._stored.update(unsaved.keys() - strangers)
        for update_id in unsaved:
            self._unsaved.pop(update_id, None)
        self._unchecked -= unsaved.keys()
        if not self._unsaved:
            self._all_handled.set()

    def backlog(self) -> int:
        """Updates received and not yet handled (in memory or in the inbox table)."""
        return len(self._unsaved) + len(self._stored)

    def handled(self, update: Update) -> None:
        """The update's handlers have run: forget it, in memory or in the inbox."""
        self._unchecked.discard(update.update_id)
        if self._unsaved.pop(update.update_id, None) is not None:
            if not self._unsaved:
                self._all_handled.set()
            return  # never written, nothing to delete
        if update.update_id not in self._stored:
            return  # a stranger's, or answered before it had to be stored
        assert self._services is not None
        self._stored.discard(update.update_id)
        try:
            with self._services.connection() as conn:
                finish_update(conn, update.update_id)
        except SQLAlchemyError:
            self._to_finish.add(update.update_id)  # dropped by the next flush


class FlushBeforePoll(WrappedRequest):
    """The getUpdates request: settles the inbox before asking (and so confirming) again.

    It waits at most `settle_timeout` seconds for the last batch, so a slow handler (a
    document being built, a reply held back by Telegram's rate limit) delays the next
    poll by no more than that; its update is stored and handled all the same.
    """

    def __init__(
        self, inner: BaseRequest, queue: PersistentUpdateQueue, settle_timeout: float = 1.0
    ) -> None:
        super().__init__(inner)
        self._queue = queue
        self._settle_timeout = settle_timeout

    async def shutdown(self) -> None:
        self._queue.flush()
        await super().shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        # PTB always passes the four timeouts (its DEFAULT_NONE sentinel included): pass them on.
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._settle_timeout):
                await self._queue.all_handled()
        self._queue.flush()
        return await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )


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


async def replay_pending(
    services: Services,
    queue: PersistentUpdateQueue,
    decode: Callable[[dict[str, Any]], Update],
) -> int:
    """Queue the updates a previous run stored but did not finish; returns how many."""
    with services.connection() as conn:
        pending = pending_updates(conn)
    for _update_id, payload in pending:
        await queue.put_stored(decode(payload))
    if pending:
        log.info("replaying %d stored update(s) from before the restart", len(pending))
    return len(pending)
