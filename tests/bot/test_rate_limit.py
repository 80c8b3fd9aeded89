"""The paced rate limiter: no second ever carries more than the configured rate."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.ext import AIORateLimiter

from bot.rate_limit import MIN_GAP_SHARE, SPACING_MARGIN, SlidingWindowLimiter, paced_rate_limiter

RATE = 50  # a second; 2 × RATE sends take about two seconds


async def _send_times(limiter: AIORateLimiter, count: int) -> list[float]:
    """Loop times at which ``count`` concurrent sends, each to its own chat, went out."""
    loop = asyncio.get_running_loop()
    times: list[float] = []

    async def send() -> bool:
        times.append(loop.time())
        return True

    async def one(chat_id: int) -> Any:
        return await limiter.process_request(
            send, (), {}, "sendMessage", {"chat_id": chat_id}, None
        )

    await limiter.initialize()
    try:
        await asyncio.gather(*(one(1000 + n) for n in range(count)))
    finally:
        await limiter.shutdown()
    return sorted(times)


def _busiest_second(times: list[float]) -> int:
    """The most sends within any window of one second (as Telegram counts them)."""
    return max(sum(1 for t in times[i:] if t < start + 1.0) for i, start in enumerate(times))


async def test_paced_limiter_keeps_every_second_within_the_rate() -> None:
    times = await _send_times(paced_rate_limiter(RATE), 3 * RATE)
    assert len(times) == 3 * RATE
    assert _busiest_second(times) <= RATE
    # Counted in windows a little longer than a second (the margin for arrival jitter).
    assert times[RATE] - times[0] >= SPACING_MARGIN - 0.001
    assert times[2 * RATE] - times[RATE] >= SPACING_MARGIN - 0.001


async def test_grants_are_spread_out() -> None:
    """Never a burst: concurrent requests would arrive out of step."""
    loop = asyncio.get_running_loop()
    gap = MIN_GAP_SHARE * SPACING_MARGIN / RATE
    limiter = SlidingWindowLimiter(RATE, SPACING_MARGIN, gap)
    granted: list[float] = []

    async def one() -> None:
        await limiter.acquire()
        granted.append(loop.time())

    await asyncio.gather(*(one() for _ in range(RATE)))
    assert min(b - a for a, b in zip(granted, granted[1:], strict=False)) >= gap - 0.001


async def test_plain_aioratelimiter_bursts_past_the_limit() -> None:
    """Why the pacing exists: PTB's default bucket lets ~2 × the rate out in the first second."""
    times = await _send_times(AIORateLimiter(overall_max_rate=RATE, max_retries=0), 2 * RATE)
    assert _busiest_second(times) > 1.5 * RATE


def test_zero_turns_pacing_off() -> None:
    assert paced_rate_limiter(0)._base_limiter is None


async def test_nothing_is_granted_while_a_429_is_waited_out() -> None:
    """Requests let through during the pause would all go at once when it ends."""
    resumed = asyncio.Event()  # cleared: Telegram's retry_after is being waited out
    limiter = SlidingWindowLimiter(RATE, 1.0, 0.0, resumed)
    waiting = asyncio.create_task(limiter.acquire())
    for _ in range(5):
        await asyncio.sleep(0)
    assert not waiting.done()  # the window is empty, yet nothing is granted
    resumed.set()
    await asyncio.wait_for(waiting, 5)
    assert waiting.done()
