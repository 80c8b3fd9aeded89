"""Fixtures for the Bot API server's tests, and a guard that keeps them off the internet."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from telegram import Bot

from tests.botapi.server import FakeBotApi


def _is_loopback(address: Any) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths and the like never leave the machine
    try:
        return ipaddress.ip_address(address[0]).is_loopback
    except ValueError:
        return address[0] == "localhost"


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fails any in-process connection that is not to 127.0.0.1/::1.

    asyncio (and so httpx, and so PTB) connects through ``socket.connect``; patching it
    turns an accidental request to api.telegram.org into an immediate, visible error.
    """
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: Any) -> None:
        if not _is_loopback(address):
            raise ConnectionRefusedError(f"test tried to reach {address!r}; only loopback allowed")
        original_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        if not _is_loopback(address):
            raise ConnectionRefusedError(f"test tried to reach {address!r}; only loopback allowed")
        return original_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    yield


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """A running server, stopped after the test."""
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    """A real PTB Bot talking to `api` only."""
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as client:
        yield client
