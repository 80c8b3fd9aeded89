"""The sweep as the bot's repeating job, and the buttons under a reminder, through
Application.process_update with the in-process Bot API stand-in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.handlers.reminder_buttons import JOB_NAME, schedule
from bot.local_api import buttons_of
from storage.models import ReminderLedger
from tests.bot.harness import LI, NOW, WANG, ZHANG, BotUnderTest, make_bot, seed


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def sweep_jobs(bot: BotUnderTest) -> list[str]:
    queue = bot.app.job_queue
    assert queue is not None
    return [job.name or "" for job in queue.jobs() if job.name == JOB_NAME]


async def run_sweep_job(bot: BotUnderTest) -> None:
    queue = bot.app.job_queue
    assert queue is not None
    (job,) = queue.get_jobs_by_name(JOB_NAME)
    await job.run(bot.app)


async def test_the_sweep_job_has_a_stable_name_and_registering_again_replaces_it(
    bot: BotUnderTest,
) -> None:
    assert sweep_jobs(bot) == [JOB_NAME]
    schedule(bot.app)
    schedule(bot.app)
    assert sweep_jobs(bot) == [JOB_NAME]
    queue = bot.app.job_queue
    assert queue is not None and queue.scheduler.get_job(JOB_NAME) is not None


async def test_the_job_sends_reminders_once_with_working_buttons(bot: BotUnderTest) -> None:
    await run_sweep_job(bot)
    sent = [c for c in bot.request.calls if c.method == "sendMessage"]
    assert {c.params["chat_id"] for c in sent} >= {ZHANG, WANG, LI}
    await run_sweep_job(bot)
    assert len([c for c in bot.request.calls if c.method == "sendMessage"]) == len(sent)

    to_zhang = [c for c in sent if c.params["chat_id"] == ZHANG]
    dorm = next(c for c in to_zhang if "宿舍" in str(c.params["text"]))
    # All of 张老师's reasons come as one message: a "log" button per kind, one snooze.
    assert len(to_zhang) == 1
    labels = [label for label, _ in buttons_of(dorm)]
    assert "记录深入宿舍" in labels and labels[-1] == "3天后再提醒"
    assert labels.count("3天后再提醒") == 1
    bot.request.calls.append(dorm)  # press the buttons under this message
    hint = await bot.press(ZHANG, "记录深入宿舍")
    assert hint and "查寝" in hint[0]

    bot.request.calls.append(dorm)
    refused = await bot.press(WANG, "3天后再提醒")
    assert refused == []
    answers = [c for c in bot.request.calls if c.method == "answerCallbackQuery"]
    assert "不是发给你的" in str(answers[-1].params.get("text"))

    bot.request.calls.append(dorm)
    replies = await bot.press(ZHANG, "3天后再提醒")
    assert replies and "再提醒你" in replies[0]
    _, data = next((label, d) for label, d in buttons_of(dorm) if d.startswith("rs:"))
    with Session(bot.engine) as session:
        row = session.scalar(select(ReminderLedger).where(ReminderLedger.id == int(data[3:])))
        assert row is not None and row.snoozed_until == NOW + timedelta(days=3)
        # The one snooze holds back every reason sent in that message.
        together = session.scalars(
            select(ReminderLedger).where(ReminderLedger.person_id == row.person_id)
        ).all()
        assert len(together) > 1
        assert {r.snoozed_until for r in together} == {NOW + timedelta(days=3)}

    digest = next(c for c in sent if c.params["chat_id"] == LI)
    assert [label for label, _ in buttons_of(digest)] == ["3天后再提醒", "查看情况"]
    bot.request.calls.append(digest)
    status = await bot.press(LI, "查看情况")
    assert status and "数学与应用数学2023-1班" in status[0]
