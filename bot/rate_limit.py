"""The rate limiter every Bot the project builds sends through (the bot's, `remind`'s).

Telegram counts the messages that arrive in any one second: about 30 overall. PTB's
`AIORateLimiter(overall_max_rate=30)` is a leaky bucket that holds 30: it lets 30 out at
once and then 30 a second more, so a wave's first second carries ~60 messages and Telegram
answers the excess with 429. Each 429 makes AIORateLimiter stop *every* send for
retry_after + 0.1 s: a wave took 1.4 × its minimum time with dozens of 429s (bench/wave.py).

Here the overall limit is counted as Telegram counts it, in a sliding window: at most
`rate` sends in any 1.03 seconds, and never two closer than 0.9 / `rate` seconds. Sends stay
spread out (a burst of concurrent requests arrives out of step, tens of milliseconds apart:
measured, that alone drew 161 429s in a wave), yet a send that woke late (the event loop busy
with the database) is made up by the next ones instead of pushing the whole wave back; the
3 % margin absorbs requests that leave in order but arrive closer together.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from typing import Final

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

# The window is this much longer than Telegram's second (see the module's docstring).
SPACING_MARGIN: Final = 1.03
# The closest two sends may be, as a share of the even spacing (1 / rate).
MIN_GAP_SHARE: Final = 0.9
# Tries of one request that Telegram answered with 429 (each after its retry_after).
MAX_RETRIES: Final = 3


class SlidingWindowLimiter(AsyncLimiter):
    """At most ``max_rate`` acquisitions in any ``time_period`` seconds of the loop's clock,
    none closer than ``min_gap`` to the one before, granted in the order asked
    (AIORateLimiter enters it with ``async with``)."""

    def __init__(
        self,
        max_rate: int,
        time_period: float,
        min_gap: float = 0.0,
        resumed: asyncio.Event | None = None,
    ) -> None:
        super().__init__(max_rate, time_period)
        self.min_gap = min_gap
        # Cleared while Telegram's retry_after is waited out: nothing is granted meanwhile.
        self._resumed = resumed
        self._granted: deque[float] = deque()
        # Waiters take turns; the lock belongs to the loop that uses it (a new loop, a new one).
        self._turns: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    async def acquire(self, amount: float = 1) -> None:
        loop = asyncio.get_running_loop()
        if self._turns is None or self._turns[0] is not loop:
            self._turns = (loop, asyncio.Lock())
            self._granted.clear()
        async with self._turns[1]:
            while True:
                if self._resumed is not None and not self._resumed.is_set():
                    await self._resumed.wait()
                    continue
                now = loop.time()
                while self._granted and self._granted[0] <= now - self.time_period:
                    self._granted.popleft()
                free_at = now
                if len(self._granted) >= self.max_rate:
                    free_at = self._granted[0] + self.time_period
                if self._granted:
                    free_at = max(free_at, self._granted[-1] + self.min_gap)
                if free_at <= now:
                    self._granted.append(now)
                    return
                await asyncio.sleep(free_at - now)


class PacedRateLimiter(AIORateLimiter):
    """PTB's AIORateLimiter (429 retries, per-group limits) with a sliding-window overall limit."""

    def __init__(self, per_second: float) -> None:
        super().__init__(overall_max_rate=per_second, max_retries=MAX_RETRIES)
        if per_second > 0:
            count = max(1, math.floor(per_second))
            period = SPACING_MARGIN * count / per_second
            # Granted only when no 429 is being waited out: AIORateLimiter holds requests it
            # already let through until the pause ends, and they would all go at once then,
            # drawing the next 429 (measured: a 429 every 30 messages, 1.9 × the minimum).
            self._base_limiter = SlidingWindowLimiter(
                count, period, MIN_GAP_SHARE * period / count, self._retry_after_event
            )


def paced_rate_limiter(per_second: float) -> AIORateLimiter:
    """At most ``per_second`` messages in any second overall (with margin); 0 turns it off."""
    return PacedRateLimiter(per_second)
