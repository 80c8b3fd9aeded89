"""Telegram conventions: descriptions in both languages, a menu per role, the deep-link name."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from telegram import Bot

from bot.i18n import t
from bot.profile import ROLE_COMMANDS, set_descriptions
from storage.directory import create_invite, person_by_name
from tests.bot.harness import NOW, BotUnderTest, make_bot, seed
from tests.botapi.server import FakeBotApi
from tests.cli.test_cli import ROSTER, cli


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


async def test_descriptions_are_set_in_both_languages_only_when_different() -> None:
    async with FakeBotApi() as api, Bot(api.token, base_url=api.base_url) as bot:
        assert await set_descriptions(bot) == 4
        assert api.description() == t("zh", "profile.description")
        assert api.description("en", short=True) == t("en", "profile.short_description")
        mark = api.mark()
        assert await set_descriptions(bot) == 0  # already right: nothing set again
        assert not [c for c in api.calls()[mark:] if c.method.startswith("set")]


async def test_linking_gives_the_private_chat_its_roles_menu(bot: BotUnderTest) -> None:
    with Session(bot.engine) as session:
        code = create_invite(session, person_by_name(session, "陈老师"), NOW).code
        session.commit()
    await bot.say(777, f"/start {code}", lang="en")
    menus = [c for c in bot.request.sent("setMyCommands") if "scope" in c.params]
    assert len(menus) == 1
    scope = menus[0].params["scope"]
    scope = json.loads(scope) if isinstance(scope, str) else scope
    assert scope == {"type": "chat", "chat_id": 777}
    commands = menus[0].params["commands"]
    commands = json.loads(commands) if isinstance(commands, str) else commands
    assert [c["command"] for c in commands] == list(ROLE_COMMANDS["advisor"])
    # In the language the bot speaks with them (Telegram's, until they choose with /lang).
    assert commands[0]["description"] == t("en", "chat.commands_log")

    await bot.say(777, "/lang zh", lang="en")
    last = bot.request.sent("setMyCommands")[-1].params["commands"]
    last = json.loads(last) if isinstance(last, str) else last
    assert last[0]["description"] == t("zh", "chat.commands_log")


async def test_counselor_menu_has_no_recording_commands(bot: BotUnderTest) -> None:
    with Session(bot.engine) as session:
        code = create_invite(session, person_by_name(session, "赵辅导员"), NOW).code
        session.commit()
    await bot.say(778, f"/start {code}")
    commands = bot.request.sent("setMyCommands")[-1].params["commands"]
    commands = json.loads(commands) if isinstance(commands, str) else commands
    assert [c["command"] for c in commands] == list(ROLE_COMMANDS["counselor"])
    assert "survey" in ROLE_COMMANDS["counselor"] and "log" not in ROLE_COMMANDS["counselor"]


def test_invite_takes_the_username_from_getme_and_says_so(sqlite_url: str, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    cli(sqlite_url, "roster", "import", str(roster))
    with FakeBotApi() as api:
        env = {"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url}
        asked = cli(sqlite_url, "invite", "张老师", env=env)
        assert asked.returncode == 0, asked.stderr
        assert "https://t.me/advisor_test_bot?start=" in asked.stdout
        assert "getMe" in asked.stderr
        configured = cli(
            sqlite_url, "invite", "张老师", env=env | {"ADVISORBOT_BOT_USERNAME": "@college_bot"}
        )
        assert "https://t.me/college_bot?start=" in configured.stdout
        assert "ADVISORBOT_BOT_USERNAME" in configured.stderr
        assert [c.method for c in api.calls()].count("getMe") == 1
    unknown = cli(sqlite_url, "invite", "张老师")
    assert "<your_bot>" in unknown.stdout and "unknown" in unknown.stderr
