"""The counselor's desk through process_update: /forms, nudges, review, zip, questions, and
forged buttons (another counselor's class, malformed data) refused without an exception."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.handlers import desk as desk_handlers
from bot.local_api import buttons_of
from storage.directory import find_class
from storage.forms import review_state
from storage.models import FormSubmission, ReminderLedger
from tests.bot.harness import ADMIN_ID, LI, NOW, WANG, ZHANG, ZHAO, BotUnderTest, make_bot, seed


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def sent_to(bot: BotUnderTest, chat_id: int) -> list[str]:
    return [str(c.params.get("text")) for c in bot.request.sent("sendMessage", chat_id)]


def labels(bot: BotUnderTest) -> list[str]:
    return [label for label, _ in buttons_of(bot.last_with_buttons())]


def nudges(bot: BotUnderTest) -> list[ReminderLedger]:
    with Session(bot.engine) as session:
        return list(
            session.scalars(
                select(ReminderLedger)
                .where(ReminderLedger.stage == "nudge")
                .order_by(ReminderLedger.id)
            )
        )


async def submit_form(bot: BotUnderTest, advisor: int = ZHANG) -> None:
    await bot.say(advisor, "11月10日查寝，9号楼")
    await bot.say(advisor, "/form 2026-11")
    await bot.press(advisor, "提交")


def class_id(bot: BotUnderTest, name: str) -> int:
    with Session(bot.engine) as session:
        return find_class(session, name).id


async def test_forms_lists_the_counselors_classes_with_nudge_buttons(bot: BotUnderTest) -> None:
    await submit_form(bot)
    [page] = await bot.say(LI, "/forms")
    assert "2026-11 工作记录表（2026-12-05 截止）与 2026-2027-1 学期计划" in page
    assert "1. 数学与应用数学2023-1班（张老师）" in page
    assert "2. 数学与应用数学2023-2班（王老师）" in page
    assert "📄 已提交第 1 版" in page and "⏳ 未提交" in page
    assert "信息与计算科学" not in page  # not Li's class
    assert labels(bot) == [
        "查看 1·表",
        "催办 1·计划",
        "催办 2·表",
        "催办 2·计划",
        "催办全部未交（3）",
        "下载本月全部表（zip）",
        "‹ 2026-10",
        "2026-12 ›",
    ]
    # one tap to another month
    [october] = await bot.press(LI, "‹ 2026-10")
    assert october.startswith("2026-10 工作记录表（2026-11-05 截止）")
    assert "❌ 未提交" in october  # past due
    # an admin sees every class; an advisor is pointed to /form
    assert "统计学2022-1班" in (await bot.say(ADMIN_ID, "/forms 2026-11"))[0]
    assert "/form" in (await bot.say(ZHANG, "/forms"))[0]
    assert "2026-11" in (await bot.say(LI, "/forms November"))[0]


async def test_nudge_once_a_day_in_the_advisors_language(bot: BotUnderTest) -> None:
    await bot.say(WANG, "/lang en")
    await bot.say(LI, "/forms")
    replies = await bot.press(LI, "催办 2·表")
    assert replies[-1] == "已催办 王老师（数学与应用数学2023-2班）。"
    [to_wang] = [s for s in sent_to(bot, WANG) if "reminder from" in s]
    assert "the 2026-11 work record form of 数学与应用数学2023-2班" in to_wang
    assert "/form 2026-11" in to_wang
    # a second tap the same day is refused politely, and nothing more is sent
    await bot.say(LI, "/forms")
    assert "今天已经催办过" in (await bot.press(LI, "催办 2·表"))[0]
    assert len([s for s in sent_to(bot, WANG) if "reminder from" in s]) == 1
    [row] = nudges(bot)
    assert (row.subject, row.rule, row.period, row.status) == (
        "数学与应用数学2023-2班",
        "monthly_form",
        "2026-11~2026-11-23",
        "sent",
    )
    # the next day it may be nudged again
    bot.clock[0] = NOW + timedelta(days=1)
    await bot.say(LI, "/forms")
    assert (await bot.press(LI, "催办 2·表"))[-1].startswith("已催办")


async def test_nudge_outside_reminder_hours_is_queued_then_delivered(bot: BotUnderTest) -> None:
    bot.clock[0] = NOW.replace(hour=22, minute=30)
    await bot.say(LI, "/forms")
    assert "已排队 4" in (await bot.press(LI, "催办全部未交（4）"))[-1]
    assert sent_to(bot, ZHANG) == [] and sent_to(bot, WANG) == []
    queued = nudges(bot)
    assert len(queued) == 4 and {r.status for r in queued} == {"queued"}
    # Zhang hands the form in overnight: his queued form nudge is dropped, not sent
    bot.clock[0] = NOW.replace(hour=23)
    await submit_form(bot)
    # still night: the delivery job sends nothing
    await desk_handlers.deliver_queued(bot.app.bot, bot.app.bot_data)
    assert [s for s in sent_to(bot, ZHANG) if "提醒您" in s] == []
    # the next working morning, after the send time
    bot.clock[0] = (NOW + timedelta(days=1)).replace(hour=9, minute=40)
    await desk_handlers.deliver_queued(bot.app.bot, bot.app.bot_data)
    to_zhang = [s for s in sent_to(bot, ZHANG) if "提醒您" in s]
    assert len(to_zhang) == 1 and "学期工作计划" in to_zhang[0]
    assert len([s for s in sent_to(bot, WANG) if "提醒您" in s]) == 2
    states = {(r.subject[-7:], r.rule): r.status for r in nudges(bot)}
    assert states[("2023-1班", "monthly_form")] == "dropped"
    assert states[("2023-1班", "semester_plan")] == "sent"
    # delivered once: a second run sends nothing more
    await desk_handlers.deliver_queued(bot.app.bot, bot.app.bot_data)
    assert len([s for s in sent_to(bot, WANG) if "提醒您" in s]) == 2


async def test_nudge_all_reply_counts(bot: BotUnderTest) -> None:
    await bot.say(LI, "/forms")
    done = (await bot.press(LI, "催办全部未交（4）"))[-1]
    assert done == "催办结果：已发送 4，已排队 0，今天已催过 0，无法联系 0。"
    await bot.say(LI, "/forms")
    again = (await bot.press(LI, "催办全部未交（4）"))[-1]
    assert "今天已催过 4" in again


async def test_approve_return_and_resubmission(bot: BotUnderTest) -> None:
    await submit_form(bot)
    await bot.say(LI, "/forms")
    await bot.press(LI, "查看 1·表")
    [opened] = bot.request.sent("sendDocument", LI)
    assert opened.params["_files"] == ["document"]
    assert "数学与应用数学2023-1班 2026-11 工作记录表 · 第 1 版" in str(opened.params["caption"])
    assert "待审核" in str(opened.params["caption"])
    assert labels(bot) == ["通过", "退回"]
    assert "退回意见" in (await bot.press(LI, "退回"))[0]

    # the question survives a restart: a new application on the same database
    restarted = make_bot(bot.engine)
    restarted.clock[0] = bot.clock[0]
    async with restarted.app:
        replies = await restarted.say(LI, "请补充本月班会记录")
        assert replies[0].startswith("已退回 数学与应用数学2023-1班 2026-11 工作记录表（第 1 版）")
        assert replies[-1] == "已通知班主任。"
        [told] = [s for s in sent_to(restarted, ZHANG) if "退回了" in s]
        assert "意见：请补充本月班会记录" in told and "/form 2026-11" in told
        assert len(restarted.activities()) == 1  # the comment was not recorded as work
    with Session(bot.engine) as session:
        first = session.scalar(select(FormSubmission))
        assert first is not None
        assert review_state(session, "monthly_form", first.id) == "returned"

    # the advisor resubmits: version 2, submitted, shown as such
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "提交")
    [page] = await bot.say(LI, "/forms")
    assert "📄 已提交第 2 版" in page
    await bot.press(LI, "查看 1·表")
    assert "第 2 版" in str(bot.request.sent("sendDocument", LI)[-1].params["caption"])
    replies = await bot.press(LI, "通过")
    assert replies[0] == "已通过 数学与应用数学2023-1班 2026-11 工作记录表（第 2 版）。"
    assert any("已审核通过" in s and "第 2 版" in s for s in sent_to(bot, ZHANG))
    with Session(bot.engine) as session:
        versions = session.scalars(select(FormSubmission).order_by(FormSubmission.version)).all()
        assert [review_state(session, "monthly_form", v.id) for v in versions] == [
            "returned",
            "approved",
        ]
    assert "✅ 已通过第 2 版" in (await bot.say(LI, "/forms"))[0]
    # an old button for version 1 can no longer approve it
    await bot.app.process_update(
        bot.updates.press(bot.user(LI), bot.last_with_buttons(), f"da:f:{versions[0].id}")
    )
    assert "更新的版本" in bot.request.texts()[-1]


async def test_plan_opened_as_text_and_reviewed(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "/plan 每两周听课一次，每月查寝")
    await bot.say(LI, "/forms")
    replies = await bot.press(LI, "查看 1·计划")
    assert "2026-2027-1 学期工作计划 · 第 1 版" in replies[0]
    assert "每两周听课一次，每月查寝" in replies[0]
    await bot.press(LI, "通过")
    assert any("已审核通过" in s for s in sent_to(bot, ZHANG))


async def test_forged_buttons_are_refused_without_an_exception(bot: BotUnderTest) -> None:
    await submit_form(bot)
    with Session(bot.engine) as session:
        submission = session.scalar(select(FormSubmission))
        assert submission is not None
        form_id = submission.id
    own = class_id(bot, "数学与应用数学2023-1班")
    await bot.say(ZHAO, "/forms")
    call = bot.last_with_buttons()
    for data in (f"dn:f:{own}:202611", f"do:f:{form_id}", f"da:f:{form_id}", f"dr:f:{form_id}"):
        await bot.app.process_update(bot.updates.press(bot.user(ZHAO), call, data))
        assert bot.request.texts()[-1] == "这不是您负责的班级。", data
    # the class's own advisor is no reviewer either
    await bot.app.process_update(bot.updates.press(bot.user(ZHANG), call, f"da:f:{form_id}"))
    assert bot.request.texts()[-1] == "这不是您负责的班级。"
    for data in ("dn:x:1:202611", "dn:f:1:202613", "do:f:abc", "dp:202611", "da:f:99999999"):
        await bot.app.process_update(bot.updates.press(bot.user(ZHAO), call, data))
        answer = bot.request.sent("answerCallbackQuery")[-1].params.get("text")
        assert answer == "这个按钮已失效。" or bot.request.texts()[-1] == "这个按钮已失效。", data
    with Session(bot.engine) as session:
        assert review_state(session, "monthly_form", form_id) == "submitted"
    assert nudges(bot) == []
    assert all(len(data.encode()) <= 64 for _label, data in buttons_of(call))


async def test_zip_button_sends_one_archive(bot: BotUnderTest) -> None:
    await submit_form(bot)
    await bot.say(LI, "/forms")
    await bot.press(LI, "下载本月全部表（zip）")
    [archive] = bot.request.sent("sendDocument", LI)
    assert "1 份已提交的表；1 个班未交" in str(archive.params["caption"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("哪些班级落后了？", "您负责的 2 个班级（最落后的在前）"),
        ("谁还没交表", "2026-11 工作记录表"),
        ("谁没交计划", "2026-2027-1 学期计划"),
        ("数学2023-1怎么样", "数学与应用数学2023-1班"),
        ("你好", "您可以直接问我"),
    ],
)
async def test_questions_are_answered_with_the_matching_view(
    bot: BotUnderTest, question: str, expected: str
) -> None:
    replies = await bot.say(LI, question)
    assert expected in replies[0]
    assert not any("只有班主任" in r for r in replies)
    assert bot.activities() == []


async def test_english_questions_and_counselor_me_and_plan(bot: BotUnderTest) -> None:
    await bot.say(ZHAO, "/lang en")
    assert "Your 2 classes (most behind first)" in (await bot.say(ZHAO, "who is behind?"))[0]
    assert "统计学2022-1班" in (await bot.say(ZHAO, "status of 统计"))[0]
    assert "No class called" in (await bot.say(ZHAO, "status of 物理"))[0]
    me = (await bot.say(ZHAO, "/me"))[0]
    assert "Your 2 classes" in me and "信息与计算科学2024-1班" in me
    plan = (await bot.say(ZHAO, "/plan"))[0]
    assert plan.startswith("/plan is for advisors") and "统计学2022-1班: ❌ not submitted" in plan
    # an advisor's own /me and /plan are unchanged
    assert "还没有提交" in (await bot.say(ZHANG, "/plan"))[0]


async def test_review_state_shows_in_status(bot: BotUnderTest) -> None:
    await submit_form(bot)
    status = "\n".join(await bot.say(LI, "/status 数学2023-1"))
    assert "✅ 月度工作记录表（2026-11）：1/1，已完成 · 待审核" in status
    await bot.say(LI, "/forms")
    await bot.press(LI, "查看 1·表")
    await bot.press(LI, "通过")
    assert "· 已审核通过" in "\n".join(await bot.say(ZHANG, "/me"))
    assert "· 已审核通过" in "\n".join(await bot.say(LI, "数学2023-1怎么样"))


async def test_forms_in_a_group_goes_to_the_private_chat(bot: BotUnderTest) -> None:
    replies = await bot.say(LI, "/forms", chat_id=-100123)
    assert "私信" in replies[-1]
    [page] = [c for c in bot.request.sent("sendMessage", LI)]
    assert "数学与应用数学2023-1班" in str(page.params["text"])
    assert not any("数学与应用数学" in t for t in bot.request.texts(-100123))


async def test_unreachable_advisors_are_not_nudged_and_a_403_is_noted(bot: BotUnderTest) -> None:
    from telegram.error import Forbidden

    from storage.models import Person

    # 陈老师 is on the roster by @username only: no Telegram account to write to
    await bot.say(ZHAO, "/forms")
    assert "无法催办" in (await bot.press(ZHAO, "催办 2·表"))[-1]
    # 王老师 blocked the bot: the send fails with 403, he is marked unreachable
    await bot.say(ZHAO, "/forms")
    bot.request.failures["sendMessage"] = Forbidden("Forbidden: bot was blocked by the user")
    assert "无法催办" in (await bot.press(ZHAO, "催办 1·表"))[-1]
    with Session(bot.engine) as session:
        wang = session.scalar(select(Person).where(Person.telegram_id == WANG))
        assert wang is not None and wang.unreachable_since is not None
    # the 403 is on the ledger row; no row for someone who could not be written to at all
    states = {(r.subject, r.rule): r.status for r in nudges(bot)}
    assert states == {("信息与计算科学2024-1班", "monthly_form"): "unreachable"}
    # and a later tap says again why, rather than "already nudged"
    await bot.say(ZHAO, "/forms")
    assert "无法催办" in (await bot.press(ZHAO, "催办 1·表"))[-1]


async def test_a_plan_sent_as_a_document_is_opened_as_that_document(bot: BotUnderTest) -> None:
    from storage.directory import find_class as find
    from storage.forms import save_plan
    from storage.models import Person, Semester

    with Session(bot.engine) as session:
        zhang = session.scalar(select(Person).where(Person.telegram_id == ZHANG))
        semester = session.scalar(select(Semester))
        assert zhang is not None and semester is not None
        save_plan(
            session, find(session, "数学2023-1"), zhang, semester, "", NOW, "FILE-1", "计划.docx"
        )
        session.commit()
    await bot.say(LI, "/forms")
    await bot.press(LI, "查看 1·计划")
    [document] = bot.request.sent("sendDocument", LI)
    assert document.params["document"] == "FILE-1"
    assert labels(bot) == ["通过", "退回"]


async def test_someone_both_advisor_and_counselor_records_work_and_asks(
    bot: BotUnderTest,
) -> None:
    from storage.models import Person, SchoolClass

    with Session(bot.engine) as session:
        zhang = session.scalar(select(Person).where(Person.telegram_id == ZHANG))
        assert zhang is not None
        zhang.is_counselor = True
        other = session.scalar(select(SchoolClass).where(SchoolClass.name.like("统计%")))
        assert other is not None
        other.counselor_id = zhang.id
        session.commit()
    bot.app.bot_data.actors.clear()
    assert "已记录" in (await bot.say(ZHANG, "今天查寝"))[0]
    assert len(bot.activities()) == 1
    assert "工作记录表" in (await bot.say(ZHANG, "谁还没交表"))[0]
    # a form note they were asked for is still a note, not a record
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "添加备注")
    assert "备注已保存" in (await bot.say(ZHANG, "本月开了一次班会"))[0]
    assert len(bot.activities()) == 1


async def test_a_roster_person_made_admin_by_the_settings_sees_every_class(engine: Engine) -> None:
    from pydantic import SecretStr

    from bot.settings import Settings

    seed(engine)
    settings = Settings(
        telegram_bot_token=SecretStr("123:test"),
        database_url=str(engine.url),
        admins=frozenset({ZHAO}),
    )
    admin_bot = make_bot(engine, settings)
    async with admin_bot.app:
        [page] = await admin_bot.say(ZHAO, "/forms")
        assert "共 4 个班" in page and "数学与应用数学2023-1班" in page
        await submit_form(admin_bot)
        await admin_bot.say(ZHAO, "/forms")
        await admin_bot.press(ZHAO, "查看 2·表")
        assert (await admin_bot.press(ZHAO, "通过"))[0].startswith("已通过")


async def test_a_returned_form_can_be_nudged_until_it_is_resubmitted(bot: BotUnderTest) -> None:
    await submit_form(bot)
    await bot.say(LI, "/forms")
    await bot.press(LI, "查看 1·表")
    await bot.press(LI, "退回")
    await bot.say(LI, "请补充班会记录")
    await bot.say(LI, "/forms")
    assert labels(bot)[:2] == ["查看 1·表", "催办 1·表"]
    replies = await bot.press(LI, "催办 1·表")
    assert replies[-1] == "已催办 张老师（数学与应用数学2023-1班）。"
    [nudge] = [s for s in sent_to(bot, ZHANG) if "提醒您" in s]
    assert "已退回" in nudge and "/form 2026-11" in nudge
    # once resubmitted there is nothing to nudge
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "提交")
    await bot.say(LI, "/forms")
    assert "催办 1·表" not in labels(bot)


async def test_a_long_return_comment_reaches_the_advisor_and_fits_the_caption(
    bot: BotUnderTest,
) -> None:
    await submit_form(bot)
    await bot.say(LI, "/forms")
    await bot.press(LI, "查看 1·表")
    await bot.press(LI, "退回")
    comment = "请补充。" * 1000  # 4,000 characters: near Telegram's limit for one message
    await bot.say(LI, comment)
    told = "".join(s for s in sent_to(bot, ZHANG) if "退回" in s or s.startswith("请补充"))
    assert told.count("请补充。") == 1000
    await bot.say(LI, "/forms")
    await bot.press(LI, "查看 1·表")
    caption = str(bot.request.sent("sendDocument", LI)[-1].params["caption"])
    assert len(caption) <= 1024 and caption.endswith("…")


async def test_a_failed_nudge_is_retried_by_the_delivery_job_not_at_once(
    bot: BotUnderTest,
) -> None:
    from telegram.error import NetworkError

    await bot.say(LI, "/forms")
    bot.request.failures["sendMessage"] = NetworkError("connection reset")
    assert "稍后会自动重试" in (await bot.press(LI, "催办 2·表"))[-1]
    [row] = nudges(bot)
    assert (row.status, row.last_error) == ("pending", "NetworkError: connection reset")
    # a minute later it may still be in flight elsewhere: left alone
    bot.clock[0] = NOW + timedelta(minutes=1)
    assert await desk_handlers.deliver_queued(bot.app.bot, bot.app.bot_data) == 0
    bot.clock[0] = NOW + timedelta(minutes=16)
    assert await desk_handlers.deliver_queued(bot.app.bot, bot.app.bot_data) == 1
    assert len([s for s in sent_to(bot, WANG) if "提醒您" in s]) == 1
    [row] = nudges(bot)
    assert (row.status, row.attempts) == ("sent", 2)
