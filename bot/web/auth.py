"""Telegram Mini App `initData` validation and CSRF tokens: pure functions, no web framework.

`initData` is checked exactly as Telegram documents it: the data-check string is every
field except `hash`, sorted by key, as `key=value` lines; the secret key is
HMAC-SHA256("WebAppData", bot_token); the hash is HMAC-SHA256(secret key, check string).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final
from urllib.parse import parse_qsl

INIT_DATA_MAX_AGE: Final = timedelta(days=1)


class InitDataRefused(ValueError):
    """initData that is malformed, forged or too old; the message says which."""


@dataclass(frozen=True, slots=True)
class TelegramViewer:
    telegram_id: int
    first_name: str
    language_code: str | None


def _secret_key(bot_token: str) -> bytes:
    return hmac.new(b"WebAppData", bot_token.encode("utf-8"), hashlib.sha256).digest()


def init_data_hash(fields: dict[str, str], bot_token: str) -> str:
    """The hash Telegram puts in initData for these fields (used by tests to sign data)."""
    check = "\n".join(f"{k}={fields[k]}" for k in sorted(fields) if k != "hash")
    return hmac.new(_secret_key(bot_token), check.encode("utf-8"), hashlib.sha256).hexdigest()


def validate_init_data(init_data: str, bot_token: str, now: datetime) -> TelegramViewer:
    """The Telegram user behind genuine, fresh initData; InitDataRefused otherwise."""
    if not bot_token:
        raise InitDataRefused("no bot token configured")
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError as exc:
        raise InitDataRefused("malformed") from exc
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise InitDataRefused("a field is repeated")
    given = fields.get("hash", "")
    if not given or not hmac.compare_digest(init_data_hash(fields, bot_token), given):
        raise InitDataRefused("bad hash")
    try:
        auth_date = int(fields["auth_date"])
        user = json.loads(fields["user"])
        telegram_id = int(user["id"])
    except (KeyError, ValueError, TypeError) as exc:
        raise InitDataRefused("no auth_date or user") from exc
    age = now.timestamp() - auth_date
    if age > INIT_DATA_MAX_AGE.total_seconds() or age < -300:
        raise InitDataRefused("too old")
    return TelegramViewer(telegram_id, str(user.get("first_name") or ""), user.get("language_code"))


def csrf_token(session_token: str) -> str:
    """The CSRF token of a session: derived from its secret token, so nothing is stored and
    another session's form cannot be replayed."""
    return hmac.new(session_token.encode("utf-8"), b"csrf", hashlib.sha256).hexdigest()[:32]


def csrf_ok(session_token: str, given: str) -> bool:
    return bool(given) and hmac.compare_digest(csrf_token(session_token), given)
