"""Calls to the Bot API that survive Telegram's passing faults.

A 5xx answer, a timeout or a dropped connection is tried again with a growing pause; a 429
is tried again after the `retry_after` Telegram asks for. Only when every attempt failed
does the error reach the handler (whose reply then cannot be sent anyway). getUpdates is
left to PTB's own polling loop, which already retries it for ever.

A retried send may, rarely, show the user the same reply twice (Telegram did deliver the
first and only its answer was lost). That is the honest side to err on: the record itself
is stored once, by its unique (chat, message) key, whatever happens to the reply.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from typing import Any

from telegram.error import NetworkError
from telegram.request import BaseRequest, RequestData

from bot.wrapped_request import WrappedRequest

log = logging.getLogger(__name__)

# Pauses before the 2nd, 3rd, ... attempt (plus up to 25 % jitter): ~31 s in all.
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
# A 429 asking for a longer pause than this is passed on (AIORateLimiter waits for it).
MAX_RETRY_AFTER = 60.0


def retry_after(payload: bytes) -> float | None:
    """The `parameters.retry_after` of a Bot API error answer, if any."""
    try:
        body = json.loads(payload)
    except ValueError:
        return None
    parameters = body.get("parameters") if isinstance(body, dict) else None
    value = parameters.get("retry_after") if isinstance(parameters, dict) else None
    return float(value) if isinstance(value, int | float) else None


class RetryingRequest(WrappedRequest):
    """Wraps the request the bot sends with (HTTPXRequest) and tries again when it may help."""

    def __init__(
        self, inner: BaseRequest, backoff: tuple[float, ...] = BACKOFF, jitter: float = 0.25
    ) -> None:
        super().__init__(inner)
        self._backoff = backoff
        self._jitter = jitter

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
        api_method = url.rsplit("/", 1)[-1]
        attempt = 0
        while True:
            try:
                code, payload = await super().do_request(
                    url,
                    method,
                    request_data,
                    read_timeout,
                    write_timeout,
                    connect_timeout,
                    pool_timeout,
                )
            except NetworkError as exc:  # TimedOut too: no answer at all
                if api_method == "getUpdates" or attempt >= len(self._backoff):
                    raise
                pause = self._pause(attempt)
                reason = str(exc) or type(exc).__name__
            else:
                if api_method == "getUpdates" or attempt >= len(self._backoff):
                    return code, payload
                if code == 429:
                    wait = retry_after(payload)
                    if wait is None or wait > MAX_RETRY_AFTER:
                        return code, payload
                    pause = wait + 0.1
                elif code >= 500:
                    pause = self._pause(attempt)
                else:
                    return code, payload
                reason = f"HTTP {code}"
            log.info("%s failed (%s); trying again in %.1f s", api_method, reason, pause)
            await asyncio.sleep(pause)
            attempt += 1

    def _pause(self, attempt: int) -> float:
        base = self._backoff[attempt]
        return base * (1 + self._jitter * random.random())
