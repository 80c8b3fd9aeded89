"""/form and /plan in chat: preview, note, submit (versioned), download, permissions."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from docx import Document
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.local_api import buttons_of
from storage.models import FormSubmission, SemesterPlan
from tests.bot.harness import LI, WANG, ZHANG, BotUnderTest, make_bot, seed


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def documents(bot: BotUnderTest) -> list[dict[str, object]]:
    return [c.params for c in bot.request.sent("sendDocument")]


async def test_form_preview_note_submit_and_resubmit(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "11月10日查寝，9号楼")
    await bot.say(ZHANG, "11月12日开了班会，主题：期中总结")
    await bot.say(ZHANG, "给3位家长打了电话")
    preview = (await bot.say(ZHANG, "/form 2026-11"))[0]
    assert "数学与应用数学2023-1班 2026-11" in preview
    assert "深入宿舍：1 次" in preview and "联系家长 3 人次" in preview and "尚未提交" in preview
    assert [label for label, _ in buttons_of(bot.last_with_buttons())] == [
        "添加备注",
        "提交",
        "下载草稿",
    ]

    assert "请发送备注" in (await bot.press(ZHANG, "添加备注"))[0]
    replies = await bot.say(ZHANG, "本月重点关注期中考试")
    assert "备注已保存" in replies[0] and "本月重点关注期中考试" in replies[1]
    assert len(bot.activities()) == 3  # the note was not recorded as work

    await bot.press(ZHANG, "提交")
    [sent] = documents(bot)
    assert "第 1 版" in str(sent["caption"])
    await bot.say(ZHANG, "/form 2026-11")
    assert "已提交第 1 版" in bot.request.texts()[-1]
    await bot.press(ZHANG, "提交")
    with Session(bot.engine) as session:
        versions = session.scalars(select(FormSubmission).order_by(FormSubmission.version)).all()
        assert [(v.version, v.note) for v in versions] == [(1, "本月重点关注期中考试"), (2, None)]
    status = "\n".join(await bot.say(ZHANG, "/me"))
    assert "✅ 月度工作记录表（2026-11）：1/1" in status


async def test_download_is_a_real_docx_with_the_records(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "11月10日查寝，9号楼")
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "下载草稿")
    [sent] = bot.request.sent("sendDocument")
    assert sent.params["_files"] == ["document"]
    # LocalRequest keeps parameters, not bytes; render the same draft to check its content.
    from bot.documents.form_docx import render_month_form
    from storage.directory import find_class
    from storage.forms import draft_month_form

    with Session(bot.engine) as session:
        form = draft_month_form(
            session, find_class(session, "数学2023-1"), "2026-11", bot.app.bot_data.tz
        )
    text = "\n".join(
        cell.text
        for t in Document(io.BytesIO(render_month_form(form, "zh"))).tables
        for row in t.rows
        for cell in row.cells
    )
    assert "9号楼" in text


async def test_form_permissions_and_bad_month(bot: BotUnderTest) -> None:
    assert "没有您负责的班级" in (await bot.say(LI, "/form 2026-11"))[0]
    assert "2026-11" in (await bot.say(ZHANG, "/form November"))[0]
    # a crafted button for someone else's class is refused
    await bot.say(WANG, "/form 2026-11")
    call = bot.last_with_buttons()
    await bot.app.process_update(bot.updates.press(bot.user(WANG), call, "fs:1:202611"))
    assert "只有该班班主任" in bot.request.texts()[-1]
    with Session(bot.engine) as session:
        assert session.scalars(select(FormSubmission)).all() == []


async def test_plan_saved_shown_and_meets_the_rule(bot: BotUnderTest) -> None:
    assert "还没有提交" in (await bot.say(ZHANG, "/plan"))[0]
    saved = (await bot.say(ZHANG, "/plan 每两周听课一次，每月查寝，期中召开学风主题班会"))[0]
    assert "第 1 版" in saved
    shown = (await bot.say(ZHANG, "/plan"))[0]
    assert "每月查寝" in shown
    assert "✅ 学期工作计划" in "\n".join(await bot.say(ZHANG, "/me"))
    # two classes: asked which one
    assert "哪个班" in (await bot.say(WANG, "/plan 计划内容"))[0]
    await bot.press(WANG, "信息与计算科学2024-1班")
    with Session(bot.engine) as session:
        plans = session.scalars(select(SemesterPlan)).all()
        assert {p.text for p in plans} == {
            "计划内容",
            "每两周听课一次，每月查寝，期中召开学风主题班会",
        }


async def test_english_form_preview(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "/lang en")
    assert "work record form (draft)" in (await bot.say(ZHANG, "/form 2026-11"))[0]


async def test_after_submission_the_download_is_the_filed_version(bot: BotUnderTest) -> None:
    await bot.say(ZHANG, "11月10日查寝，9号楼")
    await bot.say(ZHANG, "/form 2026-11")
    await bot.press(ZHANG, "提交")
    await bot.say(ZHANG, "11月11日查寝，10号楼")  # after the submission: only in a new draft
    await bot.say(ZHANG, "/form 2026-11")
    labels = [label for label, _ in buttons_of(bot.last_with_buttons())]
    assert labels[-1] == "下载第1版"
    await bot.press(ZHANG, "下载第1版")
    assert len(bot.request.sent("sendDocument")) == 2
    # LocalRequest keeps parameters, not bytes: the use case behind the button is checked.
    from bot import usecases
    from storage.directory import find_class
    from storage.models import Person

    with Session(bot.engine) as session:
        zhang = session.scalar(select(Person).where(Person.telegram_id == ZHANG))
        assert zhang is not None
        class_id = find_class(session, "数学2023-1").id
        filed = usecases.filed_form(session, zhang, class_id, "2026-11")
    assert filed is not None and filed.version == 1
    assert [e.place for e in filed.dorm_visits] == ["9号楼"]
