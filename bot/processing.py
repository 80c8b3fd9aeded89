"""Concurrent update handling that keeps each chat's updates in order.

While one update waits on Telegram (sending its reply), another chat's update can be handled;
updates of the same chat (a message, then its edit, then a button press) still run one after
another, in the order they arrived, so an undo never overtakes the record it undoes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def chat_key(update: object) -> int | None:
    """The chat an update belongs to (the user's id when there is no chat)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Up to `max_concurrent_updates` at once, one at a time per chat, in arrival order."""

    def __init__(self, max_concurrent_updates: int = 16) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: dict[int | None, asyncio.Lock] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[object]) -> None:
        key = chat_key(update)
        lock = self._chats.setdefault(key, asyncio.Lock())
        try:
            async with lock:  # asyncio.Lock wakes waiters first come, first served
                await coroutine
        finally:
            if not lock.locked() and self._chats.get(key) is lock:
                del self._chats[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
