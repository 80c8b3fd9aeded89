"""A Bot API request that wraps another (PTB's HTTPXRequest) to add one concern around it.

The bot's requests are layered: the poll settles the inbox (bot/inbox.py) and beats the
liveness (bot/liveness.py); sends are retried (bot/retrying.py). Each layer inherits the
inner request's lifecycle and timeouts from here and overrides only what it adds.
"""

from __future__ import annotations

from typing import Any

from telegram.request import BaseRequest, RequestData


class WrappedRequest(BaseRequest):
    """Passes everything to `inner`; a subclass overrides `do_request` or `shutdown`."""

    def __init__(self, inner: BaseRequest) -> None:
        self._inner = inner

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

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
        return await self._inner.do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
