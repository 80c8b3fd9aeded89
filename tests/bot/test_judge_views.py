"""/me and /status show the whole semester so far, not only the current periods."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import Engine

from tests.bot.harness import LI, ZHANG, BotUnderTest, make_bot, seed


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


async def test_me_names_the_months_already_missed(bot: BotUnderTest) -> None:
    # 23 November 2026: September and October had no dorm visit; November's is logged today.
    await bot.say(ZHANG, "今天查寝")
    text = "\n".join(await bot.say(ZHANG, "/me"))
    assert "本学期：" in text
    assert "每月深入宿舍 本学期 1/3，❌9月、10月" in text
    # The October form was never handed in (due 5 November): missed, and said so.
    assert "月度工作记录表 本学期 0/2，❌9月、10月" in text


async def test_summary_counts_closed_periods(bot: BotUnderTest) -> None:
    text = "\n".join(await bot.say(LI, "/status"))
    assert "本学期 ❌" in text
    assert "本学期 ❌0" not in text
