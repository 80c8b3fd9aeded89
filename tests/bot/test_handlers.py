"""Chat behaviour through Application.process_update, on a real database, no network."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session
from telegram.error import Forbidden

from bot.local_api import buttons_of
from storage.directory import create_invite, person_by_name
from storage.models import GroupBinding, InboxUpdate, Person
from tests.bot.harness import (
    ADMIN_ID,
    CHEN,
    GROUP,
    LI,
    NOW,
    STRANGER,
    WANG,
    ZHANG,
    ZHAO,
    BotUnderTest,
    make_bot,
    seed,
)


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


# Linking -------------------------------------------------------------------------------


async def test_stranger_is_told_and_nothing_is_stored(bot: BotUnderTest) -> None:
    replies = await bot.say(STRANGER, "今天去了3号楼宿舍")
    assert len(replies) == 1 and "邀请码" in replies[0]
    replies = await bot.say(STRANGER, "/status")
    assert "邀请码" in replies[0]
    assert bot.activities(include_deleted=True) == []
    with Session(bot.engine) as session:
        assert session.scalar(select(Person).where(Person.telegram_id == STRANGER)) is None
        assert session.scalars(select(InboxUpdate)).all() == []


async def test_invite_code_links_once(bot: BotUnderTest) -> None:
    with Session(bot.engine) as session:
        person = Person(name="新老师", is_advisor=True, created_at=NOW)
        session.add(person)
        session.flush()
        code = create_invite(session, person, NOW).code
        session.commit()
    assert "新老师" in (await bot.say(777, f"/start {code}"))[0]
    assert "用过" in (await bot.say(778, f"/start {code}"))[0]
    assert "不存在" in (await bot.say(779, "/start wrongcode"))[0]
    with Session(bot.engine) as session:
        assert person_by_name(session, "新老师").telegram_id == 777


async def test_roster_username_links_once_an_admin_confirms_and_numeric_id_on_first_message(
    bot: BotUnderTest,
) -> None:
    assert "邀请码" in (await bot.say(CHEN, "/me", username="someone_else"))[0]
    pending = await bot.say(CHEN, "/start", username="Chen_T")
    assert "管理员确认" in pending[0]
    await bot.press(ADMIN_ID, "确认关联")
    assert any("陈老师" in t for t in bot.request.texts(CHEN))
    # numeric ids from the roster need no /start at all
    assert "已记录" in (await bot.say(ZHANG, "今天查寝，9号楼"))[0]


# Recording ------------------------------------------------------------------------------


async def test_private_message_is_recorded_with_buttons(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "昨天去了9号楼宿舍")
    assert replies == ["已记录（数学与应用数学2023-1班）：\n11月22日(周日) 深入宿舍 · 9号楼"]
    [activity] = bot.activities()
    assert (activity.kind, activity.local_date, activity.location) == (
        "dorm_visit",
        date(2026, 11, 22),
        "9号楼",
    )
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels == ["撤销", "改日期", "改类型", "补记一项"]


async def test_nothing_understood_records_nothing(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "收到，谢谢")
    assert "直接告诉我做了什么" in replies[0]
    replies = await bot.say(ZHANG, "和小李一起吃了顿午饭")
    assert "没看出" in replies[0]
    assert bot.activities() == []


async def test_the_same_update_twice_is_recorded_once(bot: BotUnderTest) -> None:
    update = bot.updates.message(bot.user(ZHANG), "今天听课", message_id=4242)
    await bot.app.process_update(update)
    await bot.app.process_update(update)
    assert len(bot.activities()) == 1
    assert "已经记录过" in bot.request.texts()[-1]


async def test_two_classes_ask_which_one(bot: BotUnderTest) -> None:
    replies = await bot.say(WANG, "今天开了班会")
    assert "哪个班" in replies[0]
    assert bot.activities() == []
    replies = await bot.press(WANG, "信息与计算科学2024-1班")
    assert "已记录（信息与计算科学2024-1班）" in replies[0]
    [activity] = bot.activities()
    assert activity.kind == "class_meeting"


async def test_odd_dates_are_asked_about_first(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "8月1日查寝")
    assert "确定要记录吗" in replies[0]
    assert bot.activities() == []
    await bot.press(ZHANG, "不记录")
    assert bot.activities() == []
    await bot.say(ZHANG, "8月1日开了班会")
    replies = await bot.press(ZHANG, "确定记录")
    assert "已记录" in replies[0]
    assert [a.local_date for a in bot.activities()] == [date(2026, 8, 1)]


async def test_buttons_undo_and_change_date_and_kind(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "今天查寝")
    await bot.press(ZHANG, "改日期")
    replies = await bot.press(ZHANG, "昨天")
    assert "11月22日(周日)" in replies[0]
    assert bot.activities()[0].local_date == date(2026, 11, 22)
    await bot.press(ZHANG, "改类型")
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert "深入宿舍" not in labels  # the record's own kind is not offered again
    assert len(labels) == 9  # the other nine kinds
    await bot.press(ZHANG, "深入教室")
    assert bot.activities()[0].kind == "classroom_visit"
    replies = await bot.press(ZHANG, "撤销")
    assert replies[0].startswith("已撤销")
    assert bot.activities() == []


async def test_someone_else_cannot_press_my_undo(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "今天查寝")
    await bot.press(WANG, "撤销")
    assert len(bot.activities()) == 1


async def test_edit_updates_the_record_and_undo_removes_the_last(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "今天查寝", message_id=50)
    replies = await bot.say(ZHANG, "前天查寝，和两位同学谈心", message_id=50, edited=True)
    assert "已按修改后的消息更新" in replies[0]
    kinds = sorted((a.kind, a.local_date, a.count) for a in bot.activities())
    assert kinds == [("dorm_visit", date(2026, 11, 21), 1), ("student_talk", date(2026, 11, 21), 2)]
    await bot.say(ZHANG, "今天听课", message_id=51)
    replies = await bot.say(ZHANG, "/undo")
    assert "深入教室" in replies[0]
    assert len(bot.activities()) == 2
    await bot.say(ZHANG, "/undo")
    await bot.say(ZHANG, "/undo")
    assert "没有可以撤销" in (await bot.say(ZHANG, "/undo"))[0]


async def test_database_error_says_not_recorded(
    bot: BotUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.activities

    def broken(*args: object, **kwargs: object) -> None:
        # not an outage (those are held until the database is back: tests/bot/test_faults.py)
        raise DatabaseError("INSERT", {}, Exception("database disk image is malformed"))

    monkeypatch.setattr(storage.activities, "record", broken)
    replies = await bot.say(ZHANG, "今天查寝")
    assert "没有记录" in replies[0] and "已记录" not in replies[0]


async def test_only_advisors_record(bot: BotUnderTest) -> None:
    # a counselor's free text is never recorded; they get what they can ask (issue 15)
    reply = (await bot.say(LI, "今天查寝"))[0]
    assert "您可以直接问我" in reply and "只有班主任" not in reply
    assert bot.activities() == []


async def test_blocked_user_does_not_crash_and_is_marked(bot: BotUnderTest) -> None:
    bot.request.failures["sendMessage"] = Forbidden("Forbidden: bot was blocked by the user")
    await bot.say(ZHANG, "今天查寝")
    assert len(bot.activities()) == 1  # recorded even though the reply failed
    with Session(bot.engine) as session:
        assert person_by_name(session, "张老师").unreachable_since is not None


# Status and the permission matrix ---------------------------------------------------------

STATUS_CASES = [
    # (who, argument, expected fragment)
    (ZHANG, "数学2023-1", "数学与应用数学2023-1班（班导师：张老师）"),
    (ZHANG, "数学2023-2", "没有查看"),
    (LI, "数学2023-2", "数学与应用数学2023-2班（班导师：王老师）"),
    (LI, "信计2024-1", "没有查看"),
    (ZHAO, "统计2022-1", "统计学2022-1班（班导师：陈老师）"),
    (ADMIN_ID, "统计2022-1", "统计学2022-1班（班导师：陈老师）"),
    (STRANGER, "统计2022-1", "邀请码"),
    (LI, "", "共 2 个班级"),
    (ADMIN_ID, "", "共 4 个班级"),
    (ZHANG, "物理2023-1", "没有找到班级"),
]


@pytest.mark.parametrize(("who", "arg", "expected"), STATUS_CASES)
async def test_status_permissions(bot: BotUnderTest, who: int, arg: str, expected: str) -> None:
    replies = await bot.say(who, f"/status {arg}".strip())
    assert expected in "\n".join(replies)


async def test_me_shows_own_rules_and_counts_records(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "今天查寝")
    text = "\n".join(await bot.say(ZHANG, "/me"))
    assert "✅ 每月深入宿舍（2026-11）：1/1，已完成" in text
    assert "每月班会" in text and "落后" in text
    # a counselor's /me lists the classes they follow (issue 15)
    assert "您负责的 2 个班级" in (await bot.say(LI, "/me"))[0]


async def test_counselor_with_several_classes_gets_a_summary(bot: BotUnderTest) -> None:
    text = "\n".join(await bot.say(ZHAO, "/status"))
    assert "信息与计算科学2024-1班" in text and "统计学2022-1班" in text
    assert "数学与应用数学2023-1班" not in text


# Groups ---------------------------------------------------------------------------------------


async def test_group_binding_and_recording(bot: BotUnderTest) -> None:
    # the class's counselor may bind it (tests/bot/test_linking.py); another counselor not
    assert "只有管理员" in (await bot.say(ZHAO, "/bind 数学2023-1", chat_id=GROUP))[0]
    assert "只有管理员" in (await bot.say(WANG, "/bind 数学2023-1", chat_id=GROUP))[0]
    assert (
        "已绑定到 数学与应用数学2023-1班"
        in (await bot.say(ZHANG, "/bind 数学2023-1", chat_id=GROUP))[0]
    )
    # not addressed to the bot: ignored and not stored
    assert await bot.say(ZHANG, "今天查寝", chat_id=GROUP) == []
    assert bot.activities() == []
    # a mention records for the bound class
    replies = await bot.say(ZHANG, "@advisor_bot 今天查寝，5号楼", chat_id=GROUP)
    assert "已记录（数学与应用数学2023-1班）" in replies[0]
    # an advisor of another class cannot record into this group's class
    assert "不是您带的班级" in (await bot.say(WANG, "/log 今天开班会", chat_id=GROUP))[0]
    # a stranger in the group who addresses the bot gets the explanation, nothing stored
    assert "邀请码" in (await bot.say(STRANGER, "@advisor_bot 今天查寝", chat_id=GROUP))[0]
    assert len(bot.activities()) == 1
    assert "群里" in (await bot.say(ADMIN_ID, "/bind 数学2023-1"))[0]
    assert "已绑定" in (await bot.say(ADMIN_ID, "/bind 统计2022-1", chat_id=GROUP))[0]
    with Session(bot.engine) as session:
        [binding] = session.scalars(select(GroupBinding)).all()
        assert binding.school_class.name == "统计学2022-1班"


async def test_status_in_a_group_goes_to_the_private_chat(bot: BotUnderTest) -> None:
    before = len(bot.request.calls)
    await bot.say(LI, "/status 数学2023-1", chat_id=GROUP)
    sent = bot.request.calls[before:]
    private = [c for c in sent if int(c.params["chat_id"]) == LI]
    in_group = [c for c in sent if int(c.params["chat_id"]) == GROUP]
    assert "数学与应用数学2023-1班（班导师：张老师）" in private[0].params["text"]
    assert len(in_group) == 1 and "私信" in in_group[0].params["text"]


# Languages ------------------------------------------------------------------------------------


async def test_english_speaker_gets_english(bot: BotUnderTest) -> None:
    replies = await bot.say(ZHANG, "went to building 6 dorms yesterday", lang="en")
    assert replies[0] == "Recorded (数学与应用数学2023-1班):\nSun 22 Nov dorm visit · building 6"
    assert [label for label, _ in buttons_of(bot.last_with_buttons())] == [
        "Undo",
        "Change date",
        "Change kind",
        "Add one",
    ]
    assert "Only an admin" in (await bot.say(ZHAO, "/bind 数学2023-1", chat_id=GROUP, lang="en"))[0]


async def test_lang_command_overrides_telegram_language(bot: BotUnderTest) -> None:
    assert "English" in (await bot.say(ZHANG, "/lang en"))[0]
    assert (await bot.say(ZHANG, "今天查寝"))[0].startswith("Recorded")
    assert "中文" in (await bot.say(ZHANG, "/lang zh"))[0]
    assert (await bot.say(ZHANG, "today dorm check", lang="en"))[0].startswith("已记录")
    assert "/lang zh" in (await bot.say(ZHANG, "/lang fr"))[0]


async def test_help_lists_commands(bot: BotUnderTest) -> None:
    text = (await bot.say(ZHANG, "/help"))[0]
    for command in ("/undo", "/me", "/status", "/form", "/plan", "/bind", "/lang"):
        assert command in text


async def test_role_changes_from_outside_show_within_a_minute(bot: BotUnderTest) -> None:
    from datetime import timedelta

    assert "已记录" in (await bot.say(ZHANG, "今天查寝"))[0]
    with Session(bot.engine) as session:
        person_by_name(session, "张老师").is_advisor = False  # e.g. a roster change via the CLI
        session.commit()
    bot.clock[0] += timedelta(seconds=61)
    assert "只有班主任" in (await bot.say(ZHANG, "今天听课"))[0]
    assert len(bot.activities()) == 1
