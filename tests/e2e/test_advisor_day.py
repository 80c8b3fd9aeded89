"""The advisor's day end to end: the real `advisorbot run` process against the local Bot API
server, with restarts between a question and its answer; and the console across two runs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from storage.evidence import evidence_counts
from storage.models import Activity, Person, SchoolClass
from tests.e2e.conftest import FIRST_ADVISOR, World
from tests.e2e.test_bot_process import text_of, wait_until

pytestmark = pytest.mark.e2e
TZ = ZoneInfo("Asia/Shanghai")


def buttons(message: dict[str, Any] | None) -> list[tuple[str, str]]:
    markup = (message or {}).get("reply_markup") or {}
    return [
        (b["text"], b["callback_data"])
        for row in markup.get("inline_keyboard", [])
        for b in row
        if "callback_data" in b
    ]


def data_of(message: dict[str, Any] | None, label: str) -> str:
    for name, data in buttons(message):
        if name == label:
            return data
    raise AssertionError(f"no button {label!r} in {buttons(message)}")


class Chat:
    """One advisor's private chat with the running bot."""

    def __init__(self, world: World, user_id: int) -> None:
        self.world, self.user_id = world, user_id
        self.last_update = 0

    def say(self, note: str) -> dict[str, Any]:
        """Send a note; the bot's answer (its message as it is now)."""
        api = self.world.api
        mark = api.mark()
        self.last_update = api.push_message(self.user_id, note)
        call = api.wait_for(method="sendMessage", chat_id=self.user_id, since=mark, timeout=20)
        assert call.message is not None
        return call.message

    def press(self, message: dict[str, Any], label: str) -> dict[str, Any]:
        """Press a button under `message`; the message after the bot edited (or answered) it."""
        api = self.world.api
        current = api.message(self.user_id, message["message_id"]) or message
        mark = api.mark()
        self.last_update = api.push_callback(self.user_id, current, data_of(current, label))
        api.wait_for(method="answerCallbackQuery", since=mark, timeout=20)
        edited = api.message(self.user_id, message["message_id"])
        assert edited is not None
        return edited

    def records(self) -> list[Activity]:
        with Session(self.world.engine) as session:
            return list(
                session.scalars(
                    select(Activity)
                    .where(Activity.deleted_at.is_(None), Activity.source_chat_id == self.user_id)
                    .order_by(Activity.id)
                )
            )


def started(world: World) -> Chat:
    world.bot.start()
    world.api.wait_for(method="getUpdates", timeout=30)
    return Chat(world, FIRST_ADVISOR)


def restart(world: World, chat: Chat) -> None:
    """SIGKILL and start again: nothing held in memory survives. (Once the chat's last
    update is confirmed, so Telegram does not deliver it again.)"""
    api = world.api
    wait_until(lambda: api.confirmed_offset > chat.last_update, 20, "the last update confirmed")
    world.bot.kill()
    mark = world.api.mark()
    world.bot.start()
    world.api.wait_for(method="getUpdates", since=mark, timeout=30)


def today() -> datetime:
    return datetime.now(TZ)


def test_a_question_survives_a_restart_before_its_button_is_pressed(world: World) -> None:
    chat = started(world)
    old = (today() - timedelta(days=70)).date()
    question = chat.say(f"{old.month}月{old.day}日查寝")
    assert "确定要记录吗" in question["text"]
    assert chat.records() == []
    restart(world, chat)
    answered = chat.press(question, "确定记录")
    assert answered["text"].startswith("已记录")
    assert [(r.kind, r.local_date) for r in chat.records()] == [("dorm_visit", old)]


def test_a_form_note_awaited_before_a_restart_is_still_a_note_after_it(world: World) -> None:
    chat = started(world)
    preview = chat.say("/form")
    chat.press(preview, "添加备注")
    restart(world, chat)
    saved = chat.say("本月重点关注考试周的作息")
    assert "备注" in saved["text"]
    assert chat.records() == []  # a note about work, caught as the note, not recorded


@pytest.mark.parametrize("count", [5, 9])
def test_a_long_note_is_fixed_record_by_record_with_six_digit_ids(world: World, count: int) -> None:
    with Session(world.engine) as session:  # the next records get six-digit ids
        session.execute(
            text(
                "INSERT INTO activities (id, advisor_id, class_id, kind, local_date, count,"
                " students, seq, source, recorded_at, deleted_at) VALUES (123455, 1, 1,"
                " 'dorm_visit', '2026-01-01', 1, '[]', 0, 'cli', :at, :at)"
            ),
            {"at": datetime.now(UTC).replace(tzinfo=None)},
        )
        session.commit()
    chat = started(world)
    notes = {
        5: "今天查寝，听了课，开了班会，给家长打了电话，和学生谈心",
        9: "上周一查寝；上周二听课；上周三开了班会；上周四给家长打电话；上周五和学生谈心；"
        "上周六查寝；上周日听课；昨天开了班会；今天和同学谈心",
    }
    recorded = chat.say(notes[count])
    rows = chat.records()
    # One per record, undo-all and add-one.
    assert len(rows) == count == len(buttons(recorded)) - 2
    assert all(r.id >= 123456 for r in rows)
    # every record: open it and undo it on its own, the others stay
    for n in range(1, len(rows) + 1):
        label = next(name for name, _ in buttons(recorded) if name.startswith("1 · "))
        menu = chat.press(recorded, label)
        assert "修改第1条" in menu["text"]
        if n % 2:
            moved = chat.press(menu, "改日期")
            day = next(name for name, _ in buttons(moved))
            recorded = chat.press(moved, day)
            # A button changed it, not an edited message: the header says so.
            assert "已修改，现在记录的是" in recorded["text"]
            assert "修改后的消息" not in recorded["text"]
            menu = chat.press(recorded, label)
        recorded = chat.press(menu, "撤销第1条")
        remaining = chat.records()
        assert [r.id for r in remaining] == [r.id for r in rows[n:]]
        if len(remaining) == 1:
            break
    assert len(chat.records()) == 1


def test_a_two_class_advisor_names_the_class(world: World) -> None:
    with Session(world.engine) as session:
        advisor = session.scalar(select(Person).where(Person.telegram_id == FIRST_ADVISOR))
        assert advisor is not None
        session.add(
            SchoolClass(name="统计学2025-9班", cohort=2025, major="统计学", advisor_id=advisor.id)
        )
        session.commit()
    chat = started(world)
    asked = chat.say("今天查寝")
    assert "哪个班" in asked["text"]
    named = chat.say("今天在统计2025-9班开了班会")
    assert "已记录（统计学2025-9班）" in named["text"]
    [meeting] = [r for r in chat.records() if r.kind == "class_meeting"]
    assert meeting.location is None
    default = chat.say("昨天和两位同学谈心")
    assert "已记录（统计学2025-9班）" in default["text"]
    switched = chat.press(default, "改记到 数学2025-1班")
    assert "数学2025-1班" in switched["text"]


def test_a_plan_its_evening_question_and_each_answer(world: World) -> None:
    chat = started(world)
    tomorrow = (today() + timedelta(days=1)).date()
    plans = [chat.say(f"明天准备{what}") for what in ("开班会", "查寝", "听课")]
    assert all("计划" in p["text"] for p in plans) and chat.records() == []
    assert "已记下计划" in chat.press(plans[0], "好")["text"]
    # the sweep that evening, as `advisorbot remind` (same database, same Bot API server)
    evening = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 19, 5, tzinfo=TZ)
    mark = world.api.mark()
    output = remind(world, evening)
    assert output.count('"stage": "planned"') == 3
    del mark
    # the follow-ups come last in a sweep
    asks = [c.message for c in world.api.sent(chat_id=FIRST_ADVISOR, method="sendMessage")[-3:]]
    assert all(a is not None and "完成了吗" in a["text"] for a in asks)
    assert remind(world, evening + timedelta(minutes=15)).count('"stage": "planned"') == 0
    recorded = chat.press(asks[0], "记录")  # type: ignore[arg-type]
    assert recorded["text"].startswith("已记录")
    assert "没有记录" in chat.press(asks[1], "没开成")["text"]  # type: ignore[arg-type]
    moving = chat.press(asks[2], "改到…")  # type: ignore[arg-type]
    first_day = buttons(moving)[0][0]
    assert "改到" in chat.press(moving, first_day)["text"]
    assert [r.kind for r in chat.records()] == ["class_meeting"]


def remind(world: World, moment: datetime) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "remind", "--now", moment.isoformat(), "--json"],
        env=world.bot.env,
        cwd=world.bot.cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_photo_with_a_caption_and_a_photo_as_a_reply(world: World) -> None:
    chat = started(world)
    api = world.api
    mark = api.mark()
    api.push_photo(FIRST_ADVISOR, "photo-dorm-1", "今天查寝，9号楼")
    recorded = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=20)
    assert "已记录" in text_of(recorded) and "照片" in text_of(recorded)
    [record] = chat.records()
    assert record.location == "9号楼"
    assert recorded.message is not None
    mark = api.mark()
    api.push_photo(FIRST_ADVISOR, "photo-dorm-2", reply_to=recorded.message["message_id"])
    attached = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=20)
    assert "附到 1 条记录" in text_of(attached)
    with Session(world.engine) as session:
        assert evidence_counts(session, [record.id]) == {record.id: 2}


def test_the_console_across_two_runs(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADVISORBOT_"))}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'console.sqlite3'}", PYTHONUNBUFFERED="1")

    def run(lines: list[str]) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "console", "--out", str(tmp_path / "out")],
            input="\n".join(lines) + "\n!quit\n",
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    first = run(["今天查寝，9号楼", "!1", "/form", "!1", "!3"])
    assert "已记录" in first
    saved = sorted((tmp_path / "out").iterdir())
    assert len(saved) == 1 and saved[0].suffix == ".docx"
    assert str(saved[0]) in first
    second = run(["今天开了班会"])
    assert "已记录" in second and "已经记录过" not in second
