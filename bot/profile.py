"""The bot's face in Telegram: descriptions in Chinese and English, command menus per role.

The descriptions are set at start-up, and only when Telegram's differ (each set counts
against a small rate limit and notifies nobody). Command menus: everyone sees the default
menu (set in `bot/app.py`); once a person is linked, their private chat gets the menu of
their role (advisor, counselor, admin) through a chat scope, in their language.
"""

from __future__ import annotations

import logging
from typing import Final, Protocol

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.i18n import t

log = logging.getLogger(__name__)

TELEGRAM_BASE_URL: Final = "https://api.telegram.org/bot"  # python-telegram-bot's default

# (catalogue language, Telegram language_code): zh is the default for every other language.
PROFILE_LANGUAGES: Final = (("zh", None), ("en", "en"))
# Each role's commands, in menu order; a person with several roles gets the union in order.
ROLE_COMMANDS: Final = {
    "advisor": ("log", "undo", "me", "status", "form", "plan", "bind", "web", "lang", "help"),
    "counselor": ("forms", "status", "survey", "me", "web", "lang", "help"),
    "admin": ("forms", "status", "survey", "bind", "me", "web", "lang", "help"),
}
# Commands whose menu text lives in another area of the catalogue than chat.
_COMMAND_AREAS: Final = {"forms": "desk"}


class HasRoles(Protocol):
    @property
    def is_advisor(self) -> bool: ...
    @property
    def is_counselor(self) -> bool: ...
    @property
    def is_admin(self) -> bool: ...


async def set_descriptions(bot: Bot) -> int:
    """Bring the descriptions up to date in both languages; returns how many were set."""
    changed = 0
    for lang, code in PROFILE_LANGUAGES:
        description = t(lang, "profile.description")
        if (await bot.get_my_description(language_code=code)).description != description:
            await bot.set_my_description(description, language_code=code)
            changed += 1
        short = t(lang, "profile.short_description")
        if (await bot.get_my_short_description(language_code=code)).short_description != short:
            await bot.set_my_short_description(short, language_code=code)
            changed += 1
    return changed


def role_commands(person: HasRoles) -> list[str]:
    roles = [
        role
        for role, has in (
            ("advisor", person.is_advisor),
            ("counselor", person.is_counselor),
            ("admin", person.is_admin),
        )
        if has
    ]
    commands: list[str] = []
    for role in roles:
        commands += [c for c in ROLE_COMMANDS[role] if c not in commands]
    return commands


async def set_role_menu(bot: Bot, telegram_id: int, person: HasRoles, lang: str) -> None:
    """The private chat's menu for the person's roles (a failure only costs the menu)."""
    commands = [
        BotCommand(c, t(lang, f"{_COMMAND_AREAS.get(c, 'chat')}.commands_{c}"))
        for c in role_commands(person)
    ]
    if not commands:
        return
    try:
        await bot.set_my_commands(commands, scope=BotCommandScopeChat(telegram_id))
    except TelegramError:
        log.warning("could not set the command menu for %s", telegram_id, exc_info=True)


def deep_link_username(
    configured: str | None, token: str | None, base_url: str | None
) -> tuple[str | None, str]:
    """The bot's username for t.me links and where it came from: "setting", "getMe" or "none".

    ADVISORBOT_BOT_USERNAME wins; otherwise Telegram is asked with the token (getMe).
    """
    if configured:
        return configured.lstrip("@"), "setting"
    if not token:
        return None, "none"
    import asyncio

    from telegram.request import HTTPXRequest

    async def ask() -> str | None:
        base = base_url.rstrip("/") if base_url else TELEGRAM_BASE_URL
        request = HTTPXRequest(connect_timeout=5, read_timeout=5)
        async with Bot(token, base_url=base, request=request) as bot:
            return bot.username

    try:
        username = asyncio.run(ask())
    except TelegramError:
        log.warning("getMe failed; the invite link cannot name the bot", exc_info=True)
        return None, "none"
    return username, "getMe"
