"""/survey and the students' answers through the real PTB stack (process_update), on both
databases: permissions, bad input, replacing an answer, the minimum, no Telegram ids stored."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

from bot.local_api import buttons_of
from storage.models import Survey, SurveyAnswer
from tests.bot.harness import ADMIN_ID, LI, ZHANG, ZHAO, BotUnderTest, make_bot, seed

CLASS = "数学与应用数学2023-1班"  # 李辅导员's class; cohort 2023: year 4, 班导师
STUDENTS = [7_000_001 + n for n in range(6)]


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def survey_token(bot: BotUnderTest) -> str:
    with Session(bot.engine) as session:
        token = session.scalar(select(Survey.token))
        assert token is not None
        return token


async def answer(bot: BotUnderTest, student: int, token: str, scores: list[int]) -> list[str]:
    """The student opens the link and presses one score per question."""
    replies = await bot.say(student, f"/start s_{token}")
    for score in scores:
        replies += await bot.press(student, str(score))
    return replies


async def test_counselor_opens_students_answer_results_after_five(bot: BotUnderTest) -> None:
    opened = (await bot.say(LI, f"/survey {CLASS} until 2026-12-05"))[0]
    assert "班导师" in opened and "2026-12-05 截止" in opened
    token = survey_token(bot)
    assert f"https://t.me/advisor_bot?start=s_{token}" in opened
    [photo] = bot.request.sent("sendPhoto")
    assert photo.params["_files"] == ["photo"] and token in str(photo.params["caption"])

    first = await answer(bot, STUDENTS[0], token, [1, 1, 1, 1, 1])
    assert "匿名评价" in first[0] and "第 1/5 题" in first[1]
    assert "需要时能找到班导师" in first[1]  # the question names the class's title
    assert "已收到您的评价" in first[-1]
    assert "意见已匿名保存" in (await bot.say(STUDENTS[0], "希望多来宿舍看看"))[0]
    # the same student again: replaced, not added
    again = await answer(bot, STUDENTS[0], token, [5, 4, 5, 4, 5])
    assert "替换" in again[-1]
    await bot.press(STUDENTS[0], "跳过")
    for student in STUDENTS[1:4]:
        await answer(bot, student, token, [4, 4, 4, 4, 4])
    with Session(bot.engine) as session:
        assert session.query(SurveyAnswer).count() == 4
    # four answers: nothing but the count
    shown = "\n".join(await bot.say(LI, f"/survey results {CLASS}"))
    assert "满 5 人回答后才显示结果（现有 4 人）" in shown and "4.00" not in shown

    await answer(bot, STUDENTS[4], token, [3, 3, 3, 3, 3])
    await bot.say(STUDENTS[4], "班会很有帮助")
    await answer(bot, STUDENTS[5], token, [2, 2, 2, 2, 2])
    shown = "\n".join(await bot.say(LI, f"/survey {CLASS}"))
    assert "已有 6 人回答" in shown and "评价结果（1–5 分，6 人）" in shown
    # (5 + 4 x 3 + 3 + 2) / 6 = 3.67 for question 1; the replaced 1s are gone
    assert "1. 需要时能找到班导师，班导师回应及时：3.67" in shown
    assert "· 班会很有帮助" in shown and "希望多来宿舍看看" not in shown  # replaced with it

    ids = {str(i) for i in STUDENTS} | {f"user{i}" for i in STUDENTS}
    with bot.engine.connect() as conn:
        for table in ("surveys", "survey_answers"):
            columns = [c["name"] for c in inspect(bot.engine).get_columns(table)]
            for row in conn.execute(text(f"select * from {table}")):
                cells = " ".join(str(v) for v in row)
                assert not any(i in cells for i in ids), (table, columns)


async def test_refusals_store_nothing(bot: BotUnderTest) -> None:
    assert "没有找到班级" in (await bot.say(LI, "/survey 不存在的班"))[0]
    assert "只有" in (await bot.say(ZHAO, f"/survey {CLASS}"))[0]  # another class's counselor
    assert "只有" in (await bot.say(ZHANG, f"/survey {CLASS}"))[0]  # the advisor themself
    assert "截止日期" in (await bot.say(LI, f"/survey {CLASS} until 2026-11-01"))[0]
    assert "用法" in (await bot.say(LI, "/survey"))[0]
    assert "还没有发起" in (await bot.say(LI, f"/survey results {CLASS}"))[0]
    with Session(bot.engine) as session:
        assert session.query(Survey).count() == 0

    assert "链接无效" in (await bot.say(STUDENTS[0], "/start s_nosuchtoken"))[0]
    await bot.say(ADMIN_ID, f"/survey {CLASS} until 2026-11-30")  # an admin may open it
    token = survey_token(bot)
    assert "老师不能作答" in (await bot.say(ZHANG, f"/start s_{token}"))[0]
    # a crafted button with a score off the scale
    await bot.say(STUDENTS[0], f"/start s_{token}")
    call = bot.last_with_buttons()
    survey_id = buttons_of(call)[0][1].split(":")[1]
    update = bot.updates.press(bot.user(STUDENTS[0]), call, f"sv:{survey_id}:79999")
    await bot.app.process_update(update)
    assert "不在 1–5 分之间" in bot.request.texts()[-1]
    update = bot.updates.press(bot.user(STUDENTS[0]), call, f"sv:{survey_id}:²")
    await bot.app.process_update(update)
    assert "不在 1–5 分之间" in bot.request.texts()[-1]
    # closed: the clock passes the last day
    bot.clock[0] += timedelta(days=8)
    assert "已经结束" in (await bot.say(STUDENTS[1], f"/start s_{token}"))[0]
    with Session(bot.engine) as session:
        assert session.query(SurveyAnswer).count() == 0
    # a stranger who is not answering still gets the stranger's explanation
    assert "邀请码" in (await bot.say(STUDENTS[2], "你好"))[0]


async def test_in_a_group_only_the_link_and_results_go_private(bot: BotUnderTest) -> None:
    from tests.bot.harness import GROUP

    await bot.say(LI, f"/survey {CLASS}", chat_id=GROUP)
    [photo] = bot.request.sent("sendPhoto")
    assert photo.params["chat_id"] == GROUP  # the QR code for the class group
    token = survey_token(bot)
    for n, student in enumerate(STUDENTS[:5]):
        await answer(bot, student, token, [n + 1] * 5)
        await bot.say(student, f"意见{n}")
    before = len(bot.request.calls)
    await bot.say(LI, f"/survey {CLASS}", chat_id=GROUP)
    calls = [c for c in bot.request.calls[before:] if c.method == "sendMessage"]
    in_group = [str(c.params["text"]) for c in calls if c.params["chat_id"] == GROUP]
    private = [str(c.params["text"]) for c in calls if c.params["chat_id"] == LI]
    assert len(in_group) == 1 and "已有 5 人回答" in in_group[0]
    assert "意见" not in in_group[0] and "3.00" not in in_group[0]
    assert "1. 需要时能找到班导师，班导师回应及时：3.00" in private[0]
    assert {f"· 意见{n}" for n in range(5)} <= set(private[0].splitlines())


def test_until_dates() -> None:
    from datetime import date

    from bot.surveys import parse_command, parse_until

    today = date(2026, 12, 6)
    assert parse_until("2026-12-20", today) == date(2026, 12, 20)
    assert parse_until("12/20", today) == date(2026, 12, 20)
    assert parse_until("01-10", today) == date(2027, 1, 10)  # next January
    assert parse_until("12-05", today) == date(2026, 12, 5)  # a slip: refused as past later
    assert parse_until("13-01", today) is None and parse_until("soon", today) is None
    command = parse_command(["数学2023-1", "until", "12-20"], today)
    assert command is not None and command.until == date(2026, 12, 20)
    results = parse_command(["results", "数学2023-1"], today)
    assert results is not None and results.results_only
    assert parse_command(["数学2023-1", "until", "someday"], today) is None


async def test_close_now_ends_answers_and_counts_for_the_summary(bot: BotUnderTest) -> None:
    from bot.surveys import parse_command
    from storage.directory import find_class
    from storage.surveys import survey_summary
    from tests.conftest import TZ

    assert parse_command(["close"], bot.clock[0].date()) is None
    assert "没有进行中" in (await bot.say(LI, f"/survey close {CLASS}"))[0]
    await bot.say(LI, f"/survey {CLASS}")
    token = survey_token(bot)
    for student in STUDENTS[:5]:
        await answer(bot, student, token, [4, 4, 4, 4, 2])
    closed = "\n".join(await bot.say(LI, f"/survey close {CLASS}"))
    assert "已于 2026-11-23 截止，共 5 人回答" in closed and "5. 总体上" in closed
    assert "已经结束" in (await bot.say(STUDENTS[5], f"/start s_{token}"))[0]
    with Session(bot.engine) as session:
        class_id = find_class(session, CLASS).id
        summary = survey_summary(session, class_id, "2026-2027", at=bot.clock[0], tz=TZ)
    assert summary.answers == 5 and summary.averages == (4.0, 4.0, 4.0, 4.0, 2.0)
    # The assessment's students' column, per advisor (the judge's `opinions=`).
    from bot.surveys import assessment_opinions
    from storage.models import Person

    with Session(bot.engine) as session:
        zhang = session.scalar(select(Person.id).where(Person.name == "张老师"))
        cells = assessment_opinions(session, "2026-2027", bot.clock[0], TZ, "zh", 5)
        assert cells == {zhang: "数学与应用数学2023-1班 3.60（5 人）"}
        assert assessment_opinions(session, "2025-2026", bot.clock[0], TZ, "zh", 5) == {}
