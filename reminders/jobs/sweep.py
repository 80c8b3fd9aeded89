"""One reminder sweep: load everything in a fixed number of queries, decide, then for each
reminder claim its ledger row (committed) before sending it, so each goes out exactly once.

Sending is sequential; Telegram's limits are the sender's business (the bot's AIORateLimiter).
A 403 marks the person unreachable and the sweep goes on; other Telegram errors leave the
row pending for a later sweep; any other exception is a bug and stops the sweep, leaving the
claimed row pending, which the next sweep retries.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Protocol

from sqlalchemy.orm import Session, sessionmaker
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Forbidden, TelegramError

from bot import metrics
from bot.reminder_texts import Buttons, message_buttons, message_text, render
from reminders.compliance import MET, SubmissionFact
from reminders.decisions import (
    STAGE_MISSED,
    ClassHistory,
    LedgerEntry,
    Recipient,
    Reminder,
    RestDay,
    due_reminders,
    sending_allowed,
)
from reminders.holidays import is_rest_day
from reminders.jobs.status import advisor_chunks, load_calendar
from reminders.judge import ClassFacts, judge_many
from reminders.policy import Policy
from storage import ledger
from storage.db import unit_of_work
from storage.facts import PersonRef, activity_rows, class_rows, gc_paused, submission_tuples

if TYPE_CHECKING:
    from telegram import Bot

log = logging.getLogger(__name__)

# Messages of one wave in flight at once (each to a different chat).
WAVE_CONCURRENCY: Final = 8

SENT: Final = "sent"
UNREACHABLE: Final = "unreachable"
FAILED: Final = "failed"
WOULD_SEND: Final = "would_send"


class Sender(Protocol):
    """Delivers one message; raises telegram.error.TelegramError (Forbidden on 403)."""

    def __call__(self, chat_id: int, text: str, buttons: Buttons) -> Awaitable[None]: ...


def telegram_sender(bot: Bot) -> Sender:
    """A sender over a python-telegram-bot Bot (the application's, with its rate limiter)."""

    async def send(chat_id: int, text: str, buttons: Buttons) -> None:
        markup = (
            InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(label, callback_data=data) for label, data in row]
                    for row in buttons
                ]
            )
            if buttons
            else None
        )
        await bot.send_message(chat_id, text, reply_markup=markup)

    return send


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one reminder in this sweep."""

    reminder: Reminder
    text: str
    status: str
    ledger_id: int | None = None
    error: str | None = None
    # Reasons sent together share a number: the sweep's N-th message.
    message: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's ``remind --json`` object (one per reason, ``message`` grouping)."""
        r = self.reminder
        found: dict[str, Any] = {
            "to": r.telegram_id,
            "person": r.person_name,
            "role": r.role,
            "rule": r.rule,
            "period": r.rule_period,
            "stage": r.stage,
            "text": self.text,
        }
        if self.message is not None:
            found["message"] = self.message
        return found


@dataclass
class SweepReport:
    at: datetime
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


# ---------------------------------------------------------------------------------------------
# Loading


def _recipient(ref: PersonRef | None) -> Recipient | None:
    if ref is None:
        return None
    return Recipient(ref.id, ref.name, ref.telegram_id, ref.language, ref.unreachable)


def decide(
    session: Session, policy: Policy, now: datetime, is_holiday: RestDay = is_rest_day
) -> list[Reminder]:
    """The reminders due at ``now``: six queries, plus three per further chunk of 2,000
    classes; none outside the sending hours."""
    with gc_paused():
        return _decide(session, policy, now, is_holiday)


def _decide(session: Session, policy: Policy, now: datetime, is_holiday: RestDay) -> list[Reminder]:
    if not sending_allowed(policy.reminders, now, is_holiday):
        return []  # night or a rest day: nothing goes out, so nothing is read
    calendar = load_calendar(session, policy)  # semesters
    semester = calendar.current_or_relevant(now.date())
    if semester is None:
        return []
    rows = class_rows(session)  # classes with advisor and counselor
    # Everything about this semester was recorded from its plan window on.
    since = datetime.combine(
        semester.start - timedelta(days=calendar.plan_lead_days + 1),
        datetime.min.time(),
        tzinfo=now.tzinfo,
    )
    entries = [LedgerEntry(*row) for row in ledger.ledger_rows(session, since)]
    # Work dated after `now` does not count yet (the judge checks too; this saves reading).
    last_day = min(semester.end, now.date())
    classes: list[ClassHistory] = []
    # Chunks of classes (an advisor's together): activities are read and judged a chunk at a
    # time, so memory holds one chunk's activities whatever the number of classes.
    for chunk in advisor_chunks(rows):
        ids = None if len(chunk) == len(rows) else [row.id for row in chunk]
        activities = activity_rows(session, semester.start, last_day, ids)
        submissions = submission_tuples(session, ids)  # forms, plans: two queries
        facts = [
            ClassFacts(
                row.id,
                (),  # the chunk's activities go to the judge as one table, led by class id
                [SubmissionFact(*s) for s in submissions.get(row.id, ())],
                row.advisor.id if row.advisor else None,
            )
            for row in chunk
        ]
        by_id = {row.id: row for row in chunk}
        # The one judge, at the same moment and on the same semester as status.
        judged = judge_many(policy, calendar, facts, now, semester=semester, activities=activities)
        for key, report in judged:
            row = by_id[key]
            classes.append(
                ClassHistory(
                    row.id,
                    row.name,
                    _recipient(row.advisor),
                    _recipient(row.counselor),
                    # A period met needs no reminder: keep the rest, so memory follows what
                    # is due rather than the whole semester.
                    tuple(s for s in report.periods if s.state != MET),
                )
            )
    return due_reminders(policy, calendar, classes, entries, now, is_holiday)


# ---------------------------------------------------------------------------------------------
# Sending


async def run_sweep(
    sessions: sessionmaker[Session],
    policy: Policy,
    now: datetime,
    sender: Sender | None,
    *,
    dry_run: bool = False,
    is_holiday: RestDay = is_rest_day,
    clock: Callable[[], datetime] | None = None,
) -> SweepReport:
    """One sweep at ``now``. With ``dry_run`` nothing is written or sent.

    ``clock`` gives the moment a send finished (defaults to ``now``).
    """
    with unit_of_work(sessions) as session:
        due = decide(session, policy, now, is_holiday)
    report = SweepReport(now)
    wave = message_groups(due)
    if dry_run:
        report.outcomes = [
            Outcome(r, render(r), WOULD_SEND, message=n)
            for n, group in enumerate(wave, 1)
            for r in group
        ]
        report.outcomes.extend(await _plan_follow_ups(sessions, policy, now, None, dry_run=True))
        return report
    if sender is None:
        raise ValueError("a sender is needed unless dry_run is set")
    # One message per person, each to its own chat, sent side by side: a chat held up by a
    # 429 (the rate limiter waits out its retry_after) does not hold up the others.
    gate = asyncio.Semaphore(WAVE_CONCURRENCY)

    async def one(n: int, group: list[Reminder]) -> list[Outcome]:
        async with gate:
            return await _deliver(sessions, group, n, now, sender, clock or (lambda: now))

    results = await asyncio.gather(*(one(n, group) for n, group in enumerate(wave, 1)))
    for outcomes in results:
        report.outcomes.extend(outcomes)
    report.outcomes.extend(await _plan_follow_ups(sessions, policy, now, sender))
    return report


def _urgency(reminder: Reminder) -> tuple[int, str]:
    """Missed before due soon, then the earliest due date first."""
    return (0 if reminder.stage == STAGE_MISSED else 1, str(reminder.params.get("due", "")))


def message_groups(due: Sequence[Reminder]) -> list[list[Reminder]]:
    """The reminders of one sweep as messages: all of a person's reasons in one, grouped by
    class and most urgent first; people in the order they first appear (round-robin: no
    chat gets two messages of one wave)."""
    by_person: dict[int, list[Reminder]] = {}
    for reminder in due:
        by_person.setdefault(reminder.person_id, []).append(reminder)
    return [sorted(group, key=lambda r: (r.subject, *_urgency(r))) for group in by_person.values()]


async def _plan_follow_ups(
    sessions: sessionmaker[Session],
    policy: Policy,
    now: datetime,
    sender: Sender | None,
    *,
    dry_run: bool = False,
) -> Sequence[Outcome]:
    """Plans advisors wrote down: "did it happen?" on their day (the chat's glue, kept in
    reminders/jobs/plan_followups.py; stage "planned" in the ledger and in remind --json)."""
    from reminders.jobs.plan_followups import run_plan_follow_ups

    return await run_plan_follow_ups(sessions, policy, now, sender, dry_run=dry_run)


def _claim(session: Session, reminder: Reminder, text: str, now: datetime) -> int | None:
    if reminder.ledger_id is not None:
        if not ledger.claim_retry(session, reminder.ledger_id, reminder.attempts, now):
            return None
        ledger.set_text(session, reminder.ledger_id, text)
        return reminder.ledger_id
    return ledger.claim_new(
        session,
        person_id=reminder.person_id,
        subject=reminder.subject,
        rule=reminder.rule,
        period=reminder.period,
        stage=reminder.stage,
        text=text,
        status=ledger.PENDING if reminder.reachable else ledger.UNREACHABLE,
        now=now,
    )


async def _deliver(
    sessions: sessionmaker[Session],
    group: list[Reminder],
    number: int,
    now: datetime,
    sender: Sender,
    clock: Callable[[], datetime],
) -> list[Outcome]:
    """Claim every reason of one person's message, send the message once, record the end."""
    texts = [render(r) for r in group]
    # Recorded and committed before sending: a crash after this leaves pending rows, which the
    # next sweep retries. Reasons another sweep claimed first are left to it.
    with unit_of_work(sessions) as session:
        claims = [
            (r, text, _claim(session, r, text, now)) for r, text in zip(group, texts, strict=True)
        ]
    claimed = [(r, text, ledger_id) for r, text, ledger_id in claims if ledger_id is not None]
    if not claimed:
        return []
    person = claimed[0][0]
    ids = [ledger_id for _, _, ledger_id in claimed]

    def outcomes(status: str, error: str | None = None) -> list[Outcome]:
        return [Outcome(r, text, status, i, error, number) for r, text, i in claimed]

    if not person.reachable or person.telegram_id is None:
        # No Telegram account to write to (or they blocked the bot): the counselor's digest
        # lists them instead.
        return outcomes(UNREACHABLE)
    reasons = [r for r, _, _ in claimed]
    text = message_text(reasons, [text for _, text, _ in claimed])
    try:
        await sender(person.telegram_id, text, message_buttons(reasons, ids))
    except Forbidden as exc:
        log.info("person %s cannot be reached: %s", person.person_id, exc)
        with unit_of_work(sessions) as session:
            for ledger_id in ids:
                ledger.mark_unreachable(session, ledger_id, person.person_id, clock(), str(exc))
        metrics.REMINDERS.labels("unreachable").inc(len(ids))
        return outcomes(UNREACHABLE, str(exc))
    except TelegramError as exc:
        log.warning("reminders %s not sent, will retry: %s", ids, exc)
        with unit_of_work(sessions) as session:
            for ledger_id in ids:
                ledger.mark_failed(session, ledger_id, f"{type(exc).__name__}: {exc}")
        metrics.REMINDERS.labels("failed").inc(len(ids))
        return outcomes(FAILED, str(exc))
    with unit_of_work(sessions) as session:
        sent_at = clock()
        for ledger_id in ids:
            ledger.mark_sent(session, ledger_id, sent_at)
    metrics.REMINDERS.labels("sent").inc(len(ids))
    return outcomes(SENT)


def outcomes_json(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    return [o.to_json() for o in outcomes]
