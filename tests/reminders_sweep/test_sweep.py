"""The sweep on a real database: exactly once across concurrent sweeps, 403s, crashes, retries."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session
from telegram.error import Forbidden, NetworkError

from bot.reminder_texts import Buttons
from reminders.jobs.sweep import SweepReport, decide, run_sweep
from reminders.policy import load_policy
from storage.db import make_engine, make_session_factory
from storage.models import Person, ReminderLedger
from tests.conftest import local
from tests.reminders_sweep.seed import COUNSELOR_TG, advisor_tg, seed

# A Monday in November: month rules are due soon, semester rules behind, October's form
# overdue, the counselors' weekly digest due.
MONDAY = local(2026, 11, 23, 9, 30)
POLICY = load_policy(None)


class RecordingSender:
    """Records every message; raises what `failures` says for a chat id (once, or always)."""

    def __init__(self, failures: dict[int, BaseException] | None = None) -> None:
        self.sent: list[tuple[int, str, Buttons]] = []
        self.failures = dict(failures or {})
        self.lock = threading.Lock()

    async def __call__(self, chat_id: int, text: str, buttons: Buttons) -> None:
        failure = self.failures.pop(chat_id, None)
        if failure is not None:
            raise failure
        await asyncio.sleep(0)  # let the other sweep in
        with self.lock:
            self.sent.append((chat_id, text, buttons))


def ledger(engine: Engine) -> list[ReminderLedger]:
    with Session(engine) as session:
        return list(session.scalars(select(ReminderLedger).order_by(ReminderLedger.id)))


def sweep(engine: Engine, sender: RecordingSender, now=MONDAY, **kwargs):  # type: ignore[no-untyped-def]
    return asyncio.run(run_sweep(make_session_factory(engine), POLICY, now, sender, **kwargs))


def test_one_sweep_sends_each_reminder_and_a_second_sends_nothing(engine: Engine) -> None:
    seed(engine)
    sender = RecordingSender()
    report = sweep(engine, sender)
    assert len(report.outcomes) > 6
    assert {o.status for o in report.outcomes} == {"sent"}
    # One message per person: all their reasons together, each chat written to once.
    chats = [chat_id for chat_id, _, _ in sender.sent]
    assert len(chats) == len(set(chats)) == len({o.message for o in report.outcomes})
    for message in {o.message for o in report.outcomes}:
        people = {o.reminder.person_id for o in report.outcomes if o.message == message}
        assert len(people) == 1
    rows = ledger(engine)
    assert len(rows) == len(report.outcomes) and {r.status for r in rows} == {"sent"}
    assert all(r.sent_at is not None and r.attempts == 1 for r in rows)
    stages = Counter((o.reminder.role, o.reminder.rule, o.reminder.stage) for o in report.outcomes)
    assert stages[("advisor", "dorm_visit_monthly", "due_soon")] == 6
    assert stages[("counselor", "digest", "digest")] == 2
    # Forms overdue for weeks when the bot first ran: no late nudges, straight to the digest.
    assert not any(rule == "monthly_form" for _, rule, _ in stages)
    digest = next(o.reminder for o in report.outcomes if o.reminder.stage == "digest")
    forms = {i[1] for _, items in digest.params["classes"] for i in items if i[0] == "monthly_form"}
    assert forms == {"2026-09", "2026-10"}
    # Buttons: log it now for an activity rule, snooze by ledger id, status for counselors.
    for chat_id, _text, buttons in sender.sent:
        data = [d for row in buttons for _, d in row]
        assert all(len(d.encode()) <= 64 for d in data)
        assert any(d.startswith("rs:") for d in data)
        assert ("ro:" in data) == (chat_id in (COUNSELOR_TG, COUNSELOR_TG + 1))
    dorm = next(b for c, t, b in sender.sent if "宿舍" in t and c == advisor_tg(0))
    assert "rl:dorm_visit" in [d for row in dorm for _, d in row]

    again = RecordingSender()
    assert sweep(engine, again).outcomes == [] and again.sent == []
    later = RecordingSender()
    assert sweep(engine, later, MONDAY + timedelta(hours=3)).outcomes == []


def test_decide_uses_the_same_number_of_queries_for_any_number_of_classes(
    sqlite_url: str,
) -> None:
    counts = []
    for classes in (2, 12):
        engine = make_engine(sqlite_url)
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM classes")
            conn.exec_driver_sql("DELETE FROM people")
            conn.exec_driver_sql("DELETE FROM semesters")
        seed(engine, classes)
        statements: list[str] = []
        event.listen(engine, "before_cursor_execute", lambda *a, s=statements: s.append(a[2]))
        with Session(engine) as session:
            assert len(decide(session, POLICY, MONDAY)) > classes
        counts.append(len([s for s in statements if s.lstrip().upper().startswith("SELECT")]))
        engine.dispose()
    assert counts[0] == counts[1] == 6


@pytest.mark.postgres
def test_two_sweeps_at_the_same_moment_send_every_reminder_once(pg_url: str) -> None:
    setup = make_engine(pg_url)
    seed(setup, 40)
    setup.dispose()
    sender = RecordingSender()
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []
    reports: list[SweepReport] = []

    def one_sweep() -> None:
        engine = make_engine(pg_url)
        try:
            barrier.wait()
            reports.append(sweep(engine, sender))
        except BaseException as exc:  # reported below; a thread cannot raise into the test
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=one_sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    engine = make_engine(pg_url)
    rows = ledger(engine)
    engine.dispose()
    assert len(rows) > 80
    sent = Counter((chat_id, text) for chat_id, text, _ in sender.sent)
    assert max(sent.values()) == 1
    # Every reason went out exactly once, by one sweep or the other.
    reasons = Counter(o.ledger_id for report in reports for o in report.outcomes)
    assert set(reasons) == {r.id for r in rows} and max(reasons.values()) == 1
    assert {r.status for r in rows} == {"sent"}


def test_a_403_marks_the_person_unreachable_and_the_sweep_goes_on(engine: Engine) -> None:
    seed(engine, without_telegram=(5,))
    blocked = advisor_tg(1)
    sender = RecordingSender({blocked: Forbidden("Forbidden: bot was blocked by the user")})
    report = sweep(engine, sender)
    by_status = Counter(o.status for o in report.outcomes)
    assert by_status["unreachable"] >= 2  # the blocked one, and each reminder to no account
    chats = {chat_id for chat_id, _, _ in sender.sent}
    assert blocked not in chats
    assert {advisor_tg(0), advisor_tg(2), advisor_tg(3), advisor_tg(4)} <= chats
    with Session(engine) as session:
        person = session.scalar(select(Person).where(Person.telegram_id == blocked))
        assert person is not None and person.unreachable_since is not None
        rows = session.scalars(
            select(ReminderLedger).where(ReminderLedger.status == "unreachable")
        ).all()
        assert {r.person_id for r in rows} >= {person.id}
        assert all(r.attempts <= 1 for r in rows)
    no_account = [o for o in report.outcomes if o.reminder.telegram_id is None]
    assert no_account and {o.status for o in no_account} == {"unreachable"}
    assert {o.to_json()["to"] for o in no_account} == {None}

    # Not retried; and the counselor's next digest (November's, on 1 December) names them.
    assert sweep(engine, RecordingSender(), MONDAY + timedelta(hours=1)).outcomes == []
    december = RecordingSender()
    report = sweep(engine, december, local(2026, 12, 1, 9, 30))
    digests = [o for o in report.outcomes if o.reminder.stage == "digest"]
    listed = {name for o in digests for _, name in o.reminder.params["unreachable"]}
    assert listed == {"老师0001", "老师0005"}
    assert all(o.status == "sent" for o in digests)
    assert any("老师0001" in text for _, text, _ in december.sent)


class Crash(Exception):
    """The process dies between recording a reminder and sending it."""


def test_a_crash_between_recording_and_sending_is_retried_by_the_next_sweep(
    engine: Engine,
) -> None:
    seed(engine, 2)
    first = RecordingSender({advisor_tg(0): Crash()})
    with pytest.raises(Crash):
        sweep(engine, first)
    rows = ledger(engine)
    # The crashed message's reasons (and any claimed beside it when the process died) wait;
    # messages to other chats sent side by side before it may have gone out.
    pending = [r for r in rows if r.status == "pending"]
    assert pending and {r.attempts for r in pending} == {1}
    assert {r.status for r in rows} <= {"pending", "sent"}
    crashed = {r.id for r in pending}

    # Seconds later another sweep leaves them alone: they may be sends still in flight.
    soon = RecordingSender()
    report = sweep(engine, soon, MONDAY + timedelta(seconds=20))
    assert not crashed & {o.ledger_id for o in report.outcomes}

    retry = RecordingSender()
    report = sweep(engine, retry, MONDAY + timedelta(minutes=15))
    retried = [o for o in report.outcomes if o.ledger_id in crashed]
    assert {o.ledger_id for o in retried} == crashed and {o.status for o in retried} == {"sent"}
    with Session(engine) as session:
        for ledger_id in crashed:
            row = session.get(ReminderLedger, ledger_id)
            assert row is not None and (row.status, row.attempts) == ("sent", 2)
    everything = Counter((c, t) for c, t, _ in soon.sent + retry.sent)
    assert max(everything.values()) == 1


def test_a_network_error_leaves_the_row_pending_for_a_later_sweep(engine: Engine) -> None:
    seed(engine, 2)
    sender = RecordingSender({advisor_tg(1): NetworkError("connection reset")})
    report = sweep(engine, sender)
    failed = [o for o in report.outcomes if o.status == "failed"]
    # The one message to that chat failed: every reason in it stays pending.
    assert failed and {o.reminder.telegram_id for o in failed} == {advisor_tg(1)}
    assert len({o.message for o in failed}) == 1
    assert any(o.status == "sent" for o in report.outcomes)
    with Session(engine) as session:
        for outcome in failed:
            row = session.get(ReminderLedger, outcome.ledger_id)
            assert row is not None and row.status == "pending" and row.attempts == 1
            assert row.last_error and "connection reset" in row.last_error
    later = RecordingSender()
    report = sweep(engine, later, MONDAY + timedelta(minutes=15))
    assert sorted((o.ledger_id, o.status) for o in report.outcomes) == sorted(
        (o.ledger_id, "sent") for o in failed
    )
    assert len(later.sent) == 1
