"""Linking that cannot be taken: username squatting, invite revocation, moved links, wrong
codes, and who may bind a group."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.local_api import buttons_of
from storage.directory import bound_class, create_invite, person_by_name
from tests.bot.harness import (
    ADMIN_ID,
    CHEN,
    GROUP,
    LI,
    WANG,
    ZHANG,
    BotUnderTest,
    make_bot,
    seed,
)

SQUATTER = 6666


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def telegram_id_of(bot: BotUnderTest, name: str) -> int | None:
    with Session(bot.engine) as session:
        return person_by_name(session, name).telegram_id


async def test_a_squatted_username_does_not_link_and_the_admin_sees_the_account(
    bot: BotUnderTest,
) -> None:
    # someone else took the roster's @chen_t on Telegram
    answer = await bot.say(SQUATTER, "/start", username="chen_t")
    assert "管理员确认" in answer[0]
    assert telegram_id_of(bot, "陈老师") is None
    assert "邀请码" in (await bot.say(SQUATTER, "今天查寝", username="chen_t"))[0]
    assert bot.activities() == []
    # the admin is asked, with the account shown, and [confirm] [refuse]
    asked = bot.last_with_buttons()
    assert int(asked.params["chat_id"]) == ADMIN_ID
    assert str(SQUATTER) in str(asked.params["text"]) and "@chen_t" in str(asked.params["text"])
    assert [label for label, _ in buttons_of(asked)] == ["确认关联", "拒绝"]
    # asking again does not pester the admins twice
    before = len(bot.request.texts(ADMIN_ID))
    await bot.say(SQUATTER, "/start", username="chen_t")
    assert len(bot.request.texts(ADMIN_ID)) == before
    # a non-admin cannot press it (a forged press from the squatter)
    await bot.app.process_update(
        bot.updates.press(bot.user(SQUATTER, username="chen_t"), asked, buttons_of(asked)[0][1])
    )
    assert telegram_id_of(bot, "陈老师") is None
    refused = await bot.press(ADMIN_ID, "拒绝")
    assert "已拒绝" in refused[0]
    assert any("没有确认" in t for t in bot.request.texts(SQUATTER))
    assert telegram_id_of(bot, "陈老师") is None
    # the real person asks, the admin confirms: linked, and told
    await bot.say(CHEN, "/start", username="chen_t")
    confirmed = await bot.press(ADMIN_ID, "确认关联")
    assert "已确认" in confirmed[0]
    assert telegram_id_of(bot, "陈老师") == CHEN
    assert any("陈老师" in t and "已关联" in t for t in bot.request.texts(CHEN))
    # pressing an old button again changes nothing
    await bot.app.process_update(
        bot.updates.press(bot.user(ADMIN_ID), asked, buttons_of(asked)[0][1])
    )
    assert telegram_id_of(bot, "陈老师") == CHEN


async def test_a_new_invite_revokes_older_ones_and_a_moved_link_is_told(
    bot: BotUnderTest,
) -> None:
    with Session(bot.engine) as session:
        person = person_by_name(session, "陈老师")
        old_code = create_invite(session, person, bot.clock[0]).code
        first_code = create_invite(session, person, bot.clock[0]).code
        session.commit()
    assert "过期" in (await bot.say(777, f"/start {old_code}"))[0]
    assert telegram_id_of(bot, "陈老师") is None
    assert "陈老师" in (await bot.say(777, f"/start {first_code}"))[0]
    with Session(bot.engine) as session:
        second_code = create_invite(session, person_by_name(session, "陈老师"), bot.clock[0]).code
        session.commit()
    assert "陈老师" in (await bot.say(888, f"/start {second_code}"))[0]
    assert telegram_id_of(bot, "陈老师") == 888
    assert any("不再关联" in t for t in bot.request.texts(777))
    assert any("777" in t and "888" in t for t in bot.request.texts(ADMIN_ID))


async def test_wrong_codes_are_limited_per_account(bot: BotUnderTest) -> None:
    with Session(bot.engine) as session:
        code = create_invite(session, person_by_name(session, "陈老师"), bot.clock[0]).code
        session.commit()
    for n in range(5):
        assert "不存在" in (await bot.say(4444, f"/start guess{n}"))[0]
    assert "次数过多" in (await bot.say(4444, f"/start {code}"))[0]
    assert telegram_id_of(bot, "陈老师") is None
    # another account is not affected; and an hour later the first may try again
    bot.clock[0] += timedelta(hours=1, minutes=1)
    assert "陈老师" in (await bot.say(4444, f"/start {code}"))[0]


async def test_binding_a_group_needs_the_class_or_an_admin(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "/bind 数学2023-1", chat_id=GROUP)
    with Session(bot.engine) as session:
        assert (ref := bound_class(session, GROUP)) is not None and ref.name.startswith("数学")
    # another advisor cannot take the group for their own class
    taken = await bot.say(WANG, "/bind 数学2023-2", chat_id=GROUP)
    assert "只有管理员可以改绑" in taken[0]
    with Session(bot.engine) as session:
        assert bound_class(session, GROUP).name == "数学与应用数学2023-1班"  # type: ignore[union-attr]
    # an unbound group: the class's counselor may bind it, another advisor may not
    assert "只有管理员或" in (await bot.say(WANG, "/bind 数学2023-1", chat_id=-100777))[0]
    assert "本群已绑定到" in (await bot.say(LI, "/bind 数学2023-1", chat_id=-100777))[0]
    with Session(bot.engine) as session:
        assert bound_class(session, -100777) is not None
    # an admin may move a bound group
    await bot.say(ADMIN_ID, "/bind 数学2023-2", chat_id=GROUP)
    with Session(bot.engine) as session:
        assert bound_class(session, GROUP).name == "数学与应用数学2023-2班"  # type: ignore[union-attr]


async def test_forged_link_buttons_are_refused_politely(bot: BotUnderTest) -> None:
    await bot.say(SQUATTER, "/start", username="chen_t")
    asked = bot.last_with_buttons()
    await bot.say(ADMIN_ID, "/help")  # the admin is known from here on
    for data in ("lk:y:", "lk:y:99999", "lk:x:1", "lk:y:1:2", "lk:" + "9" * 40):
        before = len(bot.request.calls)
        await bot.app.process_update(bot.updates.press(bot.user(ADMIN_ID), asked, data))
        answers = [c for c in bot.request.calls[before:] if c.method == "answerCallbackQuery"]
        assert answers and "不存在" in str(answers[0].params.get("text"))
    assert telegram_id_of(bot, "陈老师") is None
