"""The audit trail (every change to a record, who/when/before/after) and personal data:
export, forget, /undo keeping no words, and the retention job."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.context import Services
from bot.retention import run_retention
from storage.audit import edited_activity_ids
from storage.models import Activity, ActivityChange, FormSubmission, Person
from tests.bot.harness import ZHANG, BotUnderTest, make_bot, seed


def changes(engine: Engine) -> list[ActivityChange]:
    with Session(engine) as session:
        return list(session.scalars(select(ActivityChange).order_by(ActivityChange.id)))


async def test_every_change_to_a_record_is_kept_with_who_and_before_after(
    engine: Engine,
) -> None:
    seed(engine)
    bot = make_bot(engine)
    async with bot.app:
        await bot.say(ZHANG, "今天去了9号楼宿舍 和李明谈心")
        rows = bot.activities()
        assert len(rows) == 2
        await bot.press(ZHANG, "1 · 深入宿舍")
        await bot.press(ZHANG, "改类型")
        await bot.press(ZHANG, "深入教室")
        await bot.say(ZHANG, "/undo")
    trail = changes(engine)
    with Session(engine) as session:
        zhang = session.scalar(select(Person).where(Person.telegram_id == ZHANG))
        assert zhang is not None
    assert [c.action for c in trail][:2] == ["created", "created"]
    assert {c.actor_id for c in trail} == {zhang.id}
    assert {c.actor_telegram_id for c in trail} == {ZHANG}
    rekinded = [c for c in trail if c.action == "rekinded"]
    assert len(rekinded) == 1
    assert rekinded[0].before is not None and rekinded[0].after is not None
    assert rekinded[0].before["kind"] != rekinded[0].after["kind"] == "classroom_visit"
    assert sorted(c.activity_id for c in trail if c.action == "undone") == [r.id for r in rows]
    # nothing of the words or the students' names is in the trail
    assert "李明" not in json.dumps([c.before for c in trail] + [c.after for c in trail])
    with Session(engine) as session:
        assert edited_activity_ids(session, [r.id for r in rows]) == {r.id for r in rows}


async def test_undo_keeps_no_words(engine: Engine) -> None:
    seed(engine)
    bot = make_bot(engine)
    async with bot.app:
        await bot.say(ZHANG, "今天查寝，和王芳谈了心")
        await bot.say(ZHANG, "/undo")
        await bot.say(ZHANG, "今天听课")
        await bot.press(ZHANG, "撤销")
    undone = bot.activities(include_deleted=True)
    assert undone and all(a.deleted_at is not None for a in undone)
    assert [a.source_text for a in undone] == [None] * len(undone)


async def test_the_retention_job_blanks_old_words_only(engine: Engine) -> None:
    seed(engine)
    bot = make_bot(engine)
    async with bot.app:
        await bot.say(ZHANG, "今天查寝 老的")
        bot.clock[0] += timedelta(days=401)
        await bot.say(ZHANG, "今天听课 新的")
        services: Services = bot.app.bot_data
        assert run_retention(services) == 1
    texts = [a.source_text for a in bot.activities()]
    assert texts == [None, "今天听课 新的"]
    assert [a.kind for a in bot.activities()] == ["dorm_visit", "classroom_visit"]


def cli(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": db_url, "ADVISORBOT_LANGUAGE": "en"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env, timeout=120
    )


async def test_history_export_and_forget_on_the_command_line(db_url: str) -> None:
    from storage.db import make_engine

    engine = make_engine(db_url)
    seed(engine)
    bot: BotUnderTest = make_bot(engine)
    async with bot.app:
        await bot.say(ZHANG, "今天去了9号楼宿舍，和李明谈心一小时")
        await bot.press(ZHANG, "1 · 深入宿舍")
        await bot.press(ZHANG, "改类型")
        await bot.press(ZHANG, "深入教室")
    with Session(engine) as session:
        advisor = session.scalar(select(Person).where(Person.telegram_id == ZHANG))
        assert advisor is not None
        row = session.scalars(select(Activity).order_by(Activity.id)).first()
        assert row is not None
        session.add(
            FormSubmission(
                class_id=row.class_id,
                advisor_id=advisor.id,
                month="2026-11",
                version=1,
                snapshot={"dorm_visits": [{"content": "今天查寝", "students": ["李明"]}]},
                submitted_at=bot.clock[0],
            )
        )
        session.commit()

    history = cli(db_url, "history", "数学2023-1", "--since", "2026-11-01")
    assert history.returncode == 0, history.stderr
    lines = history.stdout.strip().splitlines()
    assert "(3)" in lines[0] and len(lines) == 4
    assert "kind changed" in history.stdout and "张老师" in history.stdout
    assert "kind: dorm_visit → classroom_visit" in history.stdout
    later = cli(db_url, "history", "数学2023-1", "--since", "2027-01-01")
    assert "(0)" in later.stdout

    exported = cli(db_url, "person", "export", "张老师")
    assert exported.returncode == 0, exported.stderr
    data = json.loads(exported.stdout)
    assert data["person"]["telegram_id"] == ZHANG
    assert len(data["activities"]) == 2 and "李明" in exported.stdout
    assert data["classes"] == [{"name": "数学与应用数学2023-1班", "role": "advisor"}]

    forgotten = cli(db_url, "person", "forget", "张老师")
    assert forgotten.returncode == 0, forgotten.stderr
    assert f"Telegram account {ZHANG}" in forgotten.stdout and "raw text of 2" in forgotten.stdout
    after = cli(db_url, "person", "export", "张老师")
    assert "李明" not in after.stdout and str(ZHANG) not in after.stdout
    data = json.loads(after.stdout)
    assert data["person"]["telegram_id"] is None
    facts = [(a["kind"], a["local_date"], a["count"]) for a in data["activities"]]
    assert len(facts) == 2 and all(a["source_text"] is None for a in data["activities"])
    assert cli(db_url, "person", "export", "无此人").returncode == 2
    engine.dispose()
