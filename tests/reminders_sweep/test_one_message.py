"""One message per person per sweep: grouped by class, most urgent first, one chat held up by
a 429 does not hold up the others, and the ledger stays reason by reason."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.reminder_texts import message_buttons, message_text
from reminders.decisions import Reminder
from reminders.jobs.sweep import message_groups, run_sweep
from reminders.policy import load_policy
from storage.db import make_session_factory
from storage.models import ReminderLedger
from tests.conftest import local
from tests.reminders_sweep.seed import advisor_tg, seed

MONDAY = local(2026, 11, 23, 9, 30)
POLICY = load_policy(None)


def reason(subject: str, rule: str, stage: str, due: str, kind: str | None) -> Reminder:
    return Reminder(
        person_id=1,
        telegram_id=3000,
        person_name="张老师",
        role="advisor",
        subject=subject,
        rule=rule,
        period="2026-11",
        stage=stage,
        lang="zh",
        text_key="reminders.due_soon",
        params={"due": due, "measure": "activities"},
        kind=kind,
    )


def test_reasons_are_grouped_by_class_most_urgent_first() -> None:
    other = replace(reason("B班", "x", "due_soon", "2026-11-30", None), person_id=2)
    due = [
        reason("B班", "dorm_visit_monthly", "due_soon", "2026-11-30", "dorm_visit"),
        reason("A班", "class_meeting_monthly", "due_soon", "2026-11-30", "class_meeting"),
        other,
        reason("A班", "classroom_visit_fortnightly", "missed", "2026-11-15", "classroom_visit"),
        reason("A班", "dorm_visit_monthly", "due_soon", "2026-11-25", "dorm_visit"),
    ]
    first, second = message_groups(due)
    assert [(r.subject, r.rule) for r in first] == [
        ("A班", "classroom_visit_fortnightly"),
        ("A班", "dorm_visit_monthly"),
        ("A班", "class_meeting_monthly"),
        ("B班", "dorm_visit_monthly"),
    ]
    assert second == [other]
    text = message_text(first, [f"line {i}" for i in range(4)])
    assert text.splitlines()[0] == "📋 班主任工作提醒（4 项）："
    assert text.splitlines()[-2:] == ["", "line 3"]  # a blank line before the next class
    keyboard = message_buttons(first, [11, 12, 13, 14])
    data = [d for row in keyboard for _, d in row]
    # One log button per kind asked for, one snooze naming the first row.
    assert data == ["rl:classroom_visit", "rl:dorm_visit", "rl:class_meeting", "rs:11"]


def test_a_chat_held_up_does_not_hold_up_the_others(engine: Engine) -> None:
    seed(engine, 4)
    held = advisor_tg(0)
    others_done = asyncio.Event()
    order: list[int] = []
    waited_out: list[bool] = []
    others = {advisor_tg(i) for i in range(1, 4)}

    async def sender(chat_id: int, text: str, buttons: object) -> None:
        if chat_id == held:
            # Like a 429 whose retry_after the rate limiter waits out in this chat only.
            try:
                await asyncio.wait_for(others_done.wait(), timeout=5)
                waited_out.append(True)
            except TimeoutError:
                waited_out.append(False)
        order.append(chat_id)
        if others <= set(order):
            others_done.set()

    report = asyncio.run(run_sweep(make_session_factory(engine), POLICY, MONDAY, sender))
    assert waited_out == [True]
    assert order.index(held) > max(order.index(c) for c in others)
    assert len(order) == len(set(order))  # one message per chat
    with Session(engine) as session:
        rows = session.scalars(select(ReminderLedger)).all()
    # The ledger is still reason by reason: one row per reason, each sent once.
    assert len(rows) == len(report.outcomes) > len(order)
    assert {r.status for r in rows} == {"sent"}


def test_the_sweep_decides_the_same_in_chunks(engine: Engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reminders.jobs import status as status_glue
    from reminders.jobs import sweep as sweep_glue

    seed(engine, 6)
    with Session(engine) as session:
        whole = {r.key for r in sweep_glue.decide(session, POLICY, MONDAY)}
    monkeypatch.setattr(
        sweep_glue, "advisor_chunks", lambda rows: status_glue.advisor_chunks(rows, 2)
    )
    with Session(engine) as session:
        chunked = {r.key for r in sweep_glue.decide(session, POLICY, MONDAY)}
    assert chunked == whole and len(whole) > 6


def test_nothing_is_read_outside_the_sending_hours(engine: Engine) -> None:
    from sqlalchemy import event

    from reminders.jobs.sweep import decide

    seed(engine, 2)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with Session(engine) as session:
        assert decide(session, POLICY, local(2026, 11, 23, 23, 0)) == []
    assert statements == []
