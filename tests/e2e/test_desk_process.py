"""The counselor's desk end to end: the real bot process, the local Bot API server over HTTP.

The process runs on the real clock, so the test picks a time zone in which it is now the
middle of the night: every nudge is then outside reminder hours and must be queued.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import FormSubmission, ReminderLedger
from tests.botapi.server import Call
from tests.e2e.conftest import ADVISORS, COUNSELOR, FIRST_ADVISOR, World
from tests.e2e.test_bot_process import button_data, text_of

pytestmark = pytest.mark.e2e


def night_zone() -> tuple[str, datetime]:
    """An Etc/GMT zone where it is now between 01:00 and 06:59, and the local moment."""
    now = datetime.now(UTC)
    for offset in range(-12, 15):
        local = now + timedelta(hours=offset)
        if 1 <= local.hour <= 6:
            # Etc/GMT names carry the opposite sign: Etc/GMT-8 is UTC+8.
            return f"Etc/GMT{-offset:+d}", local
    raise AssertionError("some zone always has a night hour")


def press(world: World, user: int, message: Call, label: str) -> int:
    mark = world.api.mark()
    world.api.push_callback(user, message, button_data(message, label))
    return mark


def reply_to(world: World, chat_id: int, since: int, method: str = "sendMessage") -> Call:
    return world.api.wait_for(method=method, chat_id=chat_id, since=since, timeout=40)


def texts_since(world: World, chat_id: int, since: int) -> list[str]:
    return [text_of(c) for c in world.api.sent(chat_id, "sendMessage") if c.seq >= since]


def submit_form(world: World, advisor: int, month: str) -> None:
    mark = world.api.mark()
    world.api.push_message(advisor, f"/form {month}")
    preview = reply_to(world, advisor, mark)
    mark = press(world, advisor, preview, "提交")
    reply_to(world, advisor, mark, "sendDocument")


def test_counselor_desk_nudges_review_zip_and_questions(world: World) -> None:
    api, bot = world.api, world.bot
    zone, local = night_zone()
    month = f"{local.year:04d}-{local.month:02d}"
    bot.env["ADVISORBOT_TIMEZONE"] = zone
    bot.start()
    try:
        api.wait_for(method="getUpdates", timeout=60)
    except TimeoutError as exc:
        raise AssertionError(f"the bot did not start:\n{bot.output()}") from exc
    submit_form(world, FIRST_ADVISOR, month)

    # /forms: the month, page 1 of the 30 classes, a nudge button per missing item
    mark = api.mark()
    api.push_message(COUNSELOR, f"/forms {month}")
    desk = reply_to(world, COUNSELOR, mark)
    assert f"{month} 工作记录表" in text_of(desk) and "第 1/4 页 · 共 30 个班" in text_of(desk)
    assert "1. 数学2025-1班（班主任01）" in text_of(desk) and "📄 已提交第 1 版" in text_of(desk)

    # a nudge at night is queued, not sent; a second tap the same day is refused
    mark = press(world, COUNSELOR, desk, "催办 2·表")
    assert "已排队" in text_of(reply_to(world, COUNSELOR, mark))
    mark = press(world, COUNSELOR, desk, "催办 2·表")
    assert "今天已经催办过" in text_of(reply_to(world, COUNSELOR, mark))
    assert not [t for t in texts_since(world, FIRST_ADVISOR + 1, 0) if "提醒您" in t]
    with Session(world.engine) as session:
        [row] = session.scalars(select(ReminderLedger).where(ReminderLedger.stage == "nudge"))
        assert (row.subject, row.status) == ("数学2025-2班", "queued")

    # long lists page
    mark = press(world, COUNSELOR, desk, "下一页 ›")
    page2 = reply_to(world, COUNSELOR, mark, "editMessageText")
    assert "第 2/4 页" in text_of(page2) and "9. 数学2025-9班" in text_of(page2)

    # review: open the form, return it with a comment, the advisor resubmits, approve v2
    mark = press(world, COUNSELOR, desk, "查看 1·表")
    opened = reply_to(world, COUNSELOR, mark, "sendDocument")
    assert "第 1 版" in str(opened.params.get("caption")) and "待审核" in str(
        opened.params.get("caption")
    )
    assert opened.files["document"].data[:2] == b"PK"  # a .docx
    mark = press(world, COUNSELOR, opened, "退回")
    assert "退回意见" in text_of(reply_to(world, COUNSELOR, mark))
    mark = api.mark()
    api.push_message(COUNSELOR, "请补充本月的班会记录")
    told = reply_to(world, FIRST_ADVISOR, mark)
    assert "退回了 数学2025-1班" in text_of(told) and "请补充本月的班会记录" in text_of(told)
    assert "已退回" in text_of(reply_to(world, COUNSELOR, mark))
    api.wait_for(lambda c: text_of(c) == "已通知班主任。", 20, chat_id=COUNSELOR, since=mark)

    submit_form(world, FIRST_ADVISOR, month)
    with Session(world.engine) as session:
        versions = [
            v.version for v in session.scalars(select(FormSubmission).order_by(FormSubmission.id))
        ]
        assert versions == [1, 2]
    mark = api.mark()
    api.push_message(COUNSELOR, f"/forms {month}")
    desk = reply_to(world, COUNSELOR, mark)
    assert "📄 已提交第 2 版" in text_of(desk)
    mark = press(world, COUNSELOR, desk, "查看 1·表")
    opened = reply_to(world, COUNSELOR, mark, "sendDocument")
    assert "第 2 版" in str(opened.params.get("caption"))
    mark = press(world, COUNSELOR, opened, "通过")
    assert "已审核通过" in text_of(reply_to(world, FIRST_ADVISOR, mark))
    api.wait_for(lambda c: text_of(c) == "已通知班主任。", 20, chat_id=COUNSELOR, since=mark)
    assert "✅ 已通过第 2 版" in text_of(desk_again(world, month))

    # the month's forms as one zip
    mark = press(world, COUNSELOR, desk, "下载本月全部表（zip）")
    sent = reply_to(world, COUNSELOR, mark, "sendDocument")
    with zipfile.ZipFile(io.BytesIO(sent.files["document"].data)) as archive:
        names = archive.namelist()
        assert f"数学2025-1班-{month}.docx" in names and "missing.txt" in names
        missing = archive.read("missing.txt").decode()
        assert len(names) == 2 and missing.count("\n") == ADVISORS  # title + 29 classes
        assert "数学2025-30班\t班主任30" in missing

    # questions in their words get the matching view, never "only advisors can record"
    for question, expected in (
        ("哪些班级落后了？", "您负责的 30 个班级（最落后的在前）"),
        ("谁还没交表", "工作记录表"),
        ("数学2025-3怎么样", "数学2025-3班"),
    ):
        mark = api.mark()
        api.push_message(COUNSELOR, question)
        answer = text_of(reply_to(world, COUNSELOR, mark))
        assert expected in answer and "只有班主任" not in answer, question
    assert world.activity_count() == 0


def desk_again(world: World, month: str) -> Call:
    mark = world.api.mark()
    world.api.push_message(COUNSELOR, f"/forms {month}")
    return reply_to(world, COUNSELOR, mark)
