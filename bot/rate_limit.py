"""The rate limiter every Bot the project builds sends through (the bot's, `remind`'s).

Telegram counts messages in any one second: about 30 a second overall. PTB's
`AIORateLimiter(overall_max_rate=30)` is a leaky bucket that holds 30: it lets a burst of 30
out at once and then 30 a second more, so a wave's first second carries ~60 messages and
Telegram answers the excess with 429. Each 429 makes AIORateLimiter stop *every* send for
retry_after + 0.1 s, so a 2,000-message wave took 1.4 × its minimum time with dozens of
429s (bench/wave.py). Here the bucket holds one message and drips at the configured rate:
sends leave evenly spaced, never a burst, and no second holds more than the limit.
"""

from __future__ import annotations

from typing import Final

from telegram.ext import AIORateLimiter

# Sends are spaced a little wider than 1/rate: requests that leave evenly spaced do not
# arrive so (scheduling, connection set-up), and Telegram counts them as they arrive.
SPACING_MARGIN: Final = 1.03
# Tries of one request that Telegram answered with 429 (each after its retry_after).
MAX_RETRIES: Final = 3


def paced_rate_limiter(per_second: float) -> AIORateLimiter:
    """At most ``per_second`` messages a second overall, evenly spaced; 0 turns pacing off."""
    if per_second <= 0:
        return AIORateLimiter(overall_max_rate=0, max_retries=MAX_RETRIES)
    return AIORateLimiter(
        overall_max_rate=1,
        overall_time_period=SPACING_MARGIN / per_second,
        max_retries=MAX_RETRIES,
    )
