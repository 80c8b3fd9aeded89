"""/help lists the commands of the asker's role(s), in the asker's language."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import Engine

from bot.profile import ROLE_COMMANDS
from tests.bot.harness import LI, STRANGER, ZHANG, BotUnderTest, make_bot, seed


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    bot = make_bot(engine)
    async with bot.app:
        yield bot


def commands_in(text: str) -> set[str]:
    return {word[1:] for line in text.splitlines() for word in line.split()[:1] if word[0] == "/"}


async def test_an_advisor_gets_how_to_record_and_the_advisors_commands(bot: BotUnderTest) -> None:
    text = (await bot.say(ZHANG, "/help"))[0]
    assert "直接发送工作记录" in text
    assert commands_in(text) == set(ROLE_COMMANDS["advisor"])
    assert "/web" in text and "/forms" not in text and "/survey" not in text
    english = (await bot.say(ZHANG, "/help", lang="en"))[0]
    assert "Just send what you did" in english
    assert commands_in(english) == set(ROLE_COMMANDS["advisor"])


async def test_a_counselor_gets_the_desks_commands_not_the_advisors(bot: BotUnderTest) -> None:
    text = (await bot.say(LI, "/help"))[0]
    assert commands_in(text) == set(ROLE_COMMANDS["counselor"])
    assert {"forms", "survey", "web", "status"} <= commands_in(text)
    assert "/form " not in text and "/plan" not in text and "/undo" not in text
    assert "直接发送工作记录" not in text
    english = (await bot.say(LI, "/help", lang="en"))[0]
    assert english.startswith("Your commands:") and "/forms" in english


async def test_a_stranger_gets_the_explanation_only(bot: BotUnderTest) -> None:
    text = (await bot.say(STRANGER, "/help"))[0]
    assert "/" not in text.replace("/start", "")
