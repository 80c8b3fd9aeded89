"""Students' survey end to end: the real `advisorbot run` process, the local Bot API server.

Six students answer (one of them twice: replaced, not added); with four answers the
counselor sees only the count; from five the averages; once closed, `survey_summary` (what
the assessment reads) has them; no column of the survey tables holds a student's id.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from storage.models import SchoolClass, Survey
from storage.surveys import survey_summary
from tests.e2e.conftest import COUNSELOR, TOKEN, World

pytestmark = pytest.mark.e2e
CLASS = "数学2025-1班"
STUDENTS = [880_000_001 + n for n in range(6)]


def text_of(call) -> str:  # type: ignore[no-untyped-def]
    return str(call.params.get("text", ""))


def buttons(message: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [(b["text"], b["callback_data"]) for row in rows for b in row]


def answer(world: World, student: int, token: str, scores: list[int]) -> str:
    """The student opens the deep link and presses a score per question; the last reply."""
    api = world.api
    mark = api.mark()
    api.push_message(student, f"/start s_{token}")
    question = api.wait_for(
        lambda c: bool(c.params.get("reply_markup")),
        method="sendMessage",
        chat_id=student,
        since=mark,
        timeout=15,
    )
    assert question.message is not None
    message_id = question.message["message_id"]
    last = ""
    for score in scores:
        current = api.message(student, message_id)
        assert current is not None
        data = dict(buttons(current))[str(score)]
        mark = api.mark()
        api.push_callback(student, message_id, data)
        last = text_of(
            api.wait_for(method="editMessageText", chat_id=student, since=mark, timeout=15)
        )
    return last


def ask(world: World, who: int, message: str) -> str:
    mark = world.api.mark()
    world.api.push_message(who, message)
    return text_of(world.api.wait_for(method="sendMessage", chat_id=who, since=mark, timeout=15))


def test_six_students_answer_one_twice_results_from_five_and_no_ids_stored(
    world: World,
) -> None:
    api, bot = world.api, world.bot
    bot.start()
    api.wait_for(method="getUpdates", timeout=30)

    mark = api.mark()
    opened = ask(world, COUNSELOR, f"/survey {CLASS}")
    assert "匿名评价" in opened and "班主任" in opened  # cohort 2025: year 2 this year
    photo = api.wait_for(method="sendPhoto", chat_id=COUNSELOR, since=mark, timeout=15)
    with Session(world.engine) as session:
        token = session.scalar(select(Survey.token))
    assert token is not None and f"start=s_{token}" in opened
    assert token in str(photo.params.get("caption"))

    assert "已收到您的评价" in answer(world, STUDENTS[0], token, [1, 2, 1, 2, 1])
    assert "匿名保存" in ask(world, STUDENTS[0], "第一次的意见")
    assert "替换" in answer(world, STUDENTS[0], token, [5, 5, 5, 5, 5])
    for student in STUDENTS[1:4]:
        answer(world, student, token, [4, 4, 4, 4, 3])
    shown = ask(world, COUNSELOR, f"/survey results {CLASS}")
    assert "现有 4 人" in shown and "评价结果" not in shown

    for student in STUDENTS[4:]:
        answer(world, student, token, [3, 3, 3, 3, 3])
    assert "匿名保存" in ask(world, STUDENTS[5], "希望多组织学习经验交流")
    shown = ask(world, COUNSELOR, f"/survey {CLASS}")
    # (5 + 4 + 4 + 4 + 3 + 3) / 6 = 3.83; question 5: (5 + 3 + 3 + 3 + 3 + 3) / 6 = 3.33
    assert "评价结果（1–5 分，6 人）" in shown
    assert "：3.83" in shown and "5. 总体上，我对班主任的工作满意：3.33" in shown
    assert "· 希望多组织学习经验交流" in shown and "第一次的意见" not in shown

    # The survey closes; the summary the assessment reads has the averages and the count.
    tz = ZoneInfo("Asia/Shanghai")
    now = datetime.now(UTC)
    with Session(world.engine) as session:
        session.execute(update(Survey).values(closes_at=now - timedelta(minutes=1)))
        session.commit()
        class_id = session.scalar(select(SchoolClass.id).where(SchoolClass.name == CLASS))
        assert class_id is not None
        local = now.astimezone(tz).date()
        first = local.year if local.month >= 9 else local.year - 1
        summary = survey_summary(session, class_id, f"{first}-{first + 1}", at=now, tz=tz)
    assert summary.answers == 6 and summary.surveys == 1
    assert summary.averages == (3.83, 3.83, 3.83, 3.83, 3.33)
    assert "已经结束" in ask(world, STUDENTS[1], f"/start s_{token}")

    # No column of any survey row holds a student's Telegram id (or the username the
    # emulator gives them).
    needles = [str(s) for s in STUDENTS]
    with world.engine.connect() as conn:
        for table in ("surveys", "survey_answers"):
            for row in conn.execute(text(f"select * from {table}")):
                cells = " ".join(str(v) for v in row)
                assert not any(n in cells for n in needles), table
    bot.stop()
    assert TOKEN not in bot.output()
